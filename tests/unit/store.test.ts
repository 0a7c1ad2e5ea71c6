import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkIdOfKey, KEY, LOCAL_KEY, patches, SCHEMA_VERSION, siteKey } from '@/utils/model';
import { addSite } from '@/utils/sites';
import { planWrite, quotaKind, Store, SYNC_QUOTA, WRITE_INTERVAL_MS } from '@/utils/store';
import { makeDevice, SyncNetwork } from '../helpers/devices';
import { NOW, readItems, site } from '../helpers/site';

let stores: Store[] = [];
/** Opens a store on the given device, or on the (fake) browser's own storage. */
async function open(areas?: ReturnType<typeof makeDevice>['areas']): Promise<Store> {
  const store = await Store.open(areas);
  stores.push(store);
  return store;
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
  vi.useRealTimers();
});

describe('the store in the browser', () => {
  it('reads what is stored once and writes a change to storage.sync', async () => {
    await fakeBrowser.storage.sync.set({ [siteKey('zhihu.com')]: site('知乎') });
    const store = await open();
    expect(store.snapshot.state.sites['zhihu.com']?.name).toBe('知乎');
    store.write(patches.site('jd.com', site('京东')));
    await store.flush();
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(readItems(stored)[siteKey('jd.com')]).toEqual(site('京东'));
    expect(stored[KEY.meta]).toEqual({ schema: SCHEMA_VERSION });
  });

  it('shows a change made by another page without reloading', async () => {
    const store = await open();
    const seen = vi.fn();
    store.subscribe(seen);
    await fakeBrowser.storage.sync.set({ [siteKey('csdn.net')]: site('CSDN') });
    expect(store.snapshot.state.sites['csdn.net']?.name).toBe('CSDN');
    expect(seen).toHaveBeenCalled();
  });
});

describe('coalescing writes', () => {
  it('turns a burst of ten ticks into two writes, the first at once', async () => {
    const device = makeDevice();
    const store = await open(device.areas);
    for (let i = 0; i < 10; i += 1) {
      store.write(patches.check(`item-${i}`, { state: 'done', at: NOW }));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS);
    expect(device.sync.writes).toBe(2);
    expect(Object.keys(device.sync.data).filter((k) => checkIdOfKey(k) !== undefined)).toHaveLength(
      10,
    );
  });

  it('keeps 200 toggles in ten seconds under 120 writes a minute, ending in the last state', async () => {
    const device = makeDevice();
    const store = await open(device.areas);
    for (let i = 0; i < 200; i += 1) {
      const state = i % 2 === 0 ? 'done' : 'open';
      store.write(patches.check(`item-${i % 7}`, { state, at: NOW + i }));
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS * 2);
    expect(device.sync.writes).toBeLessThanOrEqual(30);
    // Toggle 199 (odd) reopened item-3: an open item is removed, not stored.
    expect(device.sync.data['c:item-3']).toBeUndefined();
    expect(store.snapshot.state.checklist['item-3']).toBeUndefined();
    expect(device.sync.data['c:item-2']).toEqual({ state: 'done', at: NOW + 198 });
  });

  it('sends what is queued when the page closes', async () => {
    const device = makeDevice();
    const store = await open(device.areas);
    store.write(patches.check('a', { state: 'done', at: NOW }));
    store.write(patches.check('b', { state: 'done', at: NOW }));
    await vi.advanceTimersByTimeAsync(10);
    store.write(patches.check('c', { state: 'done', at: NOW }));
    await store.flush();
    expect(device.sync.data['c:c']).toBeDefined();
  });
});

