import { encodeSite } from '../../utils/model.ts';
import type { Chromium } from './browser.ts';
import { checklistStates, META, note40, SETTINGS, site, siteId, TRACKER } from './data.ts';

/**
 * Item 4: how many sites, each with a 40-character note, real Chromium storage.sync takes
 * before a write is refused (the Store would then keep the rest on this device), in our layout
 * (one key per site, beside the settings, tracker and a full checklist) and in a naive one (all
 * sites in one JSON value). Sites go in batches, many keys per call, and a refused batch is
 * halved until the last site that fits is found: a few dozen calls, well under the 120 writes a
 * minute. The Store's own arithmetic (key + JSON in UTF-8 bytes) is checked against the browser.
 */

export type CapacityResult = {
  note: 'Chinese' | 'ASCII';
  ours: {
    sites: number;
    refusedBy: string;
    bytesInUse: number;
    items: number;
    predicted: number;
    calls: number;
  };
  naive: { sites: number; refusedBy: string; calls: number };
};

declare const chrome: {
  storage: {
    sync: {
      clear(): Promise<void>;
      set(items: object): Promise<void>;
      get(keys: null): Promise<Record<string, unknown>>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

type Attempt = { ok: true } | { ok: false; error: string };

export async function measureCapacity(
  chromium: Chromium,
  chinese: boolean,
  maxSites = 700,
): Promise<CapacityResult> {
  const page = await chromium.extensionPage();
  const set = (items: object): Promise<Attempt> =>
    page.evaluate(
      (values: object) =>
        chrome.storage.sync.set(values).then(
          () => ({ ok: true as const }),
          (error: unknown) => ({
            ok: false as const,
            error: String((error as Error)?.message ?? error),
          }),
        ),
      items,
    );
  const entry = (i: number) =>
    [`s:${siteId(i)}`, encodeSite(siteId(i), { ...site(i), note: note40(i, chinese) })] as const;
  // The Store's own arithmetic, as utils/store.ts computes it.
  const bytes = (key: string, value: unknown) =>
    Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value));

  // Our layout.
  await page.evaluate(() => chrome.storage.sync.clear());
  const rest: Record<string, unknown> = {
    ...META,
    ...SETTINGS,
    ...TRACKER,
    ...checklistStates(36),
  };
  let calls = 1;
  await set(rest);
  let usedBytes = Object.entries(rest).reduce((sum, [key, value]) => sum + bytes(key, value), 0);
  let usedItems = Object.keys(rest).length;
  let predicted = 0;
  for (let i = 0; i < maxSites; i += 1) {
    const [key, value] = entry(i);
    const size = bytes(key, value);
    if (usedItems + 1 > 512 || usedBytes + size > 102_400 || size > 8_192) break;
    usedItems += 1;
    usedBytes += size;
    predicted += 1;
  }
  let stored = 0;
  let refusedBy = '';
  let batch = 50;
  while (stored < maxSites && batch >= 1) {
    const items = Object.fromEntries(
      Array.from({ length: Math.min(batch, maxSites - stored) }, (_, k) => entry(stored + k)),
    );
    const attempt = await set(items);
    calls += 1;
    if (attempt.ok) {
      stored += Object.keys(items).length;
    } else {
      refusedBy = attempt.error;
      batch = Math.floor(batch / 2);
    }
  }
  const bytesInUse = await page.evaluate(() => chrome.storage.sync.getBytesInUse(null));
  const items = Object.keys(await page.evaluate(() => chrome.storage.sync.get(null))).length;

  // Naive layout: every site inside one value.
  await page.evaluate(() => chrome.storage.sync.clear());
  let low = 0;
  let high = 400;
  let naiveError = '';
  let naiveCalls = 0;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const all = Object.fromEntries(Array.from({ length: middle }, (_, i) => entry(i)));
    const attempt = await set({ ...rest, sites: all });
    naiveCalls += 1;
    if (attempt.ok) low = middle;
    else {
      naiveError = attempt.error;
      high = middle - 1;
    }
  }
  await page.evaluate(() => chrome.storage.sync.clear());
  return {
    note: chinese ? 'Chinese' : 'ASCII',
    ours: { sites: stored, refusedBy, bytesInUse, items, predicted, calls },
    naive: { sites: low, refusedBy: naiveError, calls: naiveCalls },
  };
}
