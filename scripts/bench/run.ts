/**
 * `npm run bench`: builds the production extension, measures it in headless Chromium and writes
 * the figures to BENCHMARKS.md (between its generated-section markers) and to the terminal.
 * A benchmark, not a test: nothing here passes or fails on a time. See issue 8 for what is
 * measured and why; scripts/bench/*.ts for how.
 *
 * `npm run bench -- 2 3` measures only those items and prints them; BENCHMARKS.md is written
 * only by a full run, so every figure in it comes from one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../../tests/e2e/harness.ts';
import { type Chromium, chromiumPath, launchChromium } from './browser.ts';
import { measureBrowsing } from './browsing.ts';
import { buildExtension } from './build.ts';
import { loginPage, measureDetection } from './detection.ts';
import { measureOptions } from './options.ts';
import { copyWithReferencePages, heavyPage } from './pages.ts';
import { measurePopup } from './popup.ts';
import { machine, type Results, render, writeReport } from './report.ts';
import { analyseEntry, fileSize } from './sizes.ts';
import { measureCapacity } from './sync.ts';
import { measureWrites } from './writes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const started = Date.now();
const step = (what: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);
const only = process.argv.slice(2).map(Number).filter(Boolean);
const wanted = (item: number) => only.length === 0 || only.includes(item);
const work = mkdtempSync(path.join(tmpdir(), 'wep-bench-'));

async function withBrowser<T>(extension: string | undefined, use: (c: Chromium) => Promise<T>) {
  const chromium = await launchChromium(extension);
  try {
    return await use(chromium);
  } finally {
    await chromium.close();
  }
}

try {
  step('building the production extension (twice: as shipped, and with hidden source maps)');
  const builds = await buildExtension(work);
  const sizes = (['popup', 'options', 'background'] as const).map((name) =>
    analyseEntry(
      builds.shipped,
      builds.mapped,
      name,
      name === 'background' ? 'background.js' : `${name}.html`,
    ),
  );
  const extension = copyWithReferencePages(builds.shipped, work);
  const chromiumVersion = execFileSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();

  const heavy = heavyPage();
  const site = await serve({
    '/': '<!doctype html><html lang="zh-CN"><title>小店</title><h1>一家用微信登录的小店</h1></html>',
    '/heavy': (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      response.end(heavy);
    },
    '/login': (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(loginPage());
    },
  });

  const measured: Partial<Results> = { sizes };
  try {
    await withBrowser(extension, async (chromium) => {
      measured.chromium = `${chromiumVersion} (${await chromium.browser.version()}, headless)`;
      if (wanted(2)) {
        step(
          '2. popup: 20 opens from the toolbar, alternated with a blank page and its static twin',
        );
        measured.popup = await measurePopup(chromium, site, extension, 20);
      }
      if (wanted(3)) {
        step('3. options page with 500 sites: 10 opens against its static twin, then keystrokes');
        measured.options = await measureOptions(chromium, extension, 500, 10);
      }
      if (wanted(5)) {
        step('5. 200 checkbox clicks in 10 s');
        measured.writes = await measureWrites(chromium);
      }
      const workers = await (await chromium.extensionPage()).createCDPSession();
      let workerRan = false;
      workers.on('ServiceWorker.workerVersionUpdated', (event) => {
        if (event.versions.some((v) => v.runningStatus !== 'stopped')) workerRan = true;
      });
      await workers.send('ServiceWorker.enable');
      const stopWorker = async () => {
        await workers.send('ServiceWorker.stopAllWorkers');
        await new Promise((resolve) => setTimeout(resolve, 500));
        workerRan = false;
      };
      if (wanted(7)) {
        step('7. detection latency');
        measured.detection = await measureDetection(chromium, site.url, 15, stopWorker);
      }
      if (wanted(6)) {
        step('6. a heavy page with and without the extension');
        measured.browsing = await withBrowser(undefined, (plain) =>
          withBrowser(undefined, (again) =>
            measureBrowsing({ with: chromium, without: plain, again }, `${site.url}/heavy`, 20, {
              stop: stopWorker,
              ran: () => workerRan,
            }),
          ),
        );
      }
    });
    if (wanted(4)) {
      step('4. storage.sync capacity (a fresh profile: its own write quota)');
      measured.capacity = await withBrowser(extension, async (fresh) => [
        await measureCapacity(fresh, true),
        await measureCapacity(fresh, false),
      ]);
    }
  } finally {
    await site.close();
  }

  if (only.length > 0) {
    const { sizes: _sizes, ...rest } = measured;
    console.log(JSON.stringify(rest, null, 2));
    for (const [name, files] of [
      ['popup', measured.popup?.requestedBeforeFirstRender],
      ['options', measured.options?.requestedBeforeFirstRender],
    ] as const) {
      if (!files) continue;
      const sizes = files.map((file) => fileSize(builds.shipped, builds.mapped, file));
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(
        `${name} before first render: ${kb(sizes.reduce((t, f) => t + f.withoutSuffix.gzip, 0))} gzip without PSL: ${sizes.map((f) => `${f.file} ${kb(f.withoutSuffix.gzip)}`).join(', ')}`,
      );
    }
    const background = sizes.find((entry) => entry.name === 'background')?.initial[0];
    if (wanted(1) && background) {
      const biggest = [...background.modules].sort((a, b) => b.raw - a.raw).slice(0, 12);
      console.log(
        `background: ${(background.withoutSuffix.gzip / 1024).toFixed(1)} KB gzip without PSL; raw by module: ${biggest.map((m) => `${m.module} ${(m.raw / 1024).toFixed(1)}`).join(', ')}`,
      );
    }
    step('partial run: BENCHMARKS.md left as it was');
  } else {
    const observed = (files: readonly string[] | undefined) =>
      (files ?? []).map((file) => fileSize(builds.shipped, builds.mapped, file));
    const results = {
      ...(measured as Omit<Results, 'machine' | 'date' | 'seconds' | 'firstRender'>),
      firstRender: {
        popup: observed(measured.popup?.requestedBeforeFirstRender),
        options: observed(measured.options?.requestedBeforeFirstRender),
      },
      machine: machine(),
      date: new Date().toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const text = render(results);
    writeReport(path.join(ROOT, 'BENCHMARKS.md'), text);
    console.log(`\n${text}`);
    step('written to BENCHMARKS.md');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
