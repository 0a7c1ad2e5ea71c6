/** The first-run page, opened once when the extension is installed. */
export default {
  'welcome.title': '欢迎使用微信注销助手',
  'welcome.intro':
    '注销微信以后，凡是用“微信登录”的网站都登录不了了。趁现在把它们一个个安顿好，本扩展分三步帮你：',
  'welcome.step.find.title': '找出网站：',
  'welcome.step.find':
    '你在网页上打开微信登录时，扩展会记下这个网站，等你确认；也可以点工具栏上的按钮标记当前网站，或者扫描浏览记录。',
  'welcome.step.switch.title': '逐个改绑：',
  'welcome.step.switch':
    '到每个网站的账号设置里绑定手机号、邮箱或设置密码，再在清单里标为“已改绑”。',
  'welcome.step.delete.title': '准备注销：',
  'welcome.step.delete':
    '按清单完成微信要求的注销前提。申请注销后的 60 天注销冷静期里，用微信登录任何网站都等于登录微信，很可能撤销注销；在弹出窗口记下申请日期后，这段时间里扩展会把微信登录页换成一个提醒页。',
  'welcome.start':
    '想现在就开始的话，可以用下面的功能；每一项都是你点了按钮，浏览器才会询问权限。也可以跳过，以后在设置页里随时能做。',
  'welcome.skip': '跳过，关闭此页',
  'welcome.list': '打开网站清单',
} as const;
