/** The digital-legacy list: a printable page and its Markdown export. */
export default {
  'legacy.title': '数字遗产清单',
  'legacy.generated': '生成于 {date} · 微信注销助手',
  'legacy.intro':
    '注销微信前的一份总账：哪些账号已经搬离微信、哪些决定放弃、还有哪些准备没做完。可以自己留存，也可以交给信任的人。',
  'legacy.actions': '清单操作',
  'legacy.back': '返回设置页',
  'legacy.print': '打印或存为 PDF',
  'legacy.markdown': '导出 Markdown',
  'legacy.exported': 'Markdown 文件已生成，请在浏览器的下载中查看。',
  'legacy.coolingOff.title': '注销申请与冷静期',
  'legacy.coolingOff.none': '还没有登记注销申请。',
  'legacy.coolingOff.applied': '申请注销的日期：{date}',
  'legacy.coolingOff.until': {
    other: '{date}注销生效，还剩 {count} 天；想保留账号，要在这一天之前登录。',
  },
  'legacy.coolingOff.lastDay':
    '冷静期最后一天（第 60 天）：{date}。想保留账号，最晚要在这一天结束前登录微信。',
  'legacy.coolingOff.today': '60 天已满，注销今天（{date}）生效。',
  'legacy.coolingOff.over': '注销已于 {date} 生效，除非你在冷静期里登录过微信。',
  'legacy.coolingOff.warning': '在那之前登录微信会撤回注销申请；在网站上用微信登录，几乎肯定也会。',
  'legacy.sites.title': '用微信登录的网站和 App',
  'legacy.sites.none': '清单里还没有网站或 App。',
  'legacy.sites.count': { other: '共 {count} 个网站和 App。' },
  'legacy.sites.group': { other: '{status}（{count}）' },
  'legacy.checklist.title': '注销准备',
  'legacy.checklist.progress': '已处理 {settled} / {total} 项',
  'legacy.check.done': '已完成',
  'legacy.check.na': '不适用',
  'legacy.check.open': '未完成',
  'legacy.check.na.suffix': '（不适用）',
  'legacy.note': '备注：{note}',
} as const;
