/**
 * Host access. Required: WeChat's login page for websites, where detection sees a login start and
 * the cooling-off guard stops one. wxt.config.ts declares it; the options page checks it is still
 * held, because both browsers let the user take it away later (Chrome's "site access" menu,
 * Firefox's add-on permissions tab), which silently stops both features.
 */
export const WECHAT_LOGIN_ORIGINS: readonly string[] = ['*://open.weixin.qq.com/*'];

/**
 * Optional: WeChat's own web logins (web WeChat, File Transfer, the Official Accounts platform),
 * which the guard can stop only on hosts it may access. Asked for when the user records the
 * application, and from the options page; utils/detect.ts (OWN_LOGIN_PAGES) lists the same hosts.
 */
export const WECHAT_OWN_LOGIN_ORIGINS: readonly string[] = [
  '*://wx.qq.com/*',
  '*://wx2.qq.com/*',
  '*://web.wechat.com/*',
  '*://filehelper.weixin.qq.com/*',
  '*://mp.weixin.qq.com/*',
];
