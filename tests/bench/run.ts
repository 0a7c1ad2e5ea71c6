/**
 * `npm run bench`: builds the production extension, measures it in headless Chromium and writes
 * the figures to BENCHMARKS.md (between its generated-section markers) and to the terminal.
 * A benchmark, not a test: nothing here passes or fails on a time. See issue 8 for what is
 * measured and why; tests/bench/*.ts for how.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../e2e/harness.ts';
import { chromiumPath, launchChromium } from './browser.ts';
import { measureBrowsing } from './browsing.ts';
import { buildExtension } from './build.ts';
import { loginPage, measureDetection } from './detection.ts';
import { measureOptions } from './options.ts';
import { copyWithReferencePages, heavyPage } from './pages.ts';
import { measurePopup } from './popup.ts';
import { machine, type Results, render, writeReport } from './report.ts';
import { analyseEntry } from './sizes.ts';
import { measureCapacity } from './sync.ts';
import { measureWrites } from './writes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const started = Date.now();
const step = (what: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);
const work = mkdtempSync(path.join(tmpdir(), 'wep-bench-'));

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

  step('launching Chromium with the extension');
  const chromium = await launchChromium(extension);
  const browserVersion = await chromium.browser.version();
  let results: Results;
  try {
    step('2. popup: 20 opens from the toolbar, alternated with a blank extension page');
    const popup = await measurePopup(chromium, site, 20);
    step('3. options page with 500 sites: 10 opens against its static twin, then keystrokes');
    const options = await measureOptions(chromium, extension, 500, 10);
    step('5. 200 checkbox clicks in 10 s');
    const writes = await measureWrites(chromium);
    step('7. detection latency');
    const workers = await (await chromium.extensionPage()).createCDPSession();
    let workerRan = false;
    workers.on('ServiceWorker.workerVersionUpdated', (event) => {
      if (event.versions.some((v) => v.runningStatus !== 'stopped')) workerRan = true;
    });
    await workers.send('ServiceWorker.enable');
    const detection = await measureDetection(chromium, site.url, 15, async () => {
      await workers.send('ServiceWorker.stopAllWorkers');
    });
    step('6. a heavy page with and without the extension');
    const plain = await launchChromium();
    const again = await launchChromium();
    let browsing: Results['browsing'];
    try {
      browsing = await measureBrowsing(
        { with: chromium, without: plain, again },
        `${site.url}/heavy`,
        20,
        {
          async stop() {
            await workers.send('ServiceWorker.stopAllWorkers');
            await new Promise((resolve) => setTimeout(resolve, 500));
            workerRan = false;
          },
          ran: () => workerRan,
        },
      );
    } finally {
      await plain.close();
      await again.close();
    }
    step('4. storage.sync capacity (a fresh profile: its own write quota)');
    const fresh = await launchChromium(extension);
    let capacity: Results['capacity'];
    try {
      capacity = [await measureCapacity(fresh, true), await measureCapacity(fresh, false)];
    } finally {
      await fresh.close();
    }
    results = {
      machine: machine(),
      chromium: `${chromiumVersion} (${browserVersion}, headless)`,
      date: new Date().toISOString(),
      seconds: 0,
      sizes,
      popup,
      options,
      writes,
      detection,
      browsing,
      capacity,
    };
  } finally {
    await chromium.close();
    await site.close();
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  const text = render(results);
  writeReport(path.join(ROOT, 'BENCHMARKS.md'), text);
  console.log(`\n${text}`);
  step('written to BENCHMARKS.md');
} finally {
  rmSync(work, { recursive: true, force: true });
}
