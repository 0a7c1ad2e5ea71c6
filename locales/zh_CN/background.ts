/** What the background shows: the toolbar badge and the reminders (utils/i18n.ts, BACKGROUND_AREAS). */
export default {
  // The badge's title with nothing to rebind: the extension's name, as `app.name` (common).
  'badge.title.none': '微信注销助手',
  'badge.title': { other: '微信注销助手：还有 {count} 个网站待改绑' },

  'notify.soon.title': '微信注销冷静期快结束了',
  'notify.soon.body': {
    other: '还剩 {count} 天。想保留微信，最晚在{lastDay}结束前登录；过了这一天，注销就会生效。',
  },
  'notify.lastDay.title': '微信注销今天生效',
  'notify.lastDay.body':
    '60 天冷静期已满。如果你本想保留微信，现在可能已经晚了；如果决定注销，明天之前都别碰微信和微信登录。',
  'notify.access.title': '冷静期拦截已失效',
  'notify.access.body':
    '微信注销助手不能再访问微信的登录页，冷静期里拦不住会让注销作废的微信登录。点这里打开设置，重新允许访问。',
  'notify.ended.title': '微信注销冷静期已结束',
  'notify.ended.body': '除非你在那之前登录过微信，你的账号已在{date}永久注销。',
} as const;
