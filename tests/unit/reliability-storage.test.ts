import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkIdOfKey,
  checkKey,
  KEY,
  patches,
  SCHEMA_VERSION,
  type Site,
  siteKey,
} from '@/utils/model';
import { isReservedName } from '@/utils/safe-text';
import { Store } from '@/utils/store';
import { domainArb, junkArb, siteArb } from '../helpers/arbitraries';
import { makeDevice, SyncNetwork } from '../helpers/devices';
import { record, SEED } from '../helpers/reliability';

const NOW = 1_764_000_000_000;
const RUNS = 1_000;

let stores: Store[] = [];
beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  // Each repair is logged once; thousands of them would bury the test output.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
  vi.useRealTimers();
});

describe('stored data corrupted at random', () => {
  it('keeps every valid entry, repairs or drops each broken one alone, and reports it once', async () => {
    let corrupted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(domainArb, siteArb, { minKeys: 1, maxKeys: 30 }),
        fc.dictionary(
          // Object.prototype's names (`constructor`…) are refused as item ids: not a valid entry.
          fc.stringMatching(/^[a-z-]{1,12}$/).filter((id) => !isReservedName(id)),
          fc.constantFrom('done', 'na'),
          { maxKeys: 20 },
        ),
        fc.array(
          fc.tuple(
            fc.oneof(
              domainArb.map(siteKey),
              fc.stringMatching(/^[a-z-]{1,12}$/).map(checkKey),
              fc.constantFrom(KEY.settings, KEY.tracker, KEY.dismissed, KEY.meta, 'stray', 's:BAD'),
            ),
            junkArb,
          ),
          { minLength: 1, maxLength: 10 },
        ),
        // Data as this version writes it, or as schema 1 wrote it (long field names): the
        // upgrade must survive damage as well as reading does.
        fc.boolean(),
        async (sites, checks, damage, schema1) => {
          const device = makeDevice();
          const stored: Record<string, unknown> = {
            [KEY.meta]: { schema: schema1 ? 1 : SCHEMA_VERSION },
          };
          for (const [id, site] of Object.entries(sites)) {
            if (schema1) stored[siteKey(id)] = site;
            else Object.assign(stored, patches.site(id, site));
          }
          for (const [id, state] of Object.entries(checks))
            stored[checkKey(id)] = { state, at: NOW };
          const broken = new Set<string>();
          for (const [key, junk] of damage) {
            stored[key] = junk;
            broken.add(key);
          }
          device.sync.data = JSON.parse(JSON.stringify(stored));
          corrupted += broken.size;

          const store = await Store.open(device.areas);
          stores.push(store);
          const { state, repairs } = store.snapshot;
          // Every entry nobody damaged is there, unchanged.
          for (const [id, site] of Object.entries(sites)) {
            if (!broken.has(siteKey(id))) expect(state.sites[id]).toEqual(site);
          }
          for (const [id, s] of Object.entries(checks)) {
            if (!broken.has(checkKey(id))) expect(state.checklist[id]?.state).toBe(s);
          }
          // Each report names a damaged key, once.
          const reported = repairs.map((r) => r.key);
          expect(new Set(reported).size).toBe(reported.length);
          for (const key of reported) expect(broken.has(key)).toBe(true);

          // The repair is written back: the next page to open finds nothing to report.
          await store.flush();
          const again = await Store.open(device.areas);
          stores.push(again);
          expect(again.snapshot.repairs).toEqual([]);
          expect(again.snapshot.state).toEqual(state);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    record({
      tried: `${RUNS} stores with 1–30 sites and up to 20 checklist items, in the current layout or the schema-1 layout (to be upgraded), 1–10 entries replaced by junk (wrong types, missing fields, 10,000-character strings, unknown keys, half-written records, broken meta)`,
      cases: RUNS,
      result: `all ${corrupted} damaged entries were repaired or dropped alone and reported once; every undamaged entry survived unchanged; a second open found nothing to repair`,
    });
  });
});

const QUOTA_ERRORS = [
  'Resource::kQuotaBytesPerItem quota exceeded',
  'Resource::kQuotaBytes quota exceeded',
  'Resource::kMaxItems quota exceeded',
  'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
  'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
  'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
];

describe('quota errors at random moments', () => {
  it('loses no change: each is shown, kept on the device while refused, and synced later', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            item: fc.integer({ min: 0, max: 14 }),
            state: fc.constantFrom('done', 'na', 'open'),
            note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
            fail: fc.option(fc.constantFrom(...QUOTA_ERRORS), { nil: undefined, freq: 3 }),
            wait: fc.integer({ min: 0, max: 3_000 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        async (edits) => {
          const device = makeDevice();
          const store = await Store.open(device.areas);
          stores.push(store);
          const expected = new Map<string, { state: string; note?: string }>();
          for (const edit of edits) {
            const id = `item-${edit.item}`;
            device.sync.failWith = edit.fail ? () => new Error(edit.fail) : undefined;
            const entry = { state: edit.state as 'done', note: edit.note || undefined, at: NOW };
            store.write(patches.check(id, entry));
            if (edit.state === 'open' && !edit.note) expected.delete(id);
            else expected.set(id, { state: edit.state, ...(edit.note ? { note: edit.note } : {}) });
            await vi.advanceTimersByTimeAsync(edit.wait);
            // What the user sees is always their latest change, wherever it is kept.
            const shown = store.snapshot.state.checklist[id];
            expect(shown ? { state: shown.state, note: shown.note } : undefined).toEqual(
              expected.has(id) ? { note: undefined, ...expected.get(id) } : undefined,
            );
            if (edit.fail) refused += 1;
          }
          await store.flush();
          // Room returns: everything reaches sync and nothing is left on the device.
          device.sync.failWith = undefined;
          await store.retry();
          const synced = Object.fromEntries(
            Object.entries(device.sync.data).flatMap(([key, value]) => {
              const itemId = checkIdOfKey(key);
              if (itemId === undefined) return [];
              const { state, note } = value as { state: string; note?: string };
              return [[itemId, { state, ...(note ? { note } : {}) }]];
            }),
          );
          expect(synced).toEqual(Object.fromEntries(expected));
          expect(store.snapshot.localOnly).toEqual({});
          expect(Object.keys(device.local.data)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    record({
      tried: `${RUNS} sequences of up to 30 checklist edits with each of Chrome's five quota errors and Firefox's QuotaExceededError injected at random moments (${refused} refused writes)`,
      cases: RUNS,
      result:
        'the latest change was on screen after every edit; refused changes waited in storage.local; once sync accepted writes again, sync held exactly the last change of every item and nothing was left behind',
    });
  });
});

describe('two devices with late, out-of-order sync', () => {
  it('never loses an edit of a distinct key and shows only states some device wrote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            device: fc.integer({ min: 0, max: 1 }),
            site: fc.integer({ min: 0, max: 5 }),
            status: fc.constantFrom('rebind', 'rebound', 'abandon', 'not-needed'),
            deliver: fc.boolean(),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (edits, shuffle) => {
          const network = new SyncNetwork();
          const devices = [
            await Store.open(network.addDevice().areas),
            await Store.open(network.addDevice().areas),
          ];
          stores.push(...devices);
          const written = new Map<string, Set<string>>();
          const last = new Map<string, string>();
          const order = (n: number) => {
            const result = [...Array(n).keys()];
            shuffle.forEach((r, i) => {
              const j = r % n;
              const k = i % n;
              [result[j], result[k]] = [result[k] as number, result[j] as number];
            });
            return result;
          };
          for (const edit of edits) {
            const id = `site${edit.site}.com`;
            const store = devices[edit.device];
            if (!store) continue;
            const site: Site = {
              name: id,
              status: edit.status,
              via: 'manual',
              first: NOW,
              at: NOW,
            };
            store.write(patches.site(id, site));
            await store.flush();
            written.set(id, (written.get(id) ?? new Set()).add(edit.status));
            last.set(id, edit.status);
            if (edit.deliver) network.deliver(order);
            for (const other of devices) {
              for (const [shownId, shown] of Object.entries(other.snapshot.state.sites)) {
                expect(written.get(shownId)?.has(shown.status)).toBe(true);
              }
            }
          }
          network.deliver(order);
          for (const store of devices) {
            const shown = Object.fromEntries(
              Object.entries(store.snapshot.state.sites).map(([id, s]) => [id, s.status]),
            );
            expect(shown).toEqual(Object.fromEntries(last));
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    record({
      tried: `${RUNS} runs of two devices editing up to 6 sites in 1–20 steps, sync delivering late and in shuffled order`,
      cases: RUNS,
      result:
        'both devices ended with the last edit of every site (last writer wins per key; no edit of another site lost), and neither ever showed a status no device had written',
    });
  });
});
