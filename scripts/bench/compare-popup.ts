/**
 * Diagnostic, not part of `npm run bench`: several builds of the extension loaded side by side in
 * one Chromium, their popups opened in turn (with the blank page), so that a busy machine slows
 * all of them alike. `node scripts/bench/compare-popup.ts <opens> <chrome-mv3 dir>...`; prints
 * medians of "shown" and of every `wep:` mark, per build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { serve } from '../../tests/e2e/harness.ts';
import { type Chromium, HOSTS, launchOptions, pressToolbarButton } from './browser.ts';
import { copyWithReferencePages, READY_MARK, snapshotHtml, writeStaticPage } from './pages.ts';
import { storePopupData } from './popup.ts';
import { summarise } from './stats.ts';

declare const chrome: { action: { setPopup(details: { popup: string }): Promise<void> } };

const [opensArg, ...dirs] = process.argv.slice(2);
const opens = Number(opensArg);
const work = mkdtempSync(path.join(tmpdir(), 'wep-compare-'));
const copies = dirs.map((dir, i) => {
  const copy = copyWithReferencePages(dir, path.join(work, String(i)));
  writeFileSync(path.join(copy, 'bench', 'which.txt'), String(i));
  return copy;
});
const profile = mkdtempSync(path.join(tmpdir(), 'wep-compare-profile-'));
const browser = await puppeteer.launch(launchOptions(profile, copies));
const site = await serve({ '/': '<!doctype html><title>x</title><h1>x</h1>' });
try {
  // Every copy's service worker starts with the browser; give them time to register.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const ids = [
    ...new Set(
      browser
        .targets()
        .filter((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'))
        .map((t) => new URL(t.url()).host),
    ),
  ];
  if (ids.length !== copies.length) throw new Error(`${ids.length} extensions started`);
  const builds: { name: string; chromium: Chromium; copy: string }[] = [];
  for (const id of ids) {
    const base = `chrome-extension://${id}`;
    const helper = await browser.newPage();
    await helper.goto(`${base}/bench/helper.html`);
    // The copies have the same manifest: each says which build it is in a file of its own.
    const index = Number(
      await helper.evaluate(async () => (await fetch('/bench/which.txt')).text()),
    );
    const chromium: Chromium = {
      browser,
      base,
      id,
      extensionPage: async () => helper,
      close: async () => {},
    };
    builds.push({ name: dirs[index] ?? id, chromium, copy: copies[index] ?? '' });
  }
  const port = new URL(site.url).port;
  const tabs = {
    listed: `http://${HOSTS.listed}:${port}/`,
    unlisted: `http://${HOSTS.unlisted}:${port}/`,
  };
  const pages: Record<string, Page> = {};
  for (const over of ['listed', 'unlisted'] as const) {
    pages[over] = await browser.newPage();
    await pages[over].goto(tabs[over]);
  }
  for (const build of builds) await storePopupData(build.chromium);
  // Each build's popup over the listed site as static HTML: what a prerendered popup could be.
  for (const build of builds) {
    await pages.listed?.bringToFront();
    const popup = await pressToolbarButton(build.chromium, tabs.listed, '/popup.html');
    await popup.waitForFunction(
      () => performance.getEntriesByName('wep:popup-ready', 'mark').length > 0,
      { polling: 20, timeout: 15_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeStaticPage(build.copy, 'popup', await popup.evaluate(snapshotHtml));
    await popup.close();
  }
  type Kind = 'listed' | 'unlisted' | 'blank' | 'static';
  const KINDS: Kind[] = ['listed', 'unlisted', 'blank', 'static'];
  const runs = builds.flatMap((build) => KINDS.map((kind) => ({ build, kind })));
  const marks = new Map<string, Map<string, number[]>>();
  for (let round = -1; round < opens; round += 1) {
    const shift = (round + runs.length) % runs.length;
    for (const { build, kind } of [...runs.slice(shift), ...runs.slice(0, shift)]) {
      const over = kind === 'unlisted' ? 'unlisted' : 'listed';
      const pagePath =
        kind === 'blank'
          ? '/bench/blank.html'
          : kind === 'static'
            ? '/bench/popup-static.html'
            : '/popup.html';
      const ready = kind === 'blank' || kind === 'static' ? READY_MARK : 'wep:popup-ready';
      const helper = await build.chromium.extensionPage();
      await helper.evaluate((p: string) => chrome.action.setPopup({ popup: p }), pagePath);
      await pages[over]?.bringToFront();
      const page = await pressToolbarButton(build.chromium, tabs[over], pagePath);
      await page.waitForFunction(
        (m: string) => performance.getEntriesByName(m, 'mark').length > 0,
        { polling: 20, timeout: 15_000 },
        ready,
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
      const seen = await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('wep:'))
          .map((m) => [m.name, m.startTime] as const),
      );
      await page.close();
      if (round < 0) continue;
      const key = `${build.name} ${kind}`;
      const byMark = marks.get(key) ?? new Map<string, number[]>();
      marks.set(key, byMark);
      for (const [name, at] of seen) byMark.set(name, [...(byMark.get(name) ?? []), at]);
    }
  }
  const shown = (key: string, kind: Kind) =>
    summarise(
      marks.get(key)?.get(kind === 'blank' || kind === 'static' ? READY_MARK : 'wep:popup-ready') ??
        [],
    ).median ?? Number.NaN;
  for (const build of builds) {
    const blank = shown(`${build.name} blank`, 'blank');
    for (const kind of KINDS) {
      const key = `${build.name} ${kind}`;
      const value = shown(key, kind);
      console.log(
        `${key}: shown ${value.toFixed(1)} ms (${(value / blank).toFixed(2)}× its blank) | ${[
          ...(marks.get(key) ?? []),
        ]
          .map(([name, at]) => `${name.replace('wep:', '')} ${summarise(at).median?.toFixed(1)}`)
          .join(', ')}`,
      );
    }
  }
} finally {
  await site.close();
  await browser.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
