/**
 * Hosts whose registrable domain does not name the site, without the suffix list (the popup's
 * first render uses these).
 */

/**
 * WeChat's own hosts: weixin.qq.com and its subdomains (login pages, Official Accounts, the file
 * transfer page), web WeChat (wx.qq.com, wx2.qq.com, web.wechat.com) and the rest of wechat.com.
 * They are WeChat itself, never a site to move off WeChat.
 */
const WECHAT_HOST = /(?:^|\.)(?:weixin\.qq\.com|wx2?\.qq\.com|wechat\.com)$/;

export const isWechatHost = (host: string): boolean => WECHAT_HOST.test(host);

/**
 * Registrable domains that host several services, each with an account of its own and bound to
 * WeChat on its own (QQ音乐 y.qq.com, 腾讯文档 docs.qq.com, 网易云音乐 music.163.com): there a
 * site is the service's host.
 */
export const SHARED_DOMAINS: readonly string[] = ['qq.com', '163.com', 'tencent.com'];
