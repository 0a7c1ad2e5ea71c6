import { AppIdSchema } from './model';

/**
 * Recognises WeChat's website-login pages from their URL alone. Only the host and the path
 * decide; parameter order, extra parameters and the fragment (`#wechat_redirect`, `#wechat`,
 * none) never matter, because real sites differ in all three.
 *
 * Pure functions: the background feeds them request details, the guard page its own address,
 * the history scan the user's history. No public suffix list here (the guard page loads this and
 * should stay small): utils/login-site.ts turns a login into a site id.
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
  const url = plainWebUrl(raw);
  // Exact host: open.weixin.qq.com.evil.com and evilopen.weixin.qq.com are someone else.
  if (!url || url.hostname !== LOGIN_HOST) return undefined;
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

/**
 * WeChat's own web logins (BRIEF.md, "WeChat's own web logins"): their QR codes log the phone in
 * to WeChat itself. Only the pages that show the code count; Official Account articles
 * (`mp.weixin.qq.com/s/…`, `/s?__biz=…`) and static files live on other paths or hosts.
 */
export type OwnLoginKind = 'web-wechat' | 'file-transfer' | 'official-accounts';

export const OWN_LOGIN_PAGES: readonly {
  readonly host: string;
  readonly kind: OwnLoginKind;
  /** Lower-case paths; the query and fragment never matter. */
  readonly paths: readonly string[];
}[] = [
  { host: 'wx.qq.com', kind: 'web-wechat', paths: ['/'] },
  { host: 'wx2.qq.com', kind: 'web-wechat', paths: ['/'] },
  { host: 'web.wechat.com', kind: 'web-wechat', paths: ['/'] },
  { host: 'filehelper.weixin.qq.com', kind: 'file-transfer', paths: ['/'] },
  {
    host: 'mp.weixin.qq.com',
    kind: 'official-accounts',
    paths: ['/', '/cgi-bin/loginpage', '/cgi-bin/bizlogin'],
  },
];

/** Every login page the guard stops: a site's WeChat login, or one of WeChat's own. */
export type GuardedLogin =
  | { readonly kind: 'site'; readonly url: string; readonly login: WechatLogin }
  | { readonly kind: OwnLoginKind; readonly url: string };

/** Parses a URL; undefined unless the guard stops it during the cooling-off period. */
export function parseGuardedUrl(raw: string | undefined): GuardedLogin | undefined {
  const login = parseLoginUrl(raw);
  if (login) return { kind: 'site', url: login.url, login };
  const url = plainWebUrl(raw);
  if (!url) return undefined;
  const path = url.pathname.toLowerCase();
  const page = OWN_LOGIN_PAGES.find(
    (entry) => entry.host === url.hostname && entry.paths.includes(path),
  );
  if (!page) return undefined;
  const fragment = /^#[\w-]{1,40}$/.test(url.hash) ? url.hash : '';
  return {
    kind: page.kind,
    url: `https://${page.host}${url.pathname}${escapeFilterChars(url.search)}${fragment}`,
  };
}

/**
 * An http(s) URL without port or credentials: WeChat's own links never have them, and the
 * guard's rules (utils/guard.ts) would not match them either, so the parsers refuse them too.
 */
function plainWebUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.port !== '' || url.username || url.password) return undefined;
  return url;
}
