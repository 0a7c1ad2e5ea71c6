import type { Page } from 'puppeteer-core';
import type { Site as Served } from '../e2e/harness.ts';
import { type Chromium, inExtension, pressToolbarButton } from './browser.ts';
import { checklistStates, META, SETTINGS, sites, TRACKER } from './data.ts';
import { READY_MARK } from './pages.ts';
import { requestsAroundFirstRender } from './requests.ts';
import { type Summary, summarise } from './stats.ts';

/**
 * Item 2: the toolbar popup over an ordinary tab, opened by pressing the toolbar button, from
 * navigation start to checklist and site card shown (`wep:popup-ready`, set after the paint),
 * alternated with a blank page of the same extension opened the same way (`chrome.action
 * .setPopup`), whose "shown" is measured alike (bench/painted.js) and by its first paint.
 */

declare const chrome: {
  action: { setPopup(details: { popup: string }): Promise<void> };
  storage: Record<'sync' | 'local', { clear(): Promise<void>; set(items: object): Promise<void> }>;
};

export type PopupResult = {
  opens: number;
  popup: { ready: Summary; firstRender: Summary; loaded: Summary };
  blank: { ready: Summary; loaded: Summary };
  /** Files the popup asked for before its first render, and after it (seen by CDP Network). */
  requestedBeforeFirstRender: string[];
  requestedAfter: string[];
};

/**
 * Paint timing is no use here: Chromium loads a popup hidden, sizes it, then shows it, and a
 * page that painted while hidden reports no first contentful paint. Marks are set either way.
 */
type Timing = { ready: number; firstRender: number; loaded: number };

export async function storePopupData(chromium: Chromium, siteUrlHost: string): Promise<void> {
  const items = {
    ...META,
    ...SETTINGS,
    ...TRACKER,
    ...checklistStates(40),
    ...sites(299),
    // The tab the popup opens over is one of the listed sites.
    [`s:${siteUrlHost}`]: {
      name: '本地小店',
      status: 'rebind',
      via: 'manual',
      first: 1767571200000,
      at: 1767571200000,
    },
  };
  await inExtension(
    chromium,
    async (values: object) => {
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
      await chrome.storage.sync.set(values);
    },
    items,
  );
}

async function timing(page: Page, readyMark: string): Promise<Timing> {
  await page.waitForFunction(
    (mark: string) => performance.getEntriesByName(mark, 'mark').length > 0,
    { timeout: 15_000, polling: 20 },
    readyMark,
  );
  return page.evaluate((mark: string) => {
    const at = (name: string) =>
      performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
    const [navigation] = performance.getEntriesByType(
      'navigation',
    ) as PerformanceNavigationTiming[];
    return {
      ready: at(mark),
      firstRender: at('wep:first-render'),
      loaded: navigation?.loadEventEnd ?? Number.NaN,
    };
  }, readyMark);
}

export async function measurePopup(
  chromium: Chromium,
  site: Served,
  opens = 20,
): Promise<PopupResult> {
  const tab = await chromium.browser.newPage();
  await tab.goto(`${site.url}/`);
  await storePopupData(chromium, new URL(site.url).hostname);
  const popupTimes: Timing[] = [];
  const blankTimes: Timing[] = [];
  const setPopup = (popup: string) =>
    inExtension(chromium, (p: string) => chrome.action.setPopup({ popup: p }), popup);
  // One warm-up of each: the first open of any page pays for the extension's process.
  for (let round = -1; round < opens; round += 1) {
    for (const kind of round % 2 === 0
      ? (['popup', 'blank'] as const)
      : (['blank', 'popup'] as const)) {
      const pagePath = kind === 'popup' ? '/popup.html' : '/bench/blank.html';
      await setPopup(pagePath);
      await tab.bringToFront();
      const page = await pressToolbarButton(chromium, site.url, pagePath);
      const measured = await timing(page, kind === 'popup' ? 'wep:popup-ready' : READY_MARK);
      await page.close();
      if (round >= 0) (kind === 'popup' ? popupTimes : blankTimes).push(measured);
    }
  }
  await setPopup('/popup.html');
  await tab.close();
  const requests = await requestsAroundFirstRender(chromium, '/popup.html', 'wep:popup-ready');
  return {
    opens,
    popup: {
      ready: summarise(popupTimes.map((t) => t.ready)),
      firstRender: summarise(popupTimes.map((t) => t.firstRender)),
      loaded: summarise(popupTimes.map((t) => t.loaded)),
    },
    blank: {
      ready: summarise(blankTimes.map((t) => t.ready)),
      loaded: summarise(blankTimes.map((t) => t.loaded)),
    },
    requestedBeforeFirstRender: requests.before,
    requestedAfter: requests.after,
  };
}
