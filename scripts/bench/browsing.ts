import type { Page } from 'puppeteer-core';
import type { Chromium } from './browser.ts';
import { type Summary, summarise } from './stats.ts';

/**
 * Item 6: a heavy ordinary page, loaded in a Chromium with the extension and in two without,
 * in turn (so all see the same machine load), each load fresh (`no-store`, a new query). Load
 * time is the page's own navigation timing: navigation start to the end of `load`. The second
 * browser without the extension is the noise floor: the ratio between the two that differ in
 * nothing says how far apart "the same" can measure on this machine.
 */

export type BrowsingResult = {
  loads: number;
  with: Summary;
  without: Summary;
  /** The same browser without the extension, a second time. */
  again: Summary;
  /** Whether the extension's service worker ran while the pages loaded (it was stopped first). */
  workerRan: boolean | undefined;
};

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry ? entry.loadEventEnd : Number.NaN;
  });
}

export async function measureBrowsing(
  browsers: { with: Chromium; without: Chromium; again: Chromium },
  pageUrl: string,
  loads: number,
  worker?: { stop(): Promise<void>; ran(): boolean },
): Promise<BrowsingResult> {
  const kinds = ['with', 'without', 'again'] as const;
  const pages = {
    with: await browsers.with.browser.newPage(),
    without: await browsers.without.browser.newPage(),
    again: await browsers.again.browser.newPage(),
  };
  const times = { with: [] as number[], without: [] as number[], again: [] as number[] };
  // One warm-up each: the first load of any page pays for the renderer process.
  for (const kind of kinds) await loadTime(pages[kind], `${pageUrl}?warm`);
  await worker?.stop();
  for (let i = 0; i < loads; i += 1) {
    // Each order in turn, so that none always goes first.
    const order = [...kinds.slice(i % 3), ...kinds.slice(0, i % 3)];
    for (const kind of order) times[kind].push(await loadTime(pages[kind], `${pageUrl}?run=${i}`));
  }
  for (const kind of kinds) await pages[kind].close();
  return {
    loads,
    with: summarise(times.with),
    without: summarise(times.without),
    again: summarise(times.again),
    workerRan: worker?.ran(),
  };
}
