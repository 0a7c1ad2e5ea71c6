import { act, cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import type { ComponentType } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LegacyApp } from '@/components/legacy/LegacyApp';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { PageProps } from '@/components/Page';
import { PopupApp } from '@/components/popup/PopupApp';
import zhCommon from '@/locales/zh_CN/common';
import { siteFromInput } from '@/utils/domain';
import { t } from '@/utils/i18n';
import { checkKey, KEY, patches, SCHEMA_VERSION, type Site, siteKey } from '@/utils/model';
import { Store } from '@/utils/store';
import { CHECK_IDS, domainArb, junkArb, siteArb } from '../helpers/arbitraries';
import { record, SEED } from '../helpers/reliability';
import { laterPartsIn } from './options-harness';

/**
 * The real pages over storage that went wrong at random. Rendering costs far more than decoding,
 * so each page gets 200 cases; the pure store property (tests/unit/reliability-storage.test.ts)
 * runs 1,000 over the same kind of damage.
 */
const RUNS = 200;

type Stored = {
  readonly items: Record<string, unknown>;
  readonly sites: Readonly<Record<string, Site>>;
  readonly checks: Readonly<Record<string, 'done' | 'na'>>;
  readonly broken: ReadonlySet<string>;
};

const storedArb: fc.Arbitrary<Stored> = fc
  .tuple(
    fc.dictionary(domainArb, siteArb, { minKeys: 1, maxKeys: 30 }),
    fc.dictionary(fc.constantFrom(...CHECK_IDS), fc.constantFrom('done' as const, 'na' as const), {
      maxKeys: 20,
    }),
    fc.array(
      fc.tuple(
        fc.oneof(
          domainArb.map(siteKey),
          fc.constantFrom(...CHECK_IDS).map(checkKey),
          fc.constantFrom(KEY.settings, KEY.tracker, KEY.dismissed, KEY.meta, 'stray', 's:BAD'),
        ),
        junkArb,
      ),
      { minLength: 1, maxLength: 10 },
    ),
  )
  .map(([sites, checks, damage]) => {
    const items: Record<string, unknown> = { [KEY.meta]: { schema: SCHEMA_VERSION } };
    for (const [id, site] of Object.entries(sites)) Object.assign(items, patches.site(id, site));
    for (const [id, state] of Object.entries(checks)) items[checkKey(id)] = { state, at: 1 };
    const broken = new Set<string>();
    for (const [key, junk] of damage) {
      items[key] = junk;
      broken.add(key);
    }
    return { items: JSON.parse(JSON.stringify(items)), sites, checks, broken };
  });

/** The sites and checklist entries nobody damaged. */
const intactSites = (stored: Stored) =>
  Object.entries(stored.sites).filter(([id]) => !stored.broken.has(siteKey(id)));
const intactChecks = (stored: Stored) =>
  Object.entries(stored.checks).filter(([id]) => !stored.broken.has(checkKey(id)));

/** Every paragraph that says entries were repaired, whatever the count. */
function repairNotices(): Element[] {
  const template = zhCommon['storage.repaired'].other;
  const [head = '', tail = ''] = template.split('{count}');
  return [...document.querySelectorAll('p')].filter((p) => {
    const text = p.textContent ?? '';
    return text.includes(head) && text.includes(tail);
  });
}

type Checks = (stored: Stored, store: Store) => Promise<void> | void;

/**
 * Opens a page over the stored items and checks it: it renders, shows what survived, and tells
 * of the repairs once. The repair is written back, and a page opened after it says nothing.
 */
async function runPage(
  name: string,
  App: ComponentType<PageProps>,
  checks: Checks,
  before?: (stored: Stored) => void,
): Promise<{ repairs: number; shown: number }> {
  let repairs = 0;
  let shown = 0;
  const errors = vi.spyOn(console, 'error');
  await fc.assert(
    fc.asyncProperty(storedArb, async (stored) => {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set(stored.items);
      before?.(stored);
      const store = await Store.open();
      try {
        render(<App store={store} />);
        const count = store.snapshot.repairs.length;
        repairs += count;
        for (const repair of store.snapshot.repairs)
          expect(stored.broken.has(repair.key)).toBe(true);
        await checks(stored, store);

        // Told once: one notice with the number of repairs, none when nothing was broken.
        const notices = repairNotices();
        expect(notices, name).toHaveLength(count > 0 ? 1 : 0);
        if (count > 0) {
          shown += 1;
          expect(notices[0]?.textContent).toContain(t('storage.repaired', { count }));
        }
        // The repair is written back; the notice stays as it was, not counted twice.
        await act(() => store.flush());
        expect(repairNotices()).toHaveLength(count > 0 ? 1 : 0);
        if (count > 0) {
          expect(repairNotices()[0]?.textContent).toContain(t('storage.repaired', { count }));
        }
      } finally {
        cleanup();
        store.close();
      }
      // The next page to open finds nothing to repair, so it says nothing.
      const again = await Store.open();
      expect(again.snapshot.repairs).toEqual([]);
      again.close();
      expect(errors).not.toHaveBeenCalled();
    }),
    { seed: SEED, numRuns: RUNS },
  );
  return { repairs, shown };
}

