import type { Page } from 'puppeteer-core';
import type { Site as Served } from '../../tests/e2e/harness.ts';
import {
  type Chromium,
  HOSTS,
  inExtension,
  pressToolbarButton,
  replaceStorage,
} from './browser.ts';
import { checklistStates, META, SETTINGS, sites, TRACKER } from './data.ts';
import { READY_MARK, snapshotHtml, writeStaticPage } from './pages.ts';
import { requestsAroundFirstRender } from './requests.ts';
import { type Summary, summarise } from './stats.ts';

/**
 * Item 2: the toolbar popup over an ordinary tab, opened by pressing the toolbar button, from
 * navigation start to checklist and site card shown (`wep:popup-ready`, set after the paint),
 * over a listed site and over an unlisted one, in turn with a blank page of the same extension
 * opened the same way (`chrome.action.setPopup`), whose "shown" is measured alike
 * (bench/painted.js: the next frame, then a task). The popup's static twin (its rendered DOM over
 * the listed site, its CSS, no script) is opened alike: the floor of any way to show that
 * content, prerendered HTML included.
 */

declare const chrome: { action: { setPopup(details: { popup: string }): Promise<void> } };

type Times = { ready: Summary; firstRender: Summary; loaded: Summary };

export type PopupResult = {
  opens: number;
  /** Over a tab of a site in the list (found without the suffix list). */
  listed: Times;
  /** Over a tab of a site not in the list (its site needs the suffix list). */
  unlisted: Times;
  blank: Times;
  /** The popup over the listed site as static HTML, marked like the blank page. */
  twin: Times;
  /** Files the popup asked for before its first render, and after it (seen by CDP Network). */
  requestedBeforeFirstRender: string[];
  requestedAfter: string[];
};

/**
 * Paint timing is no use here: Chromium loads a popup hidden, sizes it, then shows it, and a
 * page that painted while hidden reports no first contentful paint. Marks are set either way.
 */
type Timing = { ready: number; firstRender: number; loaded: number };

/** 40 checklist entries and 300 sites (shop0.com among them), nothing kept on the device. */
export async function storePopupData(chromium: Chromium): Promise<void> {
  await replaceStorage(chromium, {
    ...META,
    ...SETTINGS,
    ...TRACKER,
    ...checklistStates(40),
    ...sites(300),
  });
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
  extensionDir: string,
  opens = 20,
): Promise<PopupResult> {
  const port = new URL(site.url).port;
  const tabs = {
    listed: `http://${HOSTS.listed}:${port}/`,
    unlisted: `http://${HOSTS.unlisted}:${port}/`,
  };
  const pages = {
    listed: await chromium.browser.newPage(),
    unlisted: await chromium.browser.newPage(),
  };
  await pages.listed.goto(tabs.listed);
  await pages.unlisted.goto(tabs.unlisted);
  await storePopupData(chromium);
  const setPopup = (popup: string) =>
    inExtension(chromium, (p: string) => chrome.action.setPopup({ popup: p }), popup);
  // The twin, from the popup as it shows over the listed site once everything has followed.
  await pages.listed.bringToFront();
  const shown = await pressToolbarButton(chromium, tabs.listed, '/popup.html');
  await timing(shown, 'wep:popup-ready');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const twinPath = writeStaticPage(extensionDir, 'popup', await shown.evaluate(snapshotHtml));
  await shown.close();
  const times = {
    listed: [] as Timing[],
    unlisted: [] as Timing[],
    blank: [] as Timing[],
    twin: [] as Timing[],
  };
  const kinds = ['listed', 'unlisted', 'blank', 'twin'] as const;
  const pathOf = {
    listed: '/popup.html',
    unlisted: '/popup.html',
    blank: '/bench/blank.html',
    twin: twinPath,
  };
  // One warm-up round: the first open of any page pays for the extension's process.
  for (let round = -1; round < opens; round += 1) {
    // Each order in turn, so that none always comes first.
    const shift = (round + kinds.length) % kinds.length;
    for (const kind of [...kinds.slice(shift), ...kinds.slice(0, shift)]) {
      const over = kind === 'unlisted' ? 'unlisted' : 'listed';
      const pagePath = pathOf[kind];
      await setPopup(pagePath);
      await pages[over].bringToFront();
      const page = await pressToolbarButton(chromium, tabs[over], pagePath);
      const measured = await timing(
        page,
        kind === 'listed' || kind === 'unlisted' ? 'wep:popup-ready' : READY_MARK,
      );
      await page.close();
      if (round >= 0) times[kind].push(measured);
    }
  }
  await setPopup('/popup.html');
  await pages.listed.close();
  await pages.unlisted.close();
  const requests = await requestsAroundFirstRender(chromium, '/popup.html', 'wep:popup-ready');
  const summary = (list: Timing[]) => ({
    ready: summarise(list.map((t) => t.ready)),
    firstRender: summarise(list.map((t) => t.firstRender)),
    loaded: summarise(list.map((t) => t.loaded)),
  });
  return {
    opens,
    listed: summary(times.listed),
    unlisted: summary(times.unlisted),
    blank: summary(times.blank),
    twin: summary(times.twin),
    requestedBeforeFirstRender: requests.before,
    requestedAfter: requests.after,
  };
}
