import { CATALOGUE } from './catalogue';
import type { CatalogueEntry } from './catalogue-schema';
import type { Locale } from './i18n';
import { defaultSiteName, LIMITS } from './model';
import { SHARED_DOMAINS } from './shared-hosts';

/**
 * Lookups over the site catalogue (utils/catalogue.ts). The indexes are built on first use, so
 * importing this costs nothing until a page or the background asks.
 */

/** A catalogue entry, its id in the site list (its first domain) and its main appid. */
export type KnownSite = CatalogueEntry & { readonly id: string; readonly appid?: string };

export const KNOWN_SITES: readonly KnownSite[] = CATALOGUE.map((entry) => ({
  ...entry,
  id: entry.domains[0],
  ...(entry.appids[0] ? { appid: entry.appids[0] } : {}),
}));

type Index = {
  readonly byDomain: ReadonlyMap<string, KnownSite>;
  readonly byAppid: ReadonlyMap<string, KnownSite>;
  /** Both names of every site, folded (see `fold`). */
  readonly byName: ReadonlyMap<string, KnownSite>;
};
let index: Index | undefined;

/** Words compared as people mean them: full-width letters as ASCII, case and edges aside. */
export const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

function built(): Index {
  index ??= {
    byDomain: new Map(KNOWN_SITES.flatMap((site) => site.domains.map((d) => [d, site] as const))),
    byAppid: new Map(KNOWN_SITES.flatMap((site) => site.appids.map((a) => [a, site] as const))),
    byName: new Map(
      KNOWN_SITES.flatMap((site) => [
        [fold(site.name.zh_CN), site] as const,
        [fold(site.name.en), site] as const,
      ]),
    ),
  };
  return index;
}

/** The catalogue entry of a site id (or of any of the site's domains). */
export const knownSite = (id: string): KnownSite | undefined => built().byDomain.get(id);
export const knownSiteByAppid = (appid: string): KnownSite | undefined =>
  built().byAppid.get(appid);

/**
 * The catalogue entry a host belongs to: the entry of the host itself or of the nearest domain
 * above it (passport.bilibili.com → bilibili.com, console.cloud.tencent.com → cloud.tencent.com).
 * A service of a shared domain is never found through the shared domain alone.
 */
export function knownSiteOfHost(host: string): KnownSite | undefined {
  const { byDomain } = built();
  for (let at = -1; ; ) {
    const candidate = host.slice(at + 1);
    if (SHARED_DOMAINS.includes(candidate)) return undefined;
    const found = byDomain.get(candidate);
    if (found) return found;
    at = host.indexOf('.', at + 1);
    if (at < 0) return undefined;
  }
}

/** The name a site gets when nobody gave it one: the catalogue's, else what its id says. */
export function defaultName(id: string, locale: Locale): string {
  return (knownSite(id)?.name[locale] ?? defaultSiteName(id)).slice(0, LIMITS.name);
}

/**
 * Catalogue sites for what someone is typing: a name as the site writes it (知乎, QQ音乐,
 * bilibili) or a domain (zhihu, y.qq.com, https://www.gitee.com/…). Names and domains that start
 * with the text come first; one Latin letter matches only a start.
 * @public (pages reach it through the loader's import() in utils/catalogue-loader.ts)
 */
export function suggestSites(text: string, limit = 8): KnownSite[] {
  const query = fold(text)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');
  if (query.length === 0) return [];
  const prefixOnly = /^[a-z0-9.-]$/.test(query);
  const starts: KnownSite[] = [];
  const contains: KnownSite[] = [];
  for (const site of KNOWN_SITES) {
    const words = [fold(site.name.zh_CN), fold(site.name.en), ...site.domains];
    const below = site.domains.some((domain) => query.endsWith(`.${domain}`));
    if (below || words.some((word) => word.startsWith(query))) starts.push(site);
    else if (!prefixOnly && words.some((word) => word.includes(query))) contains.push(site);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The catalogue site whose name is exactly `text` (in either language, case aside). */
export const siteNamed = (text: string): KnownSite | undefined => built().byName.get(fold(text));
