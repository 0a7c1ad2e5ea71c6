/** The toolbar popup: progress, the cooling-off tracker and the current-site card. */
export default {
  'popup.progress.label': '清单进度',
  'popup.progress.text': '已完成 {settled}/{total} 项',

  'popup.storage.newer':
    '这些数据是新版本的扩展写入的。为免覆盖，这里的改动暂不保存，请先更新扩展。',
  'popup.storage.dismiss': '知道了',

  'popup.tracker.title': '注销冷静期',
  'popup.tracker.notApplied': '还没有申请注销。',
  'popup.tracker.whereToApply': '在微信里申请：我 › 设置 › 账号与安全 › 微信安全中心 › 注销账号',
  'popup.tracker.iApplied': '我已提交注销申请',
  'popup.tracker.dayLabel': '申请日期',
  'popup.tracker.save': '记下',
  'popup.tracker.cancelForm': '取消',
  'popup.tracker.invalidDay': '请填写一个有效的日期。',
  'popup.tracker.futureDay': '申请日期不能晚于今天。',
  'popup.tracker.sitesWarning': {
    other: '还有 {count} 个网站没改绑。申请之后再去改绑就得用微信登录，而登录会撤回注销。',
  },
  'popup.tracker.saveAnyway': '仍然记下',
  'popup.tracker.rebindFirst': '先去改绑',
  'popup.tracker.daysLeft': {
    other: '还剩 {count} 天',
  },
  'popup.tracker.dayOf': '冷静期第 {day} 天，共 {total} 天',
  'popup.tracker.appliedOn': '{date}申请',
  'popup.tracker.permanentOn': '{date}注销生效',
  'popup.tracker.warning':
    '想保留账号，就在这一天之前登录微信。决定注销的话，这一天过完之前都别登录微信，也别在任何网站上用“微信登录”。',
  'popup.tracker.endsToday':
    '60 天已经过完，注销今天生效，但说不准是几点。如果你本想保留账号，现在可能已经来不及了；如果决定注销，明天之前继续别碰微信和微信登录，拦截会一直开到今天结束。',
  'popup.tracker.over': '注销已在{date}生效，除非你在那之前登录过微信。',
  'popup.tracker.sitesLeft': {
    other:
      '网站清单里还有 {count} 个网站标着“待改绑”。冷静期内不能再用微信登录它们，否则注销会被撤回。',
  },
  'popup.tracker.cancelled': '我撤回了申请 / 注销被撤回了',
  'popup.tracker.appliedAgain': '我重新申请了',
  'popup.tracker.clearRecord': '清除这条记录',
  'popup.tracker.cleared': '已清除申请日期（原为{date}）。',
  'popup.tracker.restore': '恢复',
  // The .ics file of the period (utils/ics.ts).
  'popup.tracker.calendar': '添加到日历',
  'popup.tracker.calendarSaved':
    '日历文件已保存到下载文件夹：打开它，就能把最后一天连同提前一周、提前一天的提醒加进手机或电脑的日历。',
  'calendar.summary': '微信注销冷静期最后一天',
  'calendar.description':
    '你在{applied}申请注销微信账号，今天是注销冷静期的第 60 天。想保留账号，最晚要在今天结束前登录微信；想继续注销，在{permanent}永久注销之前，不要登录微信，也不要在任何网站上用微信登录。',
  'calendar.alarmWeek': '微信注销冷静期还剩一周',
  'calendar.alarmDay': '明天是微信注销冷静期的最后一天',

  'popup.ready.title': '申请前还要完成',
  'popup.ready.sites': {
    other: '还有 {count} 个网站需要改绑',
  },
  'popup.ready.pending': {
    other: '另有 {count} 个自动发现的网站等你确认',
  },
  'popup.ready.none': '微信的四项注销条件都已勾选，也没有待改绑的网站。申请时微信还会再核对一遍。',

  'popup.site.title': '当前网站',
  'popup.site.loading': '正在读取当前标签页…',
  'popup.site.reason.browser': '这是浏览器自己的页面（比如新标签页或设置页），不是网站。',
  'popup.site.reason.extension': '这是扩展程序的页面，不是网站。',
  'popup.site.reason.file': '这是电脑上的本地文件，不是网站。',
  'popup.site.reason.unknown':
    '读不到这个页面的地址：浏览器自己的页面不对扩展开放。如果这是网站，请点工具栏上的扩展图标重新打开。',
  'popup.site.reason.no-domain': '这个地址里没有可以识别的网站域名。',
  'popup.site.reason.wechat':
    '这是微信自己的网页，不是用微信登录的网站，不用加入清单。注销冷静期里，不要在这里扫码登录。',
  'popup.site.settings': '去这个网站的账号设置，绑定手机号、邮箱或设置密码',
  'popup.site.known': '这个网站提供微信登录。',
  'popup.site.notListed': '不在网站清单上。如果你在这里用过微信登录，就标记一下。',
  'popup.site.noteLabel': '备注（可不填）',
  'popup.site.flag': '标记为使用微信登录',
  'popup.site.flagged': '已加入网站清单。',
  'popup.site.statusLegend': '处理状态',
  'popup.site.pending': '扩展发现你可能在这里用过微信登录。是这样吗？',
  'popup.site.confirm': '是，加入清单',
  'popup.site.dismiss': '不是，忽略',
  'popup.site.dismissed': '已忽略，以后不会再提示这个网站。',
  'popup.site.openList': '打开网站清单',

  'popup.checklist.title': '注销清单',
  'popup.section.official': '微信要求',
  'popup.section.progress': '已完成 {settled} 项，共 {total} 项',
  'popup.item.details': '详情和备注',
  'popup.item.first': '先完成：{items}',
  'popup.item.section': '“{title}”一节',
  'popup.item.confirm': '这些最好先做，还没做完：{items}。仍然勾选这一项吗？',
  'popup.item.confirmYes': '仍然勾选',
  'popup.item.confirmNo': '先不勾',
  'popup.item.namesVary': '（不同版本的微信，菜单名称可能不同）',
  'popup.item.where': '在微信里：',
  'popup.item.na': '不适用：{hint}',
  'popup.item.naBadge': '不适用',
  'popup.item.note': '备注',
  'popup.item.notePreview': '备注：{note}',
  'popup.item.sites': '打开网站清单',
  'popup.item.sitesLeft': {
    other: '还有 {count} 个网站需要改绑',
  },
} as const;
