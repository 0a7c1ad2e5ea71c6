import { LOGIN_HOST, parseLoginUrl } from './detect';
import { siteFromUrl } from './domain';
import type { Locale } from './i18n';
import { knownSiteOfHost } from './known-sites';
import { detectedName, siteOfLogin } from './login-site';
import { type Patch, patches, type State } from './model';
import { addSite } from './sites';

/**
 * Finds past WeChat logins in the browser's history, on this device only. Two kinds of trace:
 * - `login`: WeChat's login page itself; its `redirect_uri` names the site.
 * - `callback`: the site's page WeChat sent the browser back to, recognisable by `code=` and
 *   `state=` on a path that mentions wechat, weixin or wx. Weaker: only the path says "WeChat".
 * - `visited`: any page of a catalogue site (utils/catalogue.ts). Weakest: the site offers
 *   WeChat login, but only the user knows whether they used it; it is listed apart and never
 *   ticked for them.
 */

/** What the scan reads of a history item (browser.history.HistoryItem has more). */
export type HistoryEntry = {
  readonly url?: string;
  readonly lastVisitTime?: number;
  readonly visitCount?: number;
};

type Evidence = 'login' | 'callback' | 'visited';

/** Stronger evidence replaces weaker in a site's one finding. */
const STRENGTH: Readonly<Record<Evidence, number>> = { login: 3, callback: 2, visited: 1 };

export type HistoryFinding = {
  readonly id: string;
  readonly evidence: Evidence;
  readonly appid?: string;
  /** Most recent visit of any trace, ms since the epoch (0 when the browser did not say). */
  readonly lastVisit: number;
  readonly visits: number;
};

const WECHAT_PATH = /wechat|weixin|(?:^|[^a-z])wx/;
/** WeChat's own pages come back with code and state too; they are not a site to rebind. */

function callbackSite(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!url.searchParams.get('code') || !url.searchParams.has('state')) return undefined;
  if (!WECHAT_PATH.test(url.pathname.toLowerCase())) return undefined;
  // WeChat's own pages come back with code and state too: siteFromUrl says they are no site.
  const found = siteFromUrl(raw);
  return found.ok ? found.id : undefined;
}

/** The host of a web address, read without parsing the whole URL (most of history is not ours). */
const WEB_HOST = /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i;

function catalogueSite(url: string): string | undefined {
  const host = WEB_HOST.exec(url)?.[1]?.toLowerCase();
  return host ? knownSiteOfHost(host.replace(/\.$/, ''))?.id : undefined;
}

/**
 * Reads history items into one finding per site, most recent first. Built for whole histories:
 * a cheap substring test skips the many entries that cannot be a trace before any URL parsing.
 */
export function scanHistory(items: readonly HistoryEntry[]): HistoryFinding[] {
  const found = new Map<
    string,
    { evidence: Evidence; appid?: string; last: number; visits: number }
  >();
  const note = (id: string, evidence: Evidence, item: HistoryEntry, appid?: string) => {
    const last = item.lastVisitTime ?? 0;
    const visits = item.visitCount ?? 1;
    const seen = found.get(id);
    // Page visits count only for a site with no trace of a login: "last time" then means a login.
    if (!seen || (seen.evidence === 'visited' && evidence !== 'visited')) {
      found.set(id, { evidence, ...(appid ? { appid } : {}), last, visits });
      return;
    }
    if (evidence === 'visited' && seen.evidence !== 'visited') return;
    if (STRENGTH[evidence] > STRENGTH[seen.evidence]) seen.evidence = evidence;
    seen.appid ??= appid;
    seen.last = Math.max(seen.last, last);
    seen.visits += visits;
  };

  for (const item of items) {
    const url = item.url;
    if (!url) continue;
    if (url.includes(LOGIN_HOST)) {
      const login = parseLoginUrl(url);
      const site = login && siteOfLogin(login);
      if (site) note(site.id, 'login', item, site.appid);
      continue;
    }
    const callback =
      url.includes('code=') && url.includes('state=') ? callbackSite(url) : undefined;
    if (callback) {
      note(callback, 'callback', item);
      continue;
    }
    const known = catalogueSite(url);
    if (known) note(known, 'visited', item);
  }

  return [...found.entries()]
    .map(([id, seen]) => ({
      id,
      evidence: seen.evidence,
      ...(seen.appid ? { appid: seen.appid } : {}),
      lastVisit: seen.last,
      visits: seen.visits,
    }))
    .sort((a, b) => b.lastVisit - a.lastVisit || a.id.localeCompare(b.id));
}

export type Proposal = HistoryFinding & {
  readonly name: string;
  /** The user dismissed this site when it was detected before. */
  readonly dismissed: boolean;
};

/** What to offer: findings not on the list yet, named; and how many were already listed. */
export function proposals(
  findings: readonly HistoryFinding[],
  state: State,
  locale: Locale,
): { offered: Proposal[]; listed: number } {
  const offered: Proposal[] = [];
  let listed = 0;
  for (const finding of findings) {
    if (state.sites[finding.id]) {
      listed += 1;
      continue;
    }
    offered.push({
      ...finding,
      name: detectedName(finding, locale),
      dismissed: state.dismissed.includes(finding.id),
    });
  }
  return { offered, listed };
}

/**
 * Adds the sites the user ticked. They are confirmed (the user chose them), so not pending; a
 * site they had dismissed before leaves the dismissed list, since they now want it.
 */
export function addFound(
  state: State,
  chosen: readonly Proposal[],
  now: number = Date.now(),
): Patch {
  const patch: Record<string, unknown> = {};
  for (const site of chosen) {
    Object.assign(
      patch,
      addSite(
        state,
        {
          id: site.id,
          name: site.name,
          via: 'detected',
          ...(site.appid ? { appid: site.appid } : {}),
        },
        now,
      ),
    );
  }
  const ids = new Set(chosen.map((site) => site.id));
  if (state.dismissed.some((id) => ids.has(id))) {
    Object.assign(patch, patches.dismissed(state.dismissed.filter((id) => !ids.has(id))));
  }
  return patch;
}
