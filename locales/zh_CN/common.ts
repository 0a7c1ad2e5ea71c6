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
} as const;
