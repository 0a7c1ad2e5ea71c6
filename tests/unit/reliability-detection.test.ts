import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/utils/background';
import { PROPOSAL_LIMITS } from '@/utils/login-site';
import { LOCAL_KEY, type ProposalCounts } from '@/utils/model';
import { Store, SYNC_QUOTA } from '@/utils/store';
import { installBackgroundFakes } from '../helpers/fake-background';
import { KNOWN_LOGINS as KNOWN, QR } from '../helpers/login-urls';
import { record, SEED } from '../helpers/reliability';

/**
 * Hostile pages against the list (issue 14): random floods of WeChat logins, in frames and whole
 * tabs, over a sync storage already full of the user's sites and of proposals an older version
 * let in. The user then adds sites and dismisses one.
 */

const RUNS = 100;

const login = (callback: string, appid: string, embedded: boolean) =>
  `${QR}?appid=${appid}&redirect_uri=${encodeURIComponent(callback)}&scope=snsapi_login${
    embedded ? '&login_type=jssdk' : ''
  }`;

type Request = {
  kind: 'foreign-frame' | 'known-frame' | 'own-frame' | 'misnamed-frame' | 'tab';
  tab: number;
  n: number;
};
const requestArb: fc.Arbitrary<Request> = fc.record({
  kind: fc.constantFrom('foreign-frame', 'known-frame', 'own-frame', 'misnamed-frame', 'tab'),
  tab: fc.integer({ min: 1, max: 12 }),
  n: fc.integer({ min: 0, max: 5_000 }),
});

/** What the browser would report for one request of a hostile page on `evil{tab}.example`. */
function details(request: Request) {
  const { kind, tab, n } = request;
  const page = `https://www.evil${tab}.example/prize`;
  const [appid, callback] = KNOWN[n % KNOWN.length] ?? ['', ''];
  switch (kind) {
    case 'foreign-frame':
      return {
        url: login(`https://a.site${n}.example/cb`, 'wx00000000000000aa', true),
        tabId: tab,
        type: 'sub_frame',
      };
    case 'known-frame':
      return { url: login(callback, appid, true), tabId: tab, type: 'sub_frame' };
    case 'own-frame':
      // The page's own site, under another host each time: one site however often.
      return {
        url: login(`https://cb${n}.evil${tab}.example/`, 'wx00000000000000aa', true),
        tabId: tab,
        type: 'sub_frame',
        documentUrl: page,
      };
    case 'misnamed-frame':
      return {
        url: login(`https://www.zh\u0456hu${n}.com/`, 'wx268fcfe924dcb171', true),
        tabId: tab,
        type: 'sub_frame',
        documentUrl: page,
      };
    case 'tab':
      return {
        url: login(`https://www.top${n}.example/cb`, 'wx00000000000000aa', false),
        tabId: tab,
        type: 'main_frame',
        frameId: 0,
      };
  }
}

