import { displayDomain, siteFromUrl } from './domain';
import type { Locale } from './i18n';
import { knownSite, knownSiteByAppid } from './known-sites';
import { AppIdSchema, type Patch, SiteIdSchema, type State } from './model';
import { addSite } from './sites';

/**
 * Recognises WeChat's website-login pages from their URL alone (BRIEF.md, "WeChat website
 * login, as a browser sees it"). Only the host and the path decide; parameter order, extra
 * parameters and the fragment (`#wechat_redirect`, `#wechat`, none) never matter, because real
 * sites differ in all three.
 *
 * Pure functions: the background feeds them request details, the guard page its own address,
 * the history scan the user's history.
 */

export const LOGIN_HOST = 'open.weixin.qq.com';

/**
 * - `redirect`: the whole tab goes to WeChat's QR page (`/connect/qrconnect`).
 * - `embedded`: the QR iframe that wxLogin.js puts into the site's own page (same path,
 *   `login_type=jssdk`).
 * - `in-app`: `/connect/oauth2/authorize`, the login inside WeChat's own browser.
 */
export type LoginForm = 'redirect' | 'embedded' | 'in-app';

const PATHS: Readonly<Record<string, 'qrconnect' | 'authorize'>> = {
  '/connect/qrconnect': 'qrconnect',
  '/connect/oauth2/authorize': 'authorize',
};

export type WechatLogin = {
  /**
   * The login URL rebuilt from its parts: https, WeChat's host, the path and the query as they
   * came, and a fragment only when it is a plain word such as `wechat_redirect`. The guard only
   * ever navigates here, so a crafted address cannot send anyone elsewhere.
   */
  readonly url: string;
  readonly form: LoginForm;
  readonly appid?: string;
  /** `redirect_uri`, decoded, absolute; absent when missing or not a web address. */
  readonly redirectUri?: string;
  /** Its host: where the account tied to WeChat lives (siteOfLogin makes it a site id). */
  readonly redirectHost?: string;
};

/** Parses a URL; undefined unless it is one of WeChat's website-login pages. */
export function parseLoginUrl(raw: string | undefined): WechatLogin | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // Exact host: open.weixin.qq.com.evil.com and evilopen.weixin.qq.com are someone else. A
  // port or credentials never occur in WeChat's own links, and the guard's rule (utils/guard.ts)
  // would not match them either: the two must agree.
  if (url.hostname !== LOGIN_HOST || url.port !== '' || url.username || url.password) {
    return undefined;
  }
  const kind = PATHS[url.pathname.toLowerCase()];
  if (!kind) return undefined;

  const params = url.searchParams;
  const form: LoginForm =
    kind === 'authorize'
      ? 'in-app'
      : params.get('login_type') === 'jssdk'
        ? 'embedded'
        : 'redirect';
  const appidParam = params.get('appid')?.trim();
  const appid = appidParam && AppIdSchema.safeParse(appidParam).success ? appidParam : undefined;
  const redirect = readRedirectUri(params.get('redirect_uri'));
  const fragment = /^#[\w-]{1,40}$/.test(url.hash) ? url.hash : '';

  return {
    url: `https://${LOGIN_HOST}${url.pathname}${escapeFilterChars(url.search)}${fragment}`,
    form,
    ...(appid ? { appid } : {}),
    ...(redirect ? { redirectUri: redirect.uri, redirectHost: redirect.host } : {}),
  };
}

/**
 * `*`, `^` and `|` mean something in a declarativeNetRequest urlFilter; percent-encoded they
 * mean the same to WeChat's server and match themselves, so "continue" allows exactly one URL.
 */
function escapeFilterChars(text: string): string {
  return text.replace(/[*^|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * URLSearchParams has already decoded the value once. Some sites encode it twice
 * (`https%253A%252F%252F…`), a few not at all: each of these still names the site. No public
 * suffix list here: the guard page parses logins too and should stay small and quick.
 */
function readRedirectUri(value: string | null): { uri: string; host: string } | undefined {
  let candidate = value?.trim();
  for (let round = 0; candidate && round < 3; round += 1) {
    // A scheme-relative callback (`//www.example.com/cb`) is a web address all the same.
    const absolute = candidate.startsWith('//') ? `https:${candidate}` : candidate;
    const url = parseUrl(absolute);
    if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname) {
      return { uri: url.href, host: url.hostname.toLowerCase().replace(/\.$/, '') };
    }
    if (!/^https?%3a/i.test(candidate)) break;
    try {
      candidate = decodeURIComponent(candidate);
    } catch {
      break;
    }
  }
  return undefined;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

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
