import type { Page } from 'puppeteer-core';
import type { Chromium } from './browser.ts';
import { storePopupData } from './popup.ts';
import { sleep } from './stats.ts';

/**
 * Item 5: 200 checkbox clicks in the popup within 10 seconds. Every call the page makes to
 * storage.sync.set/remove is counted by wrapping the API before the page's own code runs
 * (evaluateOnNewDocument), with the ones storage refused; at the end storage must hold exactly
 * what the checkboxes show.
 */

export type WritesResult = {
  toggles: number;
  seconds: number;
  sets: number;
  removes: number;
  refused: number;
  keptOnDevice: number;
  correct: boolean;
  mismatches: string[];
};

declare global {
  interface Window {
    __benchWrites?: { set: number; remove: number; refused: number };
  }
}
declare const chrome: {
  storage: Record<
    'sync' | 'local',
    { get(keys: null): Promise<Record<string, unknown>> } & Record<string, unknown>
  >;
};

function countWrites(): void {
  const counts = { set: 0, remove: 0, refused: 0 };
  window.__benchWrites = counts;
  const area = chrome.storage.sync as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['set', 'remove'] as const) {
    const original = area[name]?.bind(area);
    if (!original) continue;
    area[name] = (...args: unknown[]) => {
      counts[name] += 1;
      const result = original(...args);
      if (result instanceof Promise) {
        result.catch(() => {
          counts.refused += 1;
        });
      }
      return result;
    };
  }
}

export async function measureWrites(
  chromium: Chromium,
  toggles = 200,
  seconds = 10,
): Promise<WritesResult> {
  await storePopupData(chromium);
  const page: Page = await chromium.browser.newPage();
  await page.evaluateOnNewDocument(countWrites);
  await page.goto(`${chromium.base}/popup.html`);
  await page.waitForFunction(
    () => performance.getEntriesByName('wep:popup-ready', 'mark').length > 0,
  );
  // Open every section, so that clicks reach items all over the checklist.
  await page.$$eval('details.section', (sections) => {
    for (const section of sections) (section as HTMLDetailsElement).open = true;
  });
  await sleep(300);
  const ids = await page.$$eval('input[type="checkbox"][id^="check-"]', (boxes) =>
    boxes.map((box) => box.id),
  );
  const chosen = ids.filter((_, i) => i % 3 === 0).slice(0, 12);
  const before = await page.evaluate(() => ({
    ...(window.__benchWrites ?? { set: 0, remove: 0, refused: 0 }),
  }));
  const boxes = await Promise.all(chosen.map((id) => page.$(`#${id}`)));
  const started = Date.now();
  for (let i = 0; i < toggles; i += 1) {
    const box = boxes[i % boxes.length];
    if (!box) throw new Error('a checkbox went missing');
    await box.click();
    // Evenly spread, a little inside the limit (a click takes a few ms itself).
    const due = started + ((i + 1) * (seconds - 0.5) * 1000) / toggles;
    await sleep(Math.max(0, due - Date.now()));
  }
  const took = (Date.now() - started) / 1000;
  const shown = await page.$$eval('input[type="checkbox"][id^="check-"]', (boxes) =>
    Object.fromEntries(
      boxes.map((box) => [box.id.slice('check-'.length), (box as HTMLInputElement).checked]),
    ),
  );
  // Long enough for the store's coalescing interval to send the last batch, so every write is
  // counted; closing then has nothing left to send.
  await sleep(2500);
  const during = await page.evaluate(() => ({
    ...(window.__benchWrites ?? { set: 0, remove: 0, refused: 0 }),
  }));
  await page.close();
  await sleep(500);
  const helper = await chromium.extensionPage();
  const sync = await helper.evaluate(() => chrome.storage.sync.get(null));
  const local = await helper.evaluate(() => chrome.storage.local.get(null));
  const mismatches: string[] = [];
  for (const id of chosen.map((box) => box.slice('check-'.length))) {
    const entry = sync[`c:${id}`] as { state?: string } | undefined;
    const stored = entry?.state === 'done';
    if (stored !== shown[id])
      mismatches.push(`${id}: shown ${shown[id]}, stored ${JSON.stringify(entry)}`);
  }
  return {
    toggles,
    seconds: took,
    sets: during.set - before.set,
    removes: during.remove - before.remove,
    refused: during.refused,
    keptOnDevice: Object.keys(local).filter((key) => key.startsWith('o:')).length,
    correct: mismatches.length === 0,
    mismatches,
  };
}
