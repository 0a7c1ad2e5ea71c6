import type { KeyInput, Page } from 'puppeteer-core';
import { type Chromium, replaceStorage } from './browser.ts';
import { META, SETTINGS, sites } from './data.ts';
import { READY_MARK, snapshotHtml, writeStaticPage } from './pages.ts';
import { requestsAroundFirstRender } from './requests.ts';
import { type Summary, sleep, summarise } from './stats.ts';

/**
 * Item 3: the options page with 500 sites. Time to the rendered list (`wep:options-ready`,
 * after the paint) against the same page as static HTML (its rendered DOM and CSS, no script),
 * alternated; then single interactions measured inside the page, from the input event's
 * timestamp to the end of the frame that shows the updated list; and, for the floor under those,
 * the same keystrokes into a blank page that does next to nothing with them.
 */

export type OptionsResult = {
  sites: number;
  opens: number;
  page: Summary;
  /** Until every row has its cells (those off screen are built after the first paint). */
  complete: Summary;
  staticPage: Summary;
  /** Files the page asked for before its first render, and after it (CDP Network). */
  requestedBeforeFirstRender: string[];
  requestedAfter: string[];
  /** A keystroke that narrows the list (500 rows → those matching). */
  narrow: Summary;
  narrowRows: string;
  /** Backspace back to the full list. */
  widen: Summary;
  /** A status picked in one row's select. */
  status: Summary;
  /**
   * The floor under `narrow` and `widen`: the same keystrokes, timed the same way, into the one
   * input of a blank extension page whose only response is a class on its body.
   */
  keystrokeFloor: Summary;
  nodes: number;
};

export async function storeOptionsData(chromium: Chromium, count: number): Promise<void> {
  await replaceStorage(chromium, { ...META, ...SETTINGS, ...sites(count) });
}

const waitMark = (page: Page, mark: string) =>
  page
    .waitForFunction(
      (m: string) => performance.getEntriesByName(m, 'mark').length > 0,
      { timeout: 30_000, polling: 20 },
      mark,
    )
    .then(() =>
      page.evaluate(
        (m: string) => performance.getEntriesByName(m, 'mark')[0]?.startTime ?? Number.NaN,
        mark,
      ),
    );

async function openAndTime(
  chromium: Chromium,
  pagePath: string,
  marks: readonly string[],
): Promise<number[]> {
  const page = await chromium.browser.newPage();
  await page.goto(`${chromium.base}${pagePath}`, { waitUntil: 'domcontentloaded' });
  const times: number[] = [];
  for (const mark of marks) times.push(await waitMark(page, mark));
  await page.close();
  return times;
}

/** What identifies the list's state: its caption (the counts), its rows, its first row. */
function listSignature(): string {
  const caption = document.querySelector('.site-table caption')?.textContent ?? '';
  const rows = document.querySelectorAll('.site-table tbody tr:not([hidden])');
  return `${caption}|${rows.length}|${rows[0]?.getAttribute('data-site') ?? ''}`;
}

type Until = { list: string } | { selector: string; className: string };

/**
 * Resolves with the time from the first `trigger` event (its timeStamp: when the browser made
 * the event) until the end of the frame that first shows the list as `until` describes it.
 * Self-contained: it runs in the page.
 */