describe('quota errors', () => {
  it.each([
    ['Resource::kQuotaBytesPerItem quota exceeded', 'per-item'],
    ['Resource::kQuotaBytes quota exceeded', 'bytes'],
    ['Resource::kMaxItems quota exceeded', 'items'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'rate'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.', 'rate'],
  ])('recognises Chrome’s “%s”', (message, kind) => {
    expect(quotaKind(new Error(message))).toBe(kind);
  });

  it('recognises Firefox’s QuotaExceededError', () => {
    const error = new Error(
      'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
    );
    expect(quotaKind(error)).toBe('bytes');
    expect(quotaKind(new Error('Network down'))).toBe('error');
  });

  it.each([
    'Resource::kQuotaBytes quota exceeded',
    'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
  ])('keeps a change on this device when sync says “%s”, then syncs it later', async (message) => {
    const device = makeDevice();
    const store = await open(device.areas);
    device.sync.failWith = () => new Error(message);
    store.write(patches.site('zhihu.com', site('知乎', { note: '别忘了' })));
    await store.flush();

    expect(device.sync.data['s:zhihu.com']).toBeUndefined();
    expect(device.local.data['o:s:zhihu.com']).toMatchObject({ v: { t: '别忘了' } });
    expect(store.snapshot.state.sites['zhihu.com']?.note).toBe('别忘了');
    expect(Object.keys(store.snapshot.localOnly)).toContain('s:zhihu.com');

    // A page opened now (or after a restart) still sees the change.
    const other = await open(device.areas);
    expect(other.snapshot.state.sites['zhihu.com']?.note).toBe('别忘了');

    device.sync.failWith = undefined;
    await store.retry();
    expect(readItems(device.sync.data)['s:zhihu.com']).toMatchObject({ note: '别忘了' });
    expect(device.local.data['o:s:zhihu.com']).toBeUndefined();
    expect(store.snapshot.localOnly).toEqual({});
  });

  it('does not even try what cannot fit, and sends the rest', () => {
    const synced: Record<string, unknown> = {};
    for (let i = 0; i < SYNC_QUOTA.items - 1; i += 1) synced[`s:site${i}.com`] = site(`s${i}`);
    const batch = new Map<string, unknown>([
      ['s:new1.com', site('new1')],
      ['s:new2.com', site('new2')],
      ['s:site1.com', site('renamed')],
    ]);
    const { toSet, kept } = planWrite(synced, batch);
    expect(Object.keys(toSet)).toEqual(['s:new1.com', 's:site1.com']);
    expect(kept).toEqual({ 's:new2.com': 'items' });
  });

  it('counts bytes in UTF-8 like the browser', () => {
    const big = { 'c:big': { state: 'done', note: '汉'.repeat(2800), at: NOW } };
    const { kept } = planWrite({}, new Map(Object.entries(big)));
    expect(kept).toEqual({ 'c:big': 'per-item' });
  });

  it('drops a kept change when another device has since written something newer', async () => {
    const device = makeDevice();
    const store = await open(device.areas);
    device.sync.failWith = () => new Error('Resource::kQuotaBytes quota exceeded');
    store.write(patches.site('zhihu.com', site('mine', { at: NOW })));
    await store.flush();
    device.sync.failWith = undefined;
    device.sync.receive('s:zhihu.com', site('theirs', { at: NOW + 60_000 }));
    await store.retry();
    expect(device.sync.data['s:zhihu.com']).toMatchObject({ name: 'theirs' });
    expect(store.snapshot.state.sites['zhihu.com']?.name).toBe('theirs');
    expect(device.local.data).toEqual({});
  });
});

describe('repairs', () => {
  it('reports a corrupt entry once and writes the repair back', async () => {
    const device = makeDevice();
    device.sync.data = {
      [KEY.meta]: { schema: 1 },
      's:jd.com': 'garbage',
      's:zhihu.com': site('知乎'),
    };
    const store = await open(device.areas);
    expect(store.snapshot.repairs).toHaveLength(1);
    expect(store.snapshot.state.sites['zhihu.com']).toBeDefined();
    await store.flush();
    expect(device.sync.data['s:jd.com']).toBeUndefined();
    const again = await open(device.areas);
    expect(again.snapshot.repairs).toEqual([]);
  });

  it('keeps what the background repaired for the next page, until the user has read it', async () => {
    const device = makeDevice();
    device.sync.data = { [KEY.meta]: { schema: 1 }, 's:jd.com': 42, 's:zhihu.com': site('知乎') };
    const background = await Store.open(device.areas, { leaveRepairReport: true });
    stores.push(background);
    await background.flush();
    expect(device.sync.data['s:jd.com']).toBeUndefined();

    const page = await open(device.areas);
    expect(page.snapshot.repairs).toEqual([
      { key: 's:jd.com', action: 'dropped', reason: 'not a site record' },
    ]);
    const other = await open(device.areas);
    page.acknowledgeRepairs();
    await vi.advanceTimersByTimeAsync(0);
    expect(other.snapshot.repairs).toEqual([]);
    expect((await open(device.areas)).snapshot.repairs).toEqual([]);
  });

  it('shows only the well-formed entries that storage.local holds for it', async () => {
    const device = makeDevice();
    const repair = { key: 's:jd.com', action: 'dropped', reason: 'not a site record' };
    device.local.data = {
      [LOCAL_KEY.repairs]: [repair, { ...repair, action: 'lost' }, 'garbage'],
      'o:s:kept.com': { v: null, at: NOW, why: 'bytes' },
      'o:s:odd.com': { v: null, at: NOW, why: 'no reason' },
      'o:s:late.com': { v: null, at: 'yesterday', why: 'bytes' },
    };
    const store = await open(device.areas);
    expect(store.snapshot.repairs).toEqual([repair]);
    expect(store.snapshot.localOnly).toEqual({ 's:kept.com': 'bytes' });
  });

  it('changes nothing in data written by a newer version', async () => {
    const device = makeDevice();
    device.sync.data = { [KEY.meta]: { schema: 99 }, 'x:future': { a: 1 }, 's:a.com': site('a') };
    const store = await open(device.areas);
    await vi.advanceTimersByTimeAsync(WRITE_INTERVAL_MS * 2);
    expect(store.snapshot.newerSchema).toBe(true);
    expect(device.sync.writes).toBe(0);
    expect(store.snapshot.state.sites['a.com']).toBeDefined();
  });
});

describe('two devices', () => {
  it('keeps edits of different sites made on both devices at once', async () => {
    const network = new SyncNetwork();
    const a = await open(network.addDevice().areas);
    const b = await open(network.addDevice().areas);
    a.write(addSite(a.snapshot.state, { id: 'zhihu.com', name: '知乎', via: 'manual' }));
    b.write(addSite(b.snapshot.state, { id: 'jd.com', name: '京东', via: 'manual' }));
    await Promise.all([a.flush(), b.flush()]);
    network.deliver((n) => [...Array(n).keys()].reverse());
    for (const store of [a, b]) {
      expect(Object.keys(store.snapshot.state.sites).sort()).toEqual(['jd.com', 'zhihu.com']);
    }
  });

  it('lets the later edit of the same site win on both devices', async () => {
    const network = new SyncNetwork();
    const a = await open(network.addDevice().areas);
    const b = await open(network.addDevice().areas);
    a.write(patches.site('zhihu.com', site('知乎', { status: 'rebound' })));
    await a.flush();
    b.write(patches.site('zhihu.com', site('知乎', { status: 'abandon' })));
    await b.flush();
    network.deliver((n) => [...Array(n).keys()].reverse());
    expect(a.snapshot.state.sites['zhihu.com']?.status).toBe('abandon');
    expect(b.snapshot.state.sites['zhihu.com']?.status).toBe('abandon');
  });

  it('never loses an edit of a distinct key, whatever order sync delivers in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(1), fc.nat(9), fc.constantFrom('done', 'na')), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.nat(), { maxLength: 40 }),
        async (edits, shuffle) => {
          const network = new SyncNetwork();
          const devices = [
            await open(network.addDevice().areas),
            await open(network.addDevice().areas),
          ];
          const last = new Map<string, string>();
          for (const [device, item, state] of edits) {
            devices[device]?.write(patches.check(`i${item}`, { state, at: NOW }));
            await devices[device]?.flush();
            last.set(`i${item}`, state);
          }
          network.deliver((n) => {
            const order = [...Array(n).keys()];
            shuffle.forEach((r, i) => {
              const j = r % n;
              const k = i % n;
              [order[j], order[k]] = [order[k] as number, order[j] as number];
            });
            return order;
          });
          for (const store of devices) {
            const shown = Object.fromEntries(
              Object.entries(store.snapshot.state.checklist).map(([id, e]) => [id, e.state]),
            );
            expect(shown).toEqual(Object.fromEntries(last));
          }
        },
      ),
      { seed: 20261127, numRuns: 60 },
    );
  });
});
