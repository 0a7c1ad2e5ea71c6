/**
 * The only host the extension asks for: WeChat's login pages, where detection sees a login
 * start and the cooling-off guard stops one. wxt.config.ts declares it; the options page checks
 * it is still held, because both browsers let the user take it away later (Chrome's "site
 * access" menu, Firefox's add-on permissions tab), which silently stops both features.
 */
export const WECHAT_LOGIN_ORIGINS: readonly string[] = ['*://open.weixin.qq.com/*'];