/** An intact site a tab can show: "uk.net" and the like are public suffixes, not sites. */
const onTab = (stored: Stored) =>
  intactSites(stored).find(([id]) => {
    const site = siteFromInput(`www.${id}`);
    return site.ok && site.id === id;
  });

type Tab = Browser.tabs.Tab;

/** Lets pending promises and effects run until `done` holds (quicker than waitFor's polling). */
async function settle(done: () => boolean): Promise<void> {
  for (let round = 0; round < 50 && !done(); round += 1) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

const warn = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('pages over corrupted storage', () => {
  it('the popup renders, shows every intact checklist entry and the current site, and tells of the repairs once', async () => {
    warn();
    let tabUrl: string | undefined;
    vi.spyOn(browser.tabs, 'query').mockImplementation(() =>
      Promise.resolve([{ id: 1, index: 0, url: tabUrl, active: true } as Tab]),
    );
    let sitesShown = 0;
    const started = performance.now();
    const { repairs, shown } = await runPage(
      'popup',
      PopupApp,
      async (stored, store) => {
        expect(document.querySelector('h1')?.textContent).toBe(t('app.name'));
        for (const [id, state] of intactChecks(stored)) {
          const box = document.getElementById(`check-${id}`) as HTMLInputElement | null;
          expect(box?.checked).toBe(state === 'done');
          expect(box?.closest('li')?.getAttribute('data-state')).toBe(state);
        }
        // The tab shows the first intact site: the card names it as stored.
        const [id, site] = onTab(stored) ?? [];
        if (!id || !site) return;
        const shownName = store.snapshot.state.sites[id]?.name;
        expect(shownName).toBe(site.name);
        const card = () => document.querySelector('.site-name strong')?.textContent;
        await settle(() => card() !== undefined);
        expect(card()).toBe(site.name);
        sitesShown += 1;
      },
      (stored) => {
        const [id] = onTab(stored) ?? [];
        tabUrl = id ? `https://www.${id}/page` : 'chrome://newtab/';
      },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    record({
      tried: `${RUNS} popups opened over storage with 1–30 sites and up to 20 checklist items, 1–10 entries replaced by junk (the storage battery's generators), the current tab on an intact site (${RUNS} cases, not 1000: rendering costs far more than decoding; the store property runs 1000; ${seconds} s)`,
      cases: RUNS,
      result: `every popup rendered without an error; every intact checklist entry showed its state and ${sitesShown} current-site cards named their site as stored; ${shown} popups with ${repairs} repairs said so in one notice with the right count, unchanged after the repair was written; a page opened next had nothing to report`,
    });
  }, 120_000);

  it('the options page renders every surviving site and tells of the repairs once', async () => {
    warn();
    let rows = 0;
    const started = performance.now();
    const { repairs, shown } = await runPage('options', OptionsApp, async (stored, store) => {
      // The repair notice is in the storage section, which follows the first render.
      await laterPartsIn();
      const listed = [...document.querySelectorAll('tr[data-site]')].map((row) =>
        row.getAttribute('data-site'),
      );
      // Exactly the sites that survived: intact ones and repaired ones, nothing dropped shown.
      expect(new Set(listed)).toEqual(new Set(Object.keys(store.snapshot.state.sites)));
      for (const [id, site] of intactSites(stored)) {
        const row = document.querySelector(`tr[data-site="${CSS.escape(id)}"]`);
        // The row's header cell: the stored name, then perhaps the "to confirm" badge.
        expect(row?.querySelector('th')?.textContent?.startsWith(site.name), id).toBe(true);
        rows += 1;
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    record({
      tried: `${RUNS} options pages opened over the same kind of damaged storage (${RUNS} cases, not 1000: rendering costs far more than decoding; ${seconds} s)`,
      cases: RUNS,
      result: `every page rendered without an error and listed exactly the sites that survived (${rows} intact rows, each with its stored name, plus the repaired ones); ${shown} pages with ${repairs} repairs said so once in the storage section, unchanged after the repair was written; a page opened next had nothing to report`,
    });
  }, 120_000);

  it('the digital-legacy page lists every surviving site and tells of the repairs once', async () => {
    warn();
    let sites = 0;
    const started = performance.now();
    const { repairs, shown } = await runPage('legacy', LegacyApp, (stored, store) => {
      const names = [...document.querySelectorAll('tbody th[scope="row"]')].map(
        (cell) => cell.textContent,
      );
      expect(names).toHaveLength(Object.keys(store.snapshot.state.sites).length);
      for (const [, site] of intactSites(stored)) {
        expect(names).toContain(site.name);
        sites += 1;
      }
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    record({
      tried: `${RUNS} digital-legacy pages opened over the same kind of damaged storage (${RUNS} cases; ${seconds} s)`,
      cases: RUNS,
      result: `every page rendered without an error and listed exactly the surviving sites (${sites} intact ones by their stored names); ${shown} pages with ${repairs} repairs said so once, outside the printed list; a page opened next had nothing to report`,
    });
  }, 120_000);
});
