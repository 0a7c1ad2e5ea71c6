/** The cooling-off guard page: what it stopped, why, and what to do instead. */
export default {
  'guard.title': '先别扫码',
  'guard.heading': '扫码登录会撤回你的微信注销',
  'guard.body': {
    other:
      '{site}正要打开微信登录。你的微信账号还在注销冷静期内，还剩 {count} 天（{date}注销生效）。现在扫码，或在手机上确认登录，都等于重新登录微信，注销申请会被撤回。',
  },
  'guard.body.lastDay':
    '{site}正要打开微信登录。你的微信注销冷静期 60 天已满，注销今天生效，但说不准是几点。今天结束之前，扫码或在手机上确认登录，仍然可能撤回注销。',
  'guard.unknownSite': '一个网站',
  'guard.siteDomain': '{name}（{domain}）',
  'guard.advice': '想保留这个网站的账号，可以试试改用手机号、邮箱或密码登录它。',
  'guard.back': '返回',
  'guard.continue': '仍要打开微信登录',
  'guard.continueHint': '只放行这一次，以后的微信登录仍会被拦下。',
  'guard.noBack': '没有可以返回的页面，直接关掉这个标签页就好。',
  'guard.failed': '没能放行这次登录，请再试一次。',
  'guard.invalid': '这个地址不是微信登录页，没有可以继续前往的地方。',
  'guard.inactive': '现在不在注销冷静期内，微信登录不需要拦截。',
  'guard.inactiveContinue': '继续打开微信登录',
  // 微信自己的网页登录：扫码就是在手机上登录微信本身。
  'guard.own.web-wechat': '网页版微信',
  'guard.own.file-transfer': '文件传输助手',
  'guard.own.official-accounts': '微信公众平台',
  'guard.own.body': {
    other:
      '这是{login}的登录页。你的微信账号还在注销冷静期内，还剩 {count} 天（{date}注销生效）。扫这个码就是登录微信本身，注销申请会被撤回。',
  },
  'guard.own.body.lastDay':
    '这是{login}的登录页。你的微信注销冷静期 60 天已满，注销今天生效，但说不准是几点。今天结束之前，扫这个码就是登录微信本身，仍然可能撤回注销。',
  'guard.own.web-wechat.advice':
    '网页版微信不登录就用不了。冷静期结束前，要联系别人请改用电话、短信或邮件。',
  'guard.own.file-transfer.advice': '要在手机和电脑之间传文件，可以改用数据线、邮件或网盘。',
  'guard.own.official-accounts.advice':
    '阅读公众号文章不用登录，这里也从不拦截。管理公众号要用管理员的微信扫码，请交给其他管理员操作。',
};
