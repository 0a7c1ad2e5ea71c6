export default {
  'app.name': '微信注销助手',
  'status.rebind': '待改绑',
  'status.rebound': '已改绑',
  'status.abandon': '放弃该账号',
  'status.not-needed': '无需处理',
  'status.rebind.hint': '注销前要在该网站绑定手机号、邮箱或设置密码',
  'status.rebound.hint': '已能不用微信登录该网站',
  'status.abandon.hint': '注销后不再需要这个网站的账号',
  'status.not-needed.hint': '该网站账号与微信无关，或已不存在',
  'origin.manual': '手动添加',
  'origin.detected': '自动发现',
  'origin.imported': '导入',
  'site.pending': '待确认',
  'site.app': '手机 App',
  // The history scan's heading: the options page and the welcome page both show it.
  'history.title': '从浏览记录里找微信登录',
  'site.lookalike':
    '这个域名里有和常见字母长得一样的其他文字，可能在冒充别的网站，所以按原始编码（xn--）显示。登录前请核对地址。',
  'storage.localOnly': {
    other: '同步空间已满，{count} 项改动暂时只保存在这台设备上。腾出空间后会自动同步。',
  },
  'storage.repaired': {
    other: '发现 {count} 条损坏的数据，已单独修复或移除，其余数据完好。',
  },
  'storage.loadFailed':
    '读取数据失败：{reason}。请重新打开此页面；如果问题持续，请在浏览器扩展管理页重新加载本扩展。',
  // Access to open.weixin.qq.com was taken away (components/HostAccessNotice.tsx).
  'access.missing':
    '微信注销助手现在无法访问微信的登录页（open.weixin.qq.com）。在恢复之前，它不会发现你在哪些网站用了微信登录；如果你已经申请注销，冷静期里它也拦不住一次会让注销作废的微信登录。',
  'access.allow': '重新允许访问',
  'access.denied':
    '浏览器没有给出这项权限。也可以打开浏览器的扩展管理页面，在本扩展的网站访问设置里允许 open.weixin.qq.com。',
  // Optional access to WeChat's own web logins (components/HostAccessNotice.tsx).
  'access.own.missing':
    '还没有拦截：网页版微信、文件传输助手和微信公众平台的登录。扫它们的码同样会登录微信；只有允许本扩展访问这些网站（wx.qq.com、wx2.qq.com、web.wechat.com、filehelper.weixin.qq.com、mp.weixin.qq.com），它才能拦下。',
  'access.own.allow': '也拦截这些登录',
  'access.own.denied':
    '浏览器没有给出这项权限，这些登录仍然不会被拦截。可以在这里再试一次，或在浏览器的扩展管理页面允许这些网站。',
} as const;
