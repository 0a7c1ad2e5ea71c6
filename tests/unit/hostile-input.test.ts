import { toASCII } from 'punycode/';
import { describe, expect, it } from 'vitest';
import { listedSiteOfUrl, siteOfUrl } from '@/components/popup/current-site';
import { siteFromInput } from '@/utils/domain';
import { readImport } from '@/utils/import-file';
import { planImport } from '@/utils/import-plan';
import { decode, EMPTY_STATE, patches, type Site, type State } from '@/utils/model';
import { cleanText, isConfusableLabel } from '@/utils/safe-text';
import { appSiteId, displayDomain, isLookalikeDomain } from '@/utils/site-id';
import { addSite, updateSite } from '@/utils/sites';
import { planPaste, readLines, resolveSite } from '@/utils/typed-sites';
import { site } from '../helpers/site';

/** What a hostile page or file can put into the list, and what the list makes of it. */

const RLO = '\u202E';
const ZWSP = '\u200B';
const withSites = (sites: Record<string, Site>): State => ({ ...EMPTY_STATE, sites });
const backup = (sites: Record<string, unknown>, dismissed: unknown[] = []) =>
  JSON.stringify({
    format: 'wechat-exit-planner',
    version: 1,
    exportedAt: '2026-12-01T00:00:00.000Z',
    settings: { language: 'auto', detection: true, reminders: true, at: 1 },
    tracker: { at: 1 },
    checklist: {},
    sites,
    dismissed,
  });

describe('look-alike domains', () => {
  it('shows a Cyrillic і in a Latin name in its xn-- form, with a warning', () => {
    const found = siteFromInput('https://www.zh\u0456hu.com/oauth');
    expect(found).toMatchObject({ ok: true, id: 'xn--zhhu-m9d.com' });
    expect(displayDomain('xn--zhhu-m9d.com')).toBe('xn--zhhu-m9d.com');
    expect(isLookalikeDomain('xn--zhhu-m9d.com')).toBe(true);
  });

  it.each([
    ['Cyrillic letters alone that read as "apple"', '\u0430\u0440\u0440\u04cf\u0435'],
    ['a Greek omicron among Latin letters', 'g\u03bfogle'],
    ['a right-to-left override', `a${RLO}moc`],
    ['a zero-width space', `zhi${ZWSP}hu`],
  ])('keeps the xn-- form for %s', (_what, label) => {
    const id = toASCII(`${label}.com`);
    expect(id).toMatch(/^xn--/);
    expect(displayDomain(id)).toBe(id);
    expect(isLookalikeDomain(id)).toBe(true);
  });

  it.each([
    ['例子.中国', '例子.中国'],
    ['bücher.de', 'bücher.de'],
    ['пример.рф', 'пример.рф'],
    ['日本語ドメインtest.jp', '日本語ドメインtest.jp'],
    ['zhihu.com', 'zhihu.com'],
  ])('shows %s as people write it', (input, shown) => {
    const found = siteFromInput(input);
    if (!found.ok) throw new Error(`not a domain: ${input}`);
    expect(displayDomain(found.id)).toBe(shown);
    expect(isLookalikeDomain(found.id)).toBe(false);
  });

  it('tells confusable labels from ordinary ones', () => {
    expect(isConfusableLabel('zh\u0456hu')).toBe(true);
    expect(isConfusableLabel('知乎')).toBe(false);
    expect(isConfusableLabel('müller')).toBe(false);
  });
});

