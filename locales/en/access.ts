/**
 * The warnings about host access (components/access-notices.tsx): loaded only when one is shown,
 * in the popup and the options page.
 */
export default {
  // Access to open.weixin.qq.com was taken away.
  'access.missing':
    'WeChat Exit Planner can no longer reach WeChat’s login page (open.weixin.qq.com). Until it can, it will not notice the sites where you log in with WeChat, and if you have applied for deletion, it cannot stop a WeChat login that would cancel it during the cooling-off period.',
  'access.allow': 'Allow access again',
  'access.denied':
    'The browser did not grant access. You can also open the browser’s extensions page and allow this extension on open.weixin.qq.com in its site access settings.',
  // Optional access to WeChat's own web logins.
  'access.own.missing':
    'Not guarded yet: web WeChat, WeChat File Transfer and the Official Accounts platform login. Scanning their codes logs you in to WeChat just the same, and the extension can stop them only with access to those sites (wx.qq.com, wx2.qq.com, web.wechat.com, filehelper.weixin.qq.com, mp.weixin.qq.com).',
  'access.own.allow': 'Guard these logins too',
  'access.own.denied':
    'The browser did not grant access, so these logins stay unguarded. You can ask again here, or allow the sites on the browser’s extensions page.',
} as const;
