import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkKey, encodeSite, KEY, patches, SCHEMA_VERSION, siteKey } from '@/utils/model';
import { RECENT_KEY, type RecentCopy, Store, sealRecent } from '@/utils/store';
import { type Device, makeDevice } from '../helpers/devices';
import { NOW, site } from '../helpers/site';

/** A page's localStorage. */
function memory(): RecentCopy & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const ZHIHU = site('知乎');
const STORED = {
  [KEY.meta]: { schema: SCHEMA_VERSION },
  [siteKey('zhihu.com')]: encodeSite('zhihu.com', ZHIHU),
  [checkKey('backup-chats')]: { state: 'done', at: NOW },
};

let stores: Store[] = [];
/** A device with `items` in sync whose last page left its recent copy in `recent`. */
async function deviceWithCopy(items: Record<string, unknown> = STORED) {
  const device = makeDevice();
  Object.assign(device.sync.data, structuredClone(items));
  const recent = memory();
  const page = await Store.open(device.areas);
  page.saveRecent(recent);
  page.close();
  return { device, recent };
}
function openRecent(recent: RecentCopy, device: Device) {
  const opened = Store.openRecent(recent, device.areas);
  if (opened) stores.push(opened.store);
  return opened;
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  for (const store of stores) store.close();
  stores = [];
  vi.useRealTimers();
});