beforeEach(() => {
  installBackgroundFakes();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('pages flooding the list with WeChat logins', () => {
  it('store at most 5 proposals a tab and 20 in all, and never take sync room from the user', async () => {
    const totals = { runs: 0, tried: 0, stored: 0, provenance: 0, page: 0, waiting: 0 };
    let userEntries = 0;
    let movedOut = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 25 }),
        fc.array(requestArb, { minLength: 1, maxLength: 300, size: 'max' }),
        async (old, requests) => {
          fakeBrowser.reset();
          installBackgroundFakes();
          // Sync full: proposals an older version let in, and the user's sites.
          const full: Record<string, unknown> = {
            meta: { schema: 2 },
            dismissed: ['evil1.example'],
          };
          for (let i = 0; i < old; i += 1)
            full[`s:old${i}.example`] = { v: 'detected', p: true, at: 2 + i };
          // Room for exactly the three sites the user adds below; proposals may have filled it.
          const mine = SYNC_QUOTA.items - Object.keys(full).length - 3;
          for (let i = 0; i < mine; i += 1) full[`s:mine${i}.example`] = { at: 1 };
          await fakeBrowser.storage.sync.set(full);

          const bg = createBackground({ now: () => 1_800_000_000_000 });
          for (const request of requests) bg.onBeforeRequest(details(request));
          await bg.settled();
          const counts = (await fakeBrowser.storage.local.get(LOCAL_KEY.proposals))[
            LOCAL_KEY.proposals
          ] as ProposalCounts | undefined;
          const c = counts ?? {
            tried: 0,
            stored: 0,
            dropped: { provenance: 0, page: 0, waiting: 0 },
          };
          expect(c.tried).toBe(
            c.stored + c.dropped.provenance + c.dropped.page + c.dropped.waiting,
          );

          const store = await Store.open();
          const state = store.snapshot.state;
          const fresh = Object.entries(state.sites).filter(
            ([id, site]) => site.pending && !id.startsWith('old'),
          );
          expect(fresh.length).toBe(c.stored);
          // Each new proposal is the page's own site, a known appid's site or a whole tab's.
          for (const [id] of fresh) {
            expect(id).toMatch(
              /^(evil\d+\.example|top\d+\.example|zhihu\.com|jd\.com|csdn\.net|juejin\.cn|baidu\.com|yhd\.com)$/,
            );
          }
          expect(fresh.some(([id]) => id === 'evil1.example')).toBe(false);
          const waiting = Object.values(state.sites).filter((site) => site.pending).length;
          expect(c.stored).toBeLessThanOrEqual(PROPOSAL_LIMITS.waiting);
          const tabs = new Set(requests.map((request) => details(request).tabId));
          expect(c.stored).toBeLessThanOrEqual(PROPOSAL_LIMITS.perPage * tabs.size);
          expect(waiting).toBeGreaterThanOrEqual(c.stored);

          // The user adds three sites and dismisses a proposal: all of it syncs.
          store.write({
            's:added1.example': { at: 3 },
            's:added2.example': { at: 3 },
            's:added3.example': { at: 3 },
          });
          await store.flush();
          // Dismissing a proposal: one of the old ones, or else one just made.
          const gone =
            Object.keys(state.sites).find((id) => state.sites[id]?.pending) ?? 'none.example';
          store.write({ [`s:${gone}`]: null, dismissed: ['evil1.example', gone] });
          await store.flush();
          const synced = await fakeBrowser.storage.sync.get(null);
          for (let i = 0; i < mine; i += 1) expect(synced[`s:mine${i}.example`]).toEqual({ at: 1 });
          for (const key of ['s:added1.example', 's:added2.example', 's:added3.example']) {
            expect(synced[key]).toEqual({ at: 3 });
          }
          expect(synced.dismissed).toEqual(['evil1.example', gone]);
          // Nothing lost: a proposal that made room waits on this device.
          const after = store.snapshot.state;
          expect(Object.values(after.sites).filter((site) => site.pending).length).toBe(
            waiting - 1,
          );
          movedOut += Object.keys(store.snapshot.localOnly).length;
          store.close();

          totals.runs += 1;
          totals.tried += c.tried;
          totals.stored += c.stored;
          totals.provenance += c.dropped.provenance;
          totals.page += c.dropped.page;
          totals.waiting += c.dropped.waiting;
          userEntries += mine + 3;
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    record({
      tried: `${RUNS} hostile floods of 1–300 WeChat logins each (hidden frames naming other sites, frames with known appids, frames naming the page's own site, a known appid on a look-alike domain, whole-tab logins) from up to 12 tabs, over storage.sync holding the user's sites and 0–25 proposals an older version let in, with room for 3 more items; then the user adds 3 sites and dismisses one`,
      cases: RUNS,
      result: `${totals.tried} proposals tried: ${totals.stored} stored (never more than 5 a tab, 20 waiting), ${totals.provenance} dropped as not standing for their page, ${totals.page} over a tab's 5, ${totals.waiting} over the 20 waiting; all ${userEntries} user entries and every dismissal stayed in sync, ${movedOut} proposals moved to this device to make room and none was lost`,
    });
  });
});
