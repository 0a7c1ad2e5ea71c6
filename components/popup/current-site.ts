import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The site of the tab the popup was opened over. Only `activeTab` is needed: opening the popup
 * grants it for that tab, which is what makes its `url` readable. Browser pages never grant it,
 * so a tab without a url is treated as one of those, never as an error.
 */

export type PageReason = 'browser' | 'extension' | 'file' | 'unknown' | 'no-domain';

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
export function pageReason(url: string | undefined): PageReason | undefined {
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

export async function readCurrentSite(): Promise<CurrentSite> {
  let url: string | undefined;
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    url = tab?.url;
  } catch {
    url = undefined;
  }
  const reason = pageReason(url);
  if (reason) return { kind: 'page', reason };
  try {
    // The public suffix list is most of the popup's weight (over 100 KB gzipped): loading it
    // here lets the checklist appear without waiting for it.
    const { displayDomain, siteFromUrl } = await import('@/utils/domain');
    const site = siteFromUrl(url);
    if (!site.ok)
      return { kind: 'page', reason: site.reason === 'no-domain' ? 'no-domain' : 'unknown' };
    return { kind: 'site', id: site.id, domain: displayDomain(site.id) ?? site.id };
  } catch {
    return { kind: 'page', reason: 'unknown' };
  }
}

let early: { readonly promise: Promise<CurrentSite>; value?: CurrentSite } | undefined;

/**
 * Starts finding the current site as the popup opens, beside the storage read, instead of after
 * the first render: asking for the tab and loading the suffix list take as long as the rest of
 * the popup's start. The popup's entry calls this once.
 */
export function findCurrentSiteEarly(): void {
  // Fetching and compiling the suffix list overlaps the tab query and the storage read.
  void import('@/utils/domain').catch(() => undefined);
  const found = { promise: readCurrentSite() } as NonNullable<typeof early>;
  early = found;
  void found.promise.then((value) => {
    found.value = value;
  });
}

export function useCurrentSite(): CurrentSite {
  // Found before the first render: shown in it.
  const [site, setSite] = useState<CurrentSite>(() => early?.value ?? { kind: 'loading' });
  const loading = site.kind === 'loading';
  useEffect(() => {
    if (!loading) return;
    let live = true;
    void (early?.promise ?? readCurrentSite()).then((found) => {
      if (live) setSite(found);
    });
    return () => {
      live = false;
    };
  }, [loading]);
  return site;
}