function timeUntil(trigger: string, until: Until): Promise<number> {
  const signature = () => {
    const caption = document.querySelector('.site-table caption')?.textContent ?? '';
    const rows = document.querySelectorAll('.site-table tbody tr:not([hidden])');
    return `${caption}|${rows.length}|${rows[0]?.getAttribute('data-site') ?? ''}`;
  };
  const done = () =>
    'list' in until
      ? signature() === until.list
      : document.querySelector(until.selector)?.classList.contains(until.className) === true;
  return new Promise((resolve) => {
    let start = Number.NaN;
    addEventListener(trigger, (event) => (start = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (Number.isNaN(start) || !done()) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

type Timed = { timeUntil?: typeof timeUntil; benchTiming?: Promise<number> };

/**
 * Times `act` with timeUntil, armed in the page before acting: sent along with the action, its
 * listener could miss the key on a busy machine and the measurement would wait forever.
 */
async function timed(page: Page, trigger: string, until: Until, act: () => Promise<void>) {
  const armed = await page.evaluate(() => (globalThis as Timed).timeUntil !== undefined);
  if (!armed) await page.evaluate(`globalThis.timeUntil = ${timeUntil.toString()}`);
  await page.evaluate(
    (t: string, u: Until) => {
      const page = globalThis as Timed;
      page.benchTiming = page.timeUntil?.(t, u);
    },
    trigger,
    until,
  );
  await act();
  const took = await page.evaluate(() => (globalThis as Timed).benchTiming);
  if (took === undefined) throw new Error('the timing was not armed');
  return took;
}

export async function measureOptions(
  chromium: Chromium,
  extensionDir: string,
  count = 500,
  opens = 10,
): Promise<OptionsResult> {
  await storeOptionsData(chromium, count);
  // The static twin, from the page as it renders.
  const first = await chromium.browser.newPage();
  await first.goto(`${chromium.base}/options.html`);
  await waitMark(first, 'wep:options-ready');
  // Every row, not just those built for the first paint.
  await waitMark(first, 'wep:rows-complete');
  const staticPath = writeStaticPage(extensionDir, 'options', await first.evaluate(snapshotHtml));
  const nodes = await first.evaluate(() => document.getElementsByTagName('*').length);
  await first.close();

  const pageTimes: number[] = [];
  const completeTimes: number[] = [];
  const staticTimes: number[] = [];
  await openAndTime(chromium, staticPath, [READY_MARK]);
  for (let round = 0; round < opens; round += 1) {
    const order = round % 2 === 0 ? ['page', 'static'] : ['static', 'page'];
    for (const kind of order) {
      if (kind === 'page') {
        const [shown = Number.NaN, complete = Number.NaN] = await openAndTime(
          chromium,
          '/options.html',
          ['wep:options-ready', 'wep:rows-complete'],
        );
        pageTimes.push(shown);
        completeTimes.push(complete);
      } else {
        staticTimes.push(...(await openAndTime(chromium, staticPath, [READY_MARK])));
      }
    }
  }

  const page = await chromium.browser.newPage();
  await page.goto(`${chromium.base}/options.html`);
  await waitMark(page, 'wep:options-ready');
  const search = await page.waitForSelector('#site-search');
  if (!search) throw new Error('no search box');
  await search.focus();
  // Learn what the list looks like after each keystroke, then time the same keystrokes.
  await page.keyboard.press('7');
  await sleep(1500);
  const narrowed = await page.evaluate(listSignature);
  await page.keyboard.press('Backspace');
  await sleep(1500);
  const full = await page.evaluate(listSignature);
  const keystroke = async (key: KeyInput, expected: string) => {
    const took = await timed(page, 'keydown', { list: expected }, () => page.keyboard.press(key));
    await sleep(150);
    return took;
  };
  const narrow: number[] = [];
  const widen: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    narrow.push(await keystroke('7', narrowed));
    widen.push(await keystroke('Backspace', full));
  }

  // A status change in the first row of the full list that has a status to pick, back and forth.
  const status: number[] = [];
  const id = await page.evaluate(
    () =>
      document
        .querySelector('.site-table select.status-select')
        ?.closest('tr')
        ?.getAttribute('data-site') ?? '',
  );
  for (let i = 0; i < 10; i += 1) {
    const value = i % 2 === 0 ? 'rebound' : 'abandon';
    const selector = `tr[data-site="${id}"] select.status-select`;
    status.push(
      await timed(page, 'input', { selector, className: `status-${value}` }, async () => {
        await page.select(selector, value);
      }),
    );
    await sleep(300);
  }
  await page.close();

  const blank = await chromium.browser.newPage();
  await blank.goto(`${chromium.base}/bench/blank.html`);
  await blank.evaluate(() => {
    const field = document.createElement('input');
    field.addEventListener('input', () => {
      document.body.className = `typed-${field.value.length}`;
    });
    document.body.append(field);
    field.focus();
  });
  const keystrokeFloor: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    for (const [key, typed] of [
      ['7', 'typed-1'],
      ['Backspace', 'typed-0'],
    ] as const) {
      keystrokeFloor.push(
        await timed(blank, 'keydown', { selector: 'body', className: typed }, () =>
          blank.keyboard.press(key),
        ),
      );
      await sleep(150);
    }
  }
  await blank.close();

  const requests = await requestsAroundFirstRender(chromium, '/options.html', 'wep:options-ready');
  return {
    requestedBeforeFirstRender: requests.before,
    requestedAfter: requests.after,
    sites: count,
    opens,
    page: summarise(pageTimes),
    complete: summarise(completeTimes),
    staticPage: summarise(staticTimes),
    narrow: summarise(narrow),
    narrowRows: narrowed.split('|')[1] ?? '',
    widen: summarise(widen),
    status: summarise(status),
    keystrokeFloor: summarise(keystrokeFloor),
    nodes,
  };
}
