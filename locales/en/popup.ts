/** The toolbar popup: progress, the cooling-off tracker and the current-site card. */
export default {
  'popup.progress.label': 'Checklist progress',
  'popup.progress.text': '{settled} of {total} done',

  'popup.storage.newer':
    'This data was written by a newer version of the extension. To avoid overwriting it, changes made here are not saved: please update the extension.',
  'popup.storage.dismiss': 'OK',

  'popup.tracker.title': 'Cooling-off period',
  'popup.tracker.notApplied': 'You have not applied for deletion yet.',
  'popup.tracker.whereToApply':
    'Apply in WeChat: Me › Settings › Account Security › WeChat Security Center › Account Cancellation (注销账号)',
  'popup.tracker.iApplied': 'I have applied',
  'popup.tracker.dayLabel': 'Day you applied',
  'popup.tracker.save': 'Save',
  'popup.tracker.cancelForm': 'Cancel',
  'popup.tracker.invalidDay': 'Enter a valid date.',
  'popup.tracker.futureDay': 'The day you applied cannot be in the future.',
  'popup.tracker.sitesWarning': {
    one: '{count} site still needs rebinding. Rebinding it after applying means logging in with WeChat, and logging in withdraws the deletion.',
    other:
      '{count} sites still need rebinding. Rebinding them after applying means logging in with WeChat, and logging in withdraws the deletion.',
  },
  'popup.tracker.saveAnyway': 'Save anyway',
  'popup.tracker.rebindFirst': 'Rebind them first',
  'popup.tracker.daysLeft': { one: '{count} day left', other: '{count} days left' },
  'popup.tracker.dayOf': 'Day {day} of {total}',
  'popup.tracker.appliedOn': 'Applied on {date}',
  'popup.tracker.permanentOn': 'Becomes final on {date}',
  'popup.tracker.warning':
    'To keep the account, log in to WeChat before that day. To go through with the deletion, keep away from WeChat, and from “Log in with WeChat” on every website, until that day is over.',
  'popup.tracker.endsToday':
    'The 60 days are over, and the deletion becomes final today; nobody can say at what time. If you meant to keep the account, it may already be too late. If not, keep away from WeChat and WeChat login until tomorrow: the guard stays on until then.',
  'popup.tracker.over':
    'The deletion became final on {date}, unless you logged in to WeChat before then.',
  'popup.tracker.sitesLeft': {
    one: '{count} site on your list is still marked “Needs rebinding”. Don’t log in to it with WeChat during the cooling-off period, or the deletion is withdrawn.',
    other:
      '{count} sites on your list are still marked “Needs rebinding”. Don’t log in to them with WeChat during the cooling-off period, or the deletion is withdrawn.',
  },
  'popup.tracker.cancelled': 'I cancelled it / it was cancelled',
  'popup.tracker.appliedAgain': 'I applied again',
  'popup.tracker.clearRecord': 'Clear this record',
  'popup.tracker.cleared': 'The application day ({date}) was cleared.',
  'popup.tracker.restore': 'Undo',
  // The .ics file of the period (utils/ics.ts).
  'popup.tracker.calendar': 'Add to calendar',
  'popup.tracker.calendarSaved':
    'Calendar file saved to your downloads: open it to put the last day, with reminders a week and a day before, in your phone’s or computer’s calendar.',
  'calendar.summary': 'Last day of the WeChat cooling-off period',
  'calendar.description':
    'You applied to delete your WeChat account on {applied}; today is day 60 of the cooling-off period. To keep the account, log in to WeChat by the end of today at the latest. To go ahead with the deletion, do not log in to WeChat, or use WeChat login on any website, until the deletion is permanent on {permanent}.',
  'calendar.alarmWeek': 'One week left in your WeChat cooling-off period',
  'calendar.alarmDay': 'Tomorrow is the last day of your WeChat cooling-off period',

  'popup.ready.title': 'Still to do before applying',
  'popup.ready.sites': {
    one: '{count} site still needs rebinding',
    other: '{count} sites still need rebinding',
  },
  'popup.ready.pending': {
    one: '{count} detected site is waiting for you to confirm it',
    other: '{count} detected sites are waiting for you to confirm them',
  },
  'popup.ready.none':
    'All four of WeChat’s conditions are ticked and no site needs rebinding. WeChat checks again when you apply.',

  'popup.site.title': 'Current site',
  'popup.site.loading': 'Reading the current tab…',
  'popup.site.reason.browser':
    'This is one of the browser’s own pages (a new tab or settings, say), not a website.',
  'popup.site.reason.extension': 'This is an extension’s page, not a website.',
  'popup.site.reason.file': 'This is a file on your computer, not a website.',
  'popup.site.reason.unknown':
    'This page’s address is not available to the extension: browser pages are closed to extensions. If this is a website, open this popup again from the toolbar icon.',
  'popup.site.reason.no-domain': 'This address has no domain name that identifies a website.',
  'popup.site.reason.wechat':
    'This is one of WeChat’s own pages, not a site you log in to with WeChat: it does not go on the list. During the cooling-off period, do not scan a QR code to log in here.',
  'popup.site.settings':
    'Go to this site’s account settings to add a phone number, e-mail or password',
  'popup.site.known': 'This site offers WeChat login.',
  'popup.site.notListed': 'Not on your site list. If you have logged in here with WeChat, flag it.',
  'popup.site.noteLabel': 'Note (optional)',
  'popup.site.flag': 'Flag as using WeChat login',
  'popup.site.flagged': 'Added to your site list.',
  'popup.site.statusLegend': 'Status',
  'popup.site.pending': 'It looks like you may have logged in here with WeChat. Did you?',
  'popup.site.confirm': 'Yes, keep it listed',
  'popup.site.dismiss': 'No, dismiss',
  'popup.site.dismissed': 'Dismissed: this site will not be suggested again.',
  'popup.site.openList': 'Open the site list',

  'popup.checklist.title': 'Deletion checklist',
  'popup.section.official': 'Required by WeChat',
  'popup.section.progress': '{settled} of {total} done',
  'popup.item.details': 'Details and note',
  'popup.item.first': 'First: {items}',
  'popup.item.section': 'the “{title}” section',
  'popup.item.confirm': 'Still open, and best done before this one: {items}. Tick it anyway?',
  'popup.item.confirmYes': 'Tick anyway',
  'popup.item.confirmNo': 'Not yet',
  // Follows the menu path directly: the space is part of the text (Chinese needs none).
  'popup.item.namesVary': ' (names vary by WeChat version)',
  'popup.item.where': 'In WeChat: ',
  'popup.item.na': 'Not applicable: {hint}',
  'popup.item.naBadge': 'Not applicable',
  'popup.item.note': 'Note',
  'popup.item.notePreview': 'Note: {note}',
  'popup.item.sites': 'Open the site list',
  'popup.item.sitesLeft': {
    one: '{count} site still needs rebinding',
    other: '{count} sites still need rebinding',
  },
} as const;
