import { LOGIN_HOST, type WechatLogin } from './detect';
import { siteFromUrl } from './domain';
import type { Locale } from './i18n';
import { knownSite, knownSiteByAppid } from './known-sites';
import { type Patch, type ProposalCounts, SiteIdSchema, type State } from './model';
import { displayDomain } from './site-id';
import { addSite } from './sites';

/**
 * Which site a WeChat login belongs to, by registrable domain (public suffix list, tldts), and
 * how a detected one enters the list. Kept apart from utils/detect.ts so that pages which only
 * parse login URLs (the guard page) do not load the suffix list.
 */

/** The page that started a request, as far as the browser tells (it often does not). */
export type RequestOrigin = {
  /** Chromium: the origin of the page, present only with host access to it. */
  readonly initiator?: string;
  /** Firefox: the document a frame belongs to. */
  readonly documentUrl?: string;
  /** Firefox: the page that started the request (also for top-level navigations). */
  readonly originUrl?: string;
};

/** The registrable domain of the page that started a request, WeChat's own pages excepted. */
export function pageSite(origin: RequestOrigin): string | undefined {
  for (const candidate of [origin.initiator, origin.documentUrl, origin.originUrl]) {
    const found = siteFromUrl(candidate);
    if (!found.ok) continue;
    if (found.host === LOGIN_HOST || found.host.endsWith('.weixin.qq.com')) continue;
    return found.id;
  }
  return undefined;
}

export type FoundSite = { readonly id: string; readonly appid?: string };

/**
 * Which site a WeChat login belongs to. The callback (`redirect_uri`) is where the account lives;
 * when it is missing, a known appid names the site; the page around the login is the last
 * resort.
 */
export function siteOfLogin(login: WechatLogin, origin: RequestOrigin = {}): FoundSite | undefined {
  const callback = siteFromUrl(login.redirectUri);
  const id =
    (callback.ok ? callback.id : undefined) ??
    (login.appid && knownSiteByAppid(login.appid)?.id) ??
    pageSite(origin);
  if (!id) return undefined;
  return login.appid ? { id, appid: login.appid } : { id };
}

/**
 * The name a detected site gets in the list: the catalogue's name when the appid or the domain is
 * known, else the domain. An appid only names the site it belongs to: a known appid with some
 * other callback domain does not make that domain "Zhihu".
 */
export function detectedName(found: FoundSite, locale: Locale): string {
  const byAppid = found.appid ? knownSiteByAppid(found.appid) : undefined;
  const known = byAppid?.id === found.id ? byAppid : knownSite(found.id);
  return known?.name[locale] ?? displayDomain(found.id) ?? found.id;
}

/**
 * Records a detected site as "detected, not confirmed": the user may only have looked at the
 * button. Nothing when detection is off, when the user dismissed the site before, or when it is
 * listed already (addSite never overwrites what the user set).
 */
export function detectionPatch(
  state: State,
  found: FoundSite,
  locale: Locale,
  now: number = Date.now(),
): Patch {
  if (!state.settings.detection || state.dismissed.includes(found.id)) return {};
  if (!SiteIdSchema.safeParse(found.id).success) return {};
  return addSite(
    state,
    {
      id: found.id,
      name: detectedName(found, locale),
      via: 'detected',
      pending: true,
      ...(found.appid ? { appid: found.appid } : {}),
    },
    now,
  );
}

// ---------------------------------------------------------------------------------------------
// Proposals from pages the user did not choose: what a page may propose, and how much.

/**
 * A page may make a handful of proposals: one tab proposes at most `perPage` sites in
 * `pageWindowMs` (however many logins it loads, however often it reloads), and at most
 * `waiting` proposals wait unconfirmed at any time. A real login is one click on one site.
 */
export const PROPOSAL_LIMITS = { perPage: 5, pageWindowMs: 10 * 60_000, waiting: 20 } as const;

export type DropReason = keyof ProposalCounts['dropped'];

/**
 * Whether a login may stand for the site it names. A page can embed any number of WeChat
 * logins naming any callback, so the callback alone proves nothing. It counts when the appid is
 * the known one of that very site, or when the page around the login is that site. When the
 * browser does not say which page that was (Chromium tells no initiator without host access to
 * it), only a login that fills the whole tab counts: a page can navigate itself away once, and
 * the user then sees WeChat's own page; a frame of an unknown page counts for nothing.
 */
export function provenanceOf(
  found: FoundSite,
  origin: RequestOrigin,
  topLevel: boolean,
): 'appid' | 'page' | 'top-level' | undefined {
  if (found.appid && knownSiteByAppid(found.appid)?.id === found.id) return 'appid';
  const page = pageSite(origin);
  if (page !== undefined) return page === found.id ? 'page' : undefined;
  return topLevel ? 'top-level' : undefined;
}

/** Proposals waiting for the user to confirm or dismiss them. */
export function waitingCount(state: State): number {
  let count = 0;
  for (const site of Object.values(state.sites)) if (site.pending) count += 1;
  return count;
}

/**
 * The figures of what pages proposed, for the tests and docs/reliability.md: every attempt is
 * either stored or dropped for one reason.
 */
export function countProposal(
  counts: ProposalCounts,
  outcome: 'stored' | DropReason,
): ProposalCounts {
  const dropped = { ...counts.dropped };
  if (outcome !== 'stored') dropped[outcome] += 1;
  return {
    tried: counts.tried + 1,
    stored: counts.stored + (outcome === 'stored' ? 1 : 0),
    dropped,
  };
}
