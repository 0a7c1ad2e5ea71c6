import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/utils/background';
import { siteFromUrl } from '@/utils/domain';
import { knownSiteByAppid } from '@/utils/known-sites';
import { PROPOSAL_LIMITS } from '@/utils/login-site';
import { LIMITS, LOCAL_KEY, type ProposalCounts, siteIdOfKey } from '@/utils/model';
import { Store } from '@/utils/store';
import { installBackgroundFakes } from '../helpers/fake-background';
import { KNOWN_LOGINS as KNOWN, QR } from '../helpers/login-urls';
import { readItems } from '../helpers/site';

/**
 * A hostile page loading WeChat logins by the dozen (issue 14): what it can put on the list, and
 * what it can never take from the user.
 */

const login = (callback: string, appid = 'wx00000000000000aa', embedded = true) =>
  `${QR}?appid=${appid}&redirect_uri=${encodeURIComponent(callback)}&scope=snsapi_login&state=s${
    embedded ? '&login_type=jssdk' : ''
  }`;
const foreign = (i: number) => login(`https://www.site${i}.example/wx/callback`);

const sites = async () =>
  Object.entries(readItems(await fakeBrowser.storage.sync.get(null))).filter(
    ([key]) => siteIdOfKey(key) !== undefined,
  );
const counts = async () =>
  (await fakeBrowser.storage.local.get(LOCAL_KEY.proposals))[LOCAL_KEY.proposals] as
    | ProposalCounts
    | undefined;

/** A clock the tests move by hand. */
function clock(start = 1_800_000_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

it.each(KNOWN)('the fixture appid %s is the catalogue’s for the site of %s', (appid, callback) => {
  const site = siteFromUrl(callback);
  expect(site.ok && knownSiteByAppid(appid)?.domains).toContain(site.ok ? site.id : '');
});

describe('a page that loads many WeChat logins', () => {
  beforeEach(() => {
    installBackgroundFakes();
  });

  it('proposes nothing from 60 hidden frames of a page the browser does not name', async () => {
    const bg = createBackground();
    for (let i = 0; i < 60; i += 1) {
      bg.onBeforeRequest({ url: foreign(i), tabId: 7, type: 'sub_frame', frameId: 10 + i });
    }
    await bg.settled();
    expect(await sites()).toEqual([]);
    expect(await counts()).toEqual({
      tried: 60,
      stored: 0,
      dropped: { provenance: 60, page: 0, waiting: 0 },
    });
  });

  it('counts a flood of attempts exactly in a few writes, not one write per attempt', async () => {
    const writes: unknown[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const writing = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (LOCAL_KEY.proposals in items) writes.push(items[LOCAL_KEY.proposals]);
      return set(items);
    });
    const bg = createBackground();
    for (let i = 0; i < 300; i += 1) {
      bg.onBeforeRequest({ url: foreign(i), tabId: 7, type: 'sub_frame', frameId: 10 + i });
    }
    await bg.settled();
    expect(await counts()).toMatchObject({ tried: 300, dropped: { provenance: 300 } });
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(3);
    writing.mockRestore();
  });

  it('never writes zeros over figures it could not read, and counts on once it can', async () => {
    await fakeBrowser.storage.local.set({
      [LOCAL_KEY.proposals]: {
        tried: 10,
        stored: 2,
        dropped: { provenance: 8, page: 0, waiting: 0 },
      },
    });
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let refuse = true;
    // Only the figures' own key fails to read; the store's reads go through.
    const reading = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys) => {
      if (refuse && keys === LOCAL_KEY.proposals) {
        return Promise.reject(new Error('storage.local is not available'));
      }
      return get(keys as never);
    }) as typeof fakeBrowser.storage.local.get);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bg = createBackground();
    for (let i = 0; i < 3; i += 1) {
      bg.onBeforeRequest({ url: foreign(i), tabId: 7, type: 'sub_frame', frameId: 10 + i });
    }
    await bg.settled();
    const stored = async () =>
      ((await get(LOCAL_KEY.proposals))[LOCAL_KEY.proposals] as ProposalCounts).tried;
    expect(await stored()).toBe(10);
    expect(warn).toHaveBeenCalledTimes(1);
    refuse = false;
    for (let i = 3; i < 5; i += 1) {
      bg.onBeforeRequest({ url: foreign(i), tabId: 7, type: 'sub_frame', frameId: 10 + i });
    }
    await bg.settled();
    expect(await stored()).toBe(12);
    reading.mockRestore();
  });

  it('proposes only the site of the page itself when the browser names it', async () => {
    const bg = createBackground();
    const documentUrl = 'https://www.shop-example.cn/login';
    for (let i = 0; i < 60; i += 1) {
      bg.onBeforeRequest({ url: foreign(i), tabId: 7, type: 'sub_frame', documentUrl });
    }
    bg.onBeforeRequest({
      url: login('https://passport.shop-example.cn/wx'),
      tabId: 7,
      type: 'sub_frame',
      documentUrl,
    });
    await bg.settled();
    expect((await sites()).map(([key]) => key)).toEqual(['s:shop-example.cn']);
    expect(await counts()).toMatchObject({ tried: 61, stored: 1, dropped: { provenance: 60 } });
  });

  it('lets one tab propose at most five sites, even with known appids, until its window ends', async () => {
    const time = clock();
    const bg = createBackground(time);
    for (const [appid, callback] of KNOWN) {
      bg.onBeforeRequest({ url: login(callback, appid), tabId: 7, type: 'sub_frame' });
    }
    await bg.settled();
    expect(await sites()).toHaveLength(PROPOSAL_LIMITS.perPage);
    expect(await counts()).toEqual({
      tried: 6,
      stored: 5,
      dropped: { provenance: 0, page: 1, waiting: 0 },
    });
    // The sixth is proposed once the tab's window is over (a later visit, not a reload loop).
    time.advance(PROPOSAL_LIMITS.pageWindowMs + 1);
    const [appid, callback] = KNOWN[5] ?? [];
    bg.onBeforeRequest({ url: login(callback ?? '', appid), tabId: 7, type: 'sub_frame' });
    await bg.settled();
    expect(await sites()).toHaveLength(6);
  });

  it('does not let a known appid vouch for another site', async () => {
    const bg = createBackground();
    bg.onBeforeRequest({
      url: login('https://www.zh\u0456hu.com/oauth', 'wx268fcfe924dcb171'),
      tabId: 7,
      type: 'sub_frame',
    });
    await bg.settled();
    expect(await sites()).toEqual([]);
  });

  it('still proposes the site of a login that fills the whole tab', async () => {
    const bg = createBackground();
    bg.onBeforeRequest({
      url: login('https://www.unknown-shop.example/wx', undefined, false),
      tabId: 7,
      type: 'main_frame',
      frameId: 0,
    });
    await bg.settled();
    expect((await sites()).map(([key]) => key)).toEqual(['s:unknown-shop.example']);
  });

  it('keeps at most twenty proposals waiting, however many tabs propose', async () => {
    const bg = createBackground();
    for (let tab = 0; tab < 1_200; tab += 1) {
      bg.onBeforeRequest({ url: foreign(tab), tabId: tab, type: 'main_frame', frameId: 0 });
    }
    await bg.settled();
    expect(await sites()).toHaveLength(PROPOSAL_LIMITS.waiting);
    expect(await counts()).toEqual({
      tried: 1_200,
      stored: 20,
      dropped: { provenance: 0, page: 0, waiting: 1_180 },
    });
  });

  it('applies the same limits to what the guard page reports (Firefox, during the period)', async () => {
    const bg = createBackground();
    const sender = (frameId: number) =>
      ({
        id: fakeBrowser.runtime.id,
        url: 'chrome-extension://test-extension-id/guard.html',
        tab: { id: 9 },
        frameId,
      }) as Browser.runtime.MessageSender;
    const replies = [];
    for (let i = 0; i < 60; i += 1) {
      replies.push(await bg.onMessage({ type: 'guard:seen', url: foreign(i) }, sender(i + 1)));
    }
    await bg.settled();
    expect(replies.every((reply) => reply?.ok === true)).toBe(true);
    expect(await sites()).toEqual([]);
    // The guard standing in for a whole tab's login is that tab's one proposal.
    await bg.onMessage({ type: 'guard:seen', url: foreign(99) }, sender(0));
    await bg.settled();
    expect((await sites()).map(([key]) => key)).toEqual(['s:site99.example']);
  });

  it("never drops a user's dismissal nor proposes a dismissed site again", async () => {
    const dismissed = Array.from({ length: LIMITS.dismissed }, (_, i) => `site${i}.example`);
    await fakeBrowser.storage.sync.set({ dismissed });
    const bg = createBackground();
    for (let tab = 0; tab < 1_200; tab += 1) {
      bg.onBeforeRequest({ url: foreign(tab), tabId: tab, type: 'main_frame', frameId: 0 });
    }
    await bg.settled();
    expect((await fakeBrowser.storage.sync.get('dismissed')).dismissed).toEqual(dismissed);
    const proposed = (await sites()).map(([key]) => key);
    expect(proposed).toHaveLength(PROPOSAL_LIMITS.waiting);
    expect(proposed.filter((key) => dismissed.includes(siteIdOfKey(key) ?? ''))).toEqual([]);
  });
});

