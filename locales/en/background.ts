/** What the background shows: the toolbar badge and the reminders (utils/i18n.ts, BACKGROUND_AREAS). */
export default {
  // The badge's title with nothing to rebind: the extension's name, as `app.name` (common).
  'badge.title.none': 'WeChat Exit Planner',
  'badge.title': {
    one: 'WeChat Exit Planner: {count} site still needs rebinding',
    other: 'WeChat Exit Planner: {count} sites still need rebinding',
  },

  'notify.access.title': 'The cooling-off guard has stopped',
  'notify.access.body':
    'WeChat Exit Planner can no longer reach WeChat’s login page, so it cannot stop a WeChat login that would cancel your deletion. Click to open its settings and allow access again.',
  'notify.soon.title': 'Your WeChat cooling-off period ends soon',
  'notify.soon.body': {
    one: 'Today, {lastDay}, is the last of the 60 days. To keep WeChat, log in before the day is over; after that the deletion becomes final.',
    other:
      '{count} days left. To keep WeChat, log in by the end of {lastDay} at the latest; after that the deletion becomes final.',
  },
  'notify.lastDay.title': 'Your WeChat deletion becomes final today',
  'notify.lastDay.body':
    'The 60 days are over. If you meant to keep WeChat, it may already be too late. If not, stay away from WeChat and WeChat login until tomorrow.',
  'notify.ended.title': 'Your WeChat cooling-off period has ended',
  'notify.ended.body':
    'Unless you logged in to WeChat before then, your account’s deletion became final on {date}.',
} as const;
