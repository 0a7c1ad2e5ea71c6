// tldts's own minified build: ours copied the suffix list into each reader (BENCHMARKS.md).
import { parse } from 'tldts/dist/index.esm.min.js';
import { knownSiteOfHost } from './known-sites';
import { isWechatHost, SHARED_DOMAINS } from './shared-hosts';

/**
 * Sites are identified by their registrable domain ("eTLD+1"): www.zhihu.com and zhihu.com are
 * one account, and WeChat's callback often lives on another host of the same site
 * (qq.jd.com, passport.baidu.com). The public suffix list (tldts) knows where the registrable
 * part starts (b.com.cn, not com.cn). Private suffixes count too, so two github.io sites stay
 * apart. IP addresses, localhost and other single-label hosts are kept whole.
 *
 * Two exceptions: on a registrable domain shared by services with accounts of their own (qq.com,
 * 163.com, tencent.com) the site is the service's host (the catalogue's entry when it has one),
 * so QQ音乐 y.qq.com and 腾讯文档 docs.qq.com stay two sites; and WeChat's own hosts
 * (mp.weixin.qq.com, wx.qq.com…) are WeChat itself, never a site.
 *
 * Ids are ASCII (punycode) so the same domain typed in either form is one entry; `displayDomain`
 * (utils/site-id.ts) turns them back into readable Unicode.
 */

/** Why an address names no site: not http(s), unreadable, no registrable domain, or WeChat's. */
export type AddressProblem = 'not-web' | 'invalid' | 'no-domain' | 'wechat';
export type SiteFromUrl =
  | { readonly ok: true; readonly id: string; readonly host: string }
  | { readonly ok: false; readonly reason: AddressProblem };

const WEB = new Set(['http:', 'https:']);

export function siteFromUrl(url: string | undefined): SiteFromUrl {
  if (!url) return { ok: false, reason: 'not-web' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!WEB.has(parsed.protocol)) return { ok: false, reason: 'not-web' };
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (isWechatHost(host)) return { ok: false, reason: 'wechat' };
  const id = siteIdOfHost(host);
  return id ? { ok: true, id, host } : { ok: false, reason: 'no-domain' };
}

/** The site id of an ASCII host name that is not WeChat's own (see above). */
function siteIdOfHost(host: string): string | undefined {
  const domain = registrableDomain(host);
  if (!domain || !SHARED_DOMAINS.includes(domain)) return domain;
  return knownSiteOfHost(host)?.id ?? host.replace(/^www\./, '');
}

/** The registrable domain of an ASCII host name, or the host itself where that is the site. */
export function registrableDomain(host: string): string | undefined {
  if (host.length === 0) return undefined;
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp) return host;
  if (info.domain) return info.domain;
  // "localhost", an intranet name: one label, no public suffix, and so the whole of the site.
  if (!host.includes('.') && /^[a-z0-9-]+$/.test(host)) return host;
  return undefined;
}

/**
 * Reads what a person typed or pasted: a URL, or a bare domain such as "zhihu.com" or
 * "www.例子.中国". Anything without a dot or scheme is not a domain (it may be an app name).
 */
export function siteFromInput(text: string): SiteFromUrl {
  const trimmed = text.trim();
  if (trimmed.length === 0 || /\s/.test(trimmed)) return { ok: false, reason: 'invalid' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^/]+:\d+(\/|$)/.test(trimmed)) {
    return siteFromUrl(trimmed);
  }
  if (!trimmed.includes('.') && !/^localhost(:\d+)?(\/|$)/i.test(trimmed)) {
    return { ok: false, reason: 'invalid' };
  }
  return siteFromUrl(`https://${trimmed}`);
}
