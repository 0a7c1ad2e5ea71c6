/**
 * The warnings about host access (components/access-notices.tsx): loaded only when one is shown,
 * in the popup and the options page.
 */
export default {
  // Access to open.weixin.qq.com was taken away.
  'access.missing':
    '微信注销助手现在无法访问微信的登录页（open.weixin.qq.com）。在恢复之前，它不会发现你在哪些网站用了微信登录；如果你已经申请注销，冷静期里它也拦不住一次会让注销作废的微信登录。',
  'access.allow': '重新允许访问',
  'access.denied':
    '浏览器没有给出这项权限。也可以打开浏览器的扩展管理页面，在本扩展的网站访问设置里允许 open.weixin.qq.com。',
  // Optional access to WeChat's own web logins.
  'access.own.missing':
    '还没有拦截：网页版微信、文件传输助手和微信公众平台的登录。扫它们的码同样会登录微信；只有允许本扩展访问这些网站（wx.qq.com、wx2.qq.com、web.wechat.com、filehelper.weixin.qq.com、mp.weixin.qq.com），它才能拦下。',
  'access.own.allow': '也拦截这些登录',
  'access.own.denied':
    '浏览器没有给出这项权限，这些登录仍然不会被拦截。可以在这里再试一次，或在浏览器的扩展管理页面允许这些网站。',
} as const;