describe('sync room', () => {
  beforeEach(() => {
    installBackgroundFakes();
  });

  it("goes to the user's entries first: proposals in a full sync move to this device", async () => {
    // Sync as a flood left it before these limits: 510 proposals and the schema marker.
    const flood: Record<string, unknown> = { meta: { schema: 2 } };
    for (let i = 0; i < 511; i += 1)
      flood[`s:site${i}.example`] = { v: 'detected', p: true, at: i };
    await fakeBrowser.storage.sync.set(flood);
    const store = await Store.open();
    // The user adds a site, then dismisses a proposal.
    store.write({ 's:mine.example': { n: 'Mine', at: 5_000 } });
    await store.flush();
    store.write({ 's:site300.example': null, dismissed: ['site300.example'] });
    await store.flush();
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(synced['s:mine.example']).toEqual({ n: 'Mine', at: 5_000 });
    expect(synced.dismissed).toEqual(['site300.example']);
    expect(Object.keys(synced)).toHaveLength(512);
    // The oldest proposal made the room, and waits on this device: nothing was lost.
    expect(synced['s:site0.example']).toBeUndefined();
    const local = await fakeBrowser.storage.local.get('o:s:site0.example');
    expect(local['o:s:site0.example']).toMatchObject({ v: { p: true, at: 0 } });
    expect(store.snapshot.state.sites['site0.example']?.pending).toBe(true);
    expect(store.snapshot.localOnly).toEqual({ 's:site0.example': 'items' });
    store.close();
  });

  it('never gives a proposal the room of a user entry', async () => {
    const full: Record<string, unknown> = { meta: { schema: 2 } };
    for (let i = 0; i < 511; i += 1) full[`s:mine${i}.example`] = { at: i };
    await fakeBrowser.storage.sync.set(full);
    const store = await Store.open();
    store.write({ 's:late.example': { v: 'detected', p: true, at: 9_001 } });
    await store.flush();
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(synced).filter((key) => key.startsWith('s:mine'))).toHaveLength(511);
    expect(synced['s:late.example']).toBeUndefined();
    expect(store.snapshot.localOnly).toEqual({ 's:late.example': 'items' });
    store.close();
  });
});