describe('hidden characters', () => {
  it('are stripped from names and notes however a site comes in', () => {
    const name = `Zhi${RLO}hu${ZWSP}`;
    const note = `mo\u2066c.evil${ZWSP}\uFEFF`;
    const added = addSite(EMPTY_STATE, { id: 'zhihu.com', name, note, via: 'manual' }, 5);
    expect(decode(added).state.sites['zhihu.com']).toMatchObject({
      name: 'Zhihu',
      note: 'moc.evil',
    });

    const listed = withSites({ 'zhihu.com': site('x') });
    const edited = updateSite(listed, 'zhihu.com', { name, note }, 6);
    expect(decode(edited).state.sites['zhihu.com']).toMatchObject({
      name: 'Zhihu',
      note: 'moc.evil',
    });

    expect(resolveSite({ name: `知乎${RLO}` }, 'zh_CN')).toMatchObject({ id: 'zhihu.com' });
    const pasted = planPaste(readLines(`Some${ZWSP} app\n`, 'en'), EMPTY_STATE, 7);
    expect(Object.keys(pasted.patch)).toEqual(['s:app:some app']);
    expect(decode(pasted.patch).state.sites['app:some app']?.name).toBe('Some app');

    const csv = readImport(`name,domain,note\nEvil${RLO}moc,evil.example,a${ZWSP}b\n`);
    if (!csv.ok) throw new Error('csv refused');
    const plan = planImport(csv.incoming, EMPTY_STATE, 'en', 8);
    expect(decode(plan.patch).state.sites['evil.example']).toMatchObject({
      name: 'Evilmoc',
      note: 'ab',
    });
  });

  it('are stripped from names another device or an old version stored', () => {
    const { state } = decode({ 's:zhihu.com': { n: `知${RLO}乎`, t: `a${ZWSP}`, at: 1 } });
    expect(state.sites['zhihu.com']).toMatchObject({ name: '知乎', note: 'a' });
    expect(cleanText(`a\u2067b\u2069\u200Ec`)).toBe('abc');
  });

  it('leave an app stored under a name with a zero-width joiner listed, under the cleaned id', () => {
    const { state, repairs, fixes } = decode({ [`s:app:a${ZWSP}pp`]: { n: 'A app', at: 1 } });
    expect(Object.keys(state.sites)).toEqual(['app:app']);
    expect(state.sites['app:app']?.name).toBe('A app');
    expect(repairs).toEqual([
      { key: `s:app:a${ZWSP}pp`, action: 'fixed', reason: 'hidden characters in the id' },
    ]);
    expect(fixes).toEqual({ [`s:app:a${ZWSP}pp`]: null, 's:app:app': { n: 'A app', at: 1 } });
  });

  it('never make an app id of their own', () => {
    expect(appSiteId(`微信读书${ZWSP}`)).toBe('app:微信读书');
  });
});

describe('ids in an import file', () => {
  it('are taken only as registrable domains or app names', () => {
    const read = readImport(
      backup({
        [`zh${RLO}ihu.com`]: site('x'),
        [`zhi${ZWSP}hu.com`]: site('x'),
        'www.zhihu.com': site('x'),
        __proto__: site('x'),
        constructor: site('x'),
        'app:微信读书': site('微信读书'),
        'xn--zhhu-m9d.com': site('zhіhu'),
        'jd.com': site('京东'),
      }),
    );
    if (!read.ok) throw new Error('backup refused');
    expect(read.incoming.sites.map((s) => s.id).sort()).toEqual(
      ['app:微信读书', 'jd.com', 'xn--zhhu-m9d.com'].sort(),
    );
    expect(read.incoming.rejected.map((r) => r.where)).toEqual(
      expect.arrayContaining([
        { kind: 'site', id: `zh${RLO}ihu.com` },
        { kind: 'site', id: `zhi${ZWSP}hu.com` },
        { kind: 'site', id: 'www.zhihu.com' },
        { kind: 'site', id: 'constructor' },
      ]),
    );
  });

  it('are refused in the dismissed list too', () => {
    const read = readImport(backup({}, ['jd.com', `a${RLO}.com`, '__proto__']));
    if (!read.ok) throw new Error('backup refused');
    expect(read.incoming.dismissed).toEqual(['jd.com']);
  });
});

describe('names that are not plain data', () => {
  it('never become sites, and cannot reach the map behind the list', () => {
    const { state, repairs } = decode({
      's:__proto__': { n: 'proto', at: 1 },
      's:constructor': { n: 'ctor', at: 1 },
      'c:__proto__': { state: 'done', at: 1 },
      'c:toString': { state: 'done', at: 1 },
      's:zhihu.com': { n: '知乎', at: 1 },
    });
    expect(Object.keys(state.sites)).toEqual(['zhihu.com']);
    expect(state.sites.constructor).toBeUndefined();
    expect(Object.getPrototypeOf(state.sites)).toBeNull();
    expect(Object.hasOwn(state.sites, '__proto__')).toBe(false);
    expect(Object.keys(state.checklist)).toEqual([]);
    expect(state.checklist.toString).toBeUndefined();
    // Each is reported and removed from storage.
    expect(repairs.map((r) => `${r.key} ${r.action}`).sort()).toEqual([
      'c:__proto__ dropped',
      'c:toString dropped',
      's:__proto__ dropped',
      's:constructor dropped',
    ]);
  });

  it('are refused as ids when written', () => {
    expect(() => patches.site('__proto__', site('x'))).toThrow();
    expect(() => patches.site('constructor', site('x'))).toThrow();
    expect(() => patches.check('__proto__', { state: 'done', at: 1 })).toThrow();
  });

  it('never match a listed site in the popup', async () => {
    const listed = decode({ 's:zhihu.com': { at: 1 } }).state.sites;
    expect(listedSiteOfUrl('http://x.constructor/', listed)).toBeUndefined();
    expect(listedSiteOfUrl('http://__proto__.x.constructor/', {})).toBeUndefined();
    expect(await siteOfUrl('http://constructor/')).toEqual({ kind: 'page', reason: 'no-domain' });
  });
});
