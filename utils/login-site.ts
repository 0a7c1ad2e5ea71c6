import { LOGIN_HOST, type WechatLogin } from './detect';
import { siteFromUrl } from './domain';
import type { Locale } from './i18n';
import { knownSite, knownSiteByAppid } from './known-sites';
import { type Patch, SiteIdSchema, type State } from './model';
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
