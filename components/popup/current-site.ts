import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Catalogue, catalogueNow, loadCatalogue } from '@/utils/catalogue-loader';
import type { KnownSite } from '@/utils/known-sites';
import { isSiteId } from '@/utils/model';
import { isWechatHost, SHARED_DOMAINS } from '@/utils/shared-hosts';
import { displayDomain, isAppId } from '@/utils/site-id';

/**
 * The site of the tab the popup was opened over. Only `activeTab` is needed: opening the popup
 * grants it for that tab, which is what makes its `url` readable. Browser pages never grant it,
 * so a tab without a url is treated as one of those, never as an error.
 */

export type PageReason = 'browser' | 'extension' | 'file' | 'unknown' | 'no-domain' | 'wechat';

export type CurrentSite =
  | { readonly kind: 'loading' }
  | { readonly kind: 'page'; readonly reason: PageReason }
  | { readonly kind: 'site'; readonly id: string; readonly domain: string };

const EXTENSION_SCHEMES = new Set([
  'chrome-extension:',
  'moz-extension:',
  'extension:',
  'safari-web-extension:',
]);

/** Why a url is not a website, or undefined when it may be one. */
function pageReason(url: string | undefined): PageReason | undefined {
  if (!url) return 'unknown';
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return 'unknown';
  }
  if (protocol === 'http:' || protocol === 'https:') return undefined;
  if (protocol === 'file:') return 'file';
  if (EXTENSION_SCHEMES.has(protocol)) return 'extension';
  return 'browser';
}

/**
 * The address of the tab the popup was opened over, when the browser lets us read it. The
 * popup's entry asks as it starts, beside the storage read.
 */
export async function tabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url;
  } catch {
    return undefined;
  }
}

/**
 * The site of a listed address, found without the public suffix list: a listed id is a
 * registrable domain (the list was made with the suffix list), so a host that is the id, or ends
 * with "." and the id, belongs to it. Undefined when no listed site matches: ask `siteOfUrl`.
 */
export function listedSiteOfUrl(
  url: string | undefined,
  listed: Readonly<Record<string, unknown>>,
): CurrentSite | undefined {
  const reason = pageReason(url);
  if (reason) return { kind: 'page', reason };
  const host = new URL(url as string).hostname.toLowerCase().replace(/\.$/, '');
  if (isWechatHost(host)) return { kind: 'page', reason: 'wechat' };
  let best: string | undefined;
  for (let at = 0; at >= 0; at = host.indexOf('.', at + 1)) {
    const candidate = at === 0 ? host : host.slice(at + 1);
    // Below a shared domain (qq.com) a host is a service of its own: the catalogue decides.
    if (SHARED_DOMAINS.includes(candidate) && host !== candidate && host !== `www.${candidate}`)
      break;
    if (Object.hasOwn(listed, candidate) && !isAppId(candidate)) {
      best = candidate;
      break;
    }
  }
  return best ? { kind: 'site', id: best, domain: displayDomain(best) ?? best } : undefined;
}

/** The site of any address, by the public suffix list (loaded on first use, 50 KB gzip). */
export async function siteOfUrl(url: string | undefined): Promise<CurrentSite> {
  const reason = pageReason(url);
  if (reason) return { kind: 'page', reason };
  try {
    const [{ siteFromUrl }] = await Promise.all([import('@/utils/domain'), loadCatalogue()]);
    const site = siteFromUrl(url);
    if (!site.ok) {
      const reason =
        site.reason === 'invalid' || site.reason === 'not-web' ? 'unknown' : site.reason;
      return { kind: 'page', reason };
    }
    // `http://constructor/` is a host, but no site can be listed under that name.
    if (!isSiteId(site.id)) return { kind: 'page', reason: 'no-domain' };
    return { kind: 'site', id: site.id, domain: displayDomain(site.id) ?? site.id };
  } catch {
    return { kind: 'page', reason: 'unknown' };
  }
}

/**
 * The catalogue's entry of the current site. It is no part of the popup's first render over a
 * listed site (the list has the name): the entry follows the first paint there.
 */
export function useKnownSite(current: CurrentSite): KnownSite | undefined {
  const [loaded, setLoaded] = useState<Catalogue | undefined>(catalogueNow);
  const id = current.kind === 'site' ? current.id : undefined;
  useEffect(() => {
    if (loaded || !id) return;
    let live = true;
    loadCatalogue().then(
      (module) => live && setLoaded(module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id, loaded]);
  return id ? loaded?.knownSite(id) : undefined;
}

/** The site found before the first render (the popup's entry waits for it). */
let found: CurrentSite | undefined;

/**
 * Finds the site of the tab the popup was opened over, for its first render: a listed site (the
 * sites a user comes back to) at once, any other with the suffix list, fetched only then (137 KB:
 * a popup over a listed site, or over a browser page, never loads it).
 */
export async function findCurrentSite(
  url: Promise<string | undefined>,
  listed: Readonly<Record<string, unknown>>,
): Promise<CurrentSite> {
  const address = await url;
  found = listedSiteOfUrl(address, listed) ?? (await siteOfUrl(address));
  return found;
}

/**
 * The current site: the one found before the first render, or, where nobody looked for it first
 * (a test mounting the popup on its own), found now while the rest is shown.
 */
export function useCurrentSite(listed: Readonly<Record<string, unknown>>): CurrentSite {
  const [site, setSite] = useState<CurrentSite>(() => found ?? { kind: 'loading' });
  const loading = site.kind === 'loading';
  // Read when the address arrives, not as a dependency: the answer for a page does not change.
  const latest = useRef(listed);
  latest.current = listed;
  useEffect(() => {
    if (!loading) return;
    let live = true;
    void tabUrl()
      .then((url) => listedSiteOfUrl(url, latest.current) ?? siteOfUrl(url))
      .then((site) => {
        if (live) setSite(site);
      });
    return () => {
      live = false;
    };
  }, [loading]);
  return site;
}