describe('a page painting from the recent copy of storage', () => {
  it('shows the ticks and sites at once, then what storage holds when it answers', async () => {
    const { device, recent } = await deviceWithCopy();
    // Meanwhile another device marked the site rebound and unticked the item.
    device.sync.data[siteKey('zhihu.com')] = encodeSite('zhihu.com', {
      ...ZHIHU,
      status: 'rebound',
      at: NOW + 1,
    });
    delete device.sync.data[checkKey('backup-chats')];

    const opened = openRecent(recent, device);
    expect(opened).toBeDefined();
    const before = opened?.store.snapshot.state;
    expect(before?.checklist['backup-chats']?.state).toBe('done');
    expect(before?.sites['zhihu.com']?.status).toBe('rebind');

    await opened?.reconciled;
    const after = opened?.store.snapshot.state;
    expect(after?.checklist['backup-chats']).toBeUndefined();
    expect(after?.sites['zhihu.com']?.status).toBe('rebound');
    expect(device.sync.writes).toBe(0);
  });

  it('writes a tick made before storage answers onto what storage holds', async () => {
    const { device, recent } = await deviceWithCopy();
    device.sync.data[siteKey('jd.com')] = encodeSite('jd.com', site('京东'));
    const opened = openRecent(recent, device);
    opened?.store.write(patches.check('export-contacts', { state: 'done', at: NOW }));
    await opened?.reconciled;
    await opened?.store.flush();
    expect(device.sync.data[checkKey('export-contacts')]).toEqual({ state: 'done', at: NOW });
    expect(device.sync.data[siteKey('jd.com')]).toBeDefined();
    expect(opened?.store.snapshot.state.checklist['export-contacts']?.state).toBe('done');
  });

  it('keeps for the next page what storage held, not the copy it started from', async () => {
    const { device, recent } = await deviceWithCopy();
    device.sync.data[siteKey('jd.com')] = encodeSite('jd.com', site('京东'));
    const opened = openRecent(recent, device);
    opened?.store.saveRecent(recent);
    expect(recent.getItem(RECENT_KEY)).not.toContain('jd.com');
    await opened?.reconciled;
    opened?.store.saveRecent(recent);
    expect(recent.getItem(RECENT_KEY)).toContain('jd.com');
  });

  it('paints the state its last page validated as sealed, without deriving it again', async () => {
    const { device, recent } = await deviceWithCopy();
    const sealed = JSON.parse((recent.getItem(RECENT_KEY) ?? '').replace(/^\d+:\w+:/, ''));
    // A state that `sync` would not give: only a copy taken as it was sealed can show it.
    sealed.state.sites['zhihu.com'].status = 'abandon';
    recent.setItem(RECENT_KEY, sealRecent(sealed));
    const opened = openRecent(recent, device);
    expect(opened?.store.snapshot.state.sites['zhihu.com']?.status).toBe('abandon');
    await opened?.reconciled;
    expect(opened?.store.snapshot.state.sites['zhihu.com']?.status).toBe('rebind');
    expect(device.sync.writes).toBe(0);
  });

  it("keeps storage's answer until the page says its first paint is done", async () => {
    const { device, recent } = await deviceWithCopy();
    device.sync.data[siteKey('jd.com')] = encodeSite('jd.com', site('京东'));
    let painted = () => {};
    const firstPaint = new Promise<void>((resolve) => {
      painted = resolve;
    });
    const opened = Store.openRecent(recent, device.areas, firstPaint);
    if (opened) stores.push(opened.store);
    await vi.advanceTimersByTimeAsync(50);
    expect(opened?.store.snapshot.state.sites['jd.com']).toBeUndefined();
    painted();
    await opened?.reconciled;
    expect(opened?.store.snapshot.state.sites['jd.com']?.name).toBe('京东');
  });

  it('derives the state again when the copy holds none of the expected outline', async () => {
    const { device, recent } = await deviceWithCopy();
    recent.setItem(
      RECENT_KEY,
      sealRecent({ sync: STORED, local: {}, state: { settings: {} } as never }),
    );
    const opened = openRecent(recent, device);
    expect(opened?.store.snapshot.state.sites['zhihu.com']?.name).toBe('知乎');
    expect(opened?.store.snapshot.state.checklist['backup-chats']?.state).toBe('done');
  });

  it('seals no derived state while a change is still on its way to storage', async () => {
    const { device, recent } = await deviceWithCopy();
    const page = await Store.open(device.areas);
    stores.push(page);
    page.write(patches.check('export-contacts', { state: 'done', at: NOW }));
    page.saveRecent(recent);
    expect(recent.getItem(RECENT_KEY)).not.toContain('"state":{"settings"');
    await page.flush();
    page.saveRecent(recent);
    expect(recent.getItem(RECENT_KEY)).toContain('"state":{"settings"');
  });

  it.each<[string, (copy: string) => string | null]>([
    ['there is none', () => null],
    ['it is cut short', (copy) => copy.slice(0, copy.length / 2)],
    ['one character of it has changed', (copy) => copy.replace('知乎', '知呼')],
    ['it is not sealed', (copy) => copy.replace(/^\d+:\w+:/, '')],
    ['it is of another version', (copy) => copy.replace(/^\d+:/, '99:')],
    ['it is not an object', () => sealRecent('hello' as never)],
    ['its sync part is a list', () => sealRecent({ sync: [] as never, local: {} })],
    [
      'a site in it is invalid',
      () => sealRecent({ sync: { ...STORED, [siteKey('jd.com')]: { n: '', at: 1 } }, local: {} }),
    ],
    [
      'a tick in it is invalid',
      () => sealRecent({ sync: { ...STORED, [checkKey('x')]: { state: 'maybe' } }, local: {} }),
    ],
    [
      'it comes from a newer version',
      () => sealRecent({ sync: { ...STORED, [KEY.meta]: { schema: 99 } }, local: {} }),
    ],
    [
      'it needs migrating',
      () => sealRecent({ sync: { [siteKey('zhihu.com')]: ZHIHU }, local: {} }),
    ],
  ])('costs only the wait for storage when %s', async (_why, corrupt) => {
    const { device, recent } = await deviceWithCopy();
    const copy = corrupt(recent.getItem(RECENT_KEY) ?? '');
    if (copy === null) recent.items.clear();
    else recent.setItem(RECENT_KEY, copy);
    expect(openRecent(recent, device)).toBeUndefined();
    // Nothing of it was written back, and the page opens from storage as before.
    expect(device.sync.writes).toBe(0);
    const store = await Store.open(device.areas);
    stores.push(store);
    expect(store.snapshot.state.sites['zhihu.com']?.name).toBe('知乎');
    expect(store.snapshot.repairs).toEqual([]);
  });
});
