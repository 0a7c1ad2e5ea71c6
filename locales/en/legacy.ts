/** The digital-legacy list: a printable page and its Markdown export. */
export default {
  'legacy.title': 'Digital legacy list',
  'legacy.generated': 'Made on {date} with WeChat Exit Planner',
  'legacy.intro':
    'Where things stand before deleting WeChat: which accounts have moved away from WeChat, which you will let go, and what is still left to do. Keep it for yourself, or give it to someone you trust.',
  'legacy.actions': 'List actions',
  'legacy.back': 'Back to the settings page',
  'legacy.print': 'Print or save as PDF',
  'legacy.markdown': 'Export as Markdown',
  'legacy.exported': 'The Markdown file is ready: look for it in your browser’s downloads.',
  'legacy.coolingOff.title': 'Deletion request and cooling-off period',
  'legacy.coolingOff.none': 'No deletion request has been recorded yet.',
  'legacy.coolingOff.applied': 'Deletion requested on {date}',
  'legacy.coolingOff.until': {
    one: 'The deletion becomes final on {date}, {count} day from now: to keep the account, log in before that day.',
    other:
      'The deletion becomes final on {date}, {count} days from now: to keep the account, log in before that day.',
  },
  'legacy.coolingOff.lastDay':
    'Last day of the period (day 60): {date}. To keep the account, log in to WeChat by the end of that day at the latest.',
  'legacy.coolingOff.today': 'The 60 days are over: the deletion becomes final today ({date}).',
  'legacy.coolingOff.over':
    'The deletion became final on {date}, unless you logged in to WeChat during the cooling-off period.',
  'legacy.coolingOff.warning':
    'Logging in to WeChat before then cancels the deletion request, and using WeChat login on a website almost certainly does too.',
  'legacy.sites.title': 'Sites and apps you log into with WeChat',
  'legacy.sites.none': 'No sites or apps on the list yet.',
  'legacy.sites.count': {
    one: '{count} site or app in all.',
    other: '{count} sites and apps in all.',
  },
  'legacy.sites.group': { one: '{status} ({count})', other: '{status} ({count})' },
  'legacy.checklist.title': 'Getting ready to delete',
  'legacy.checklist.progress': '{settled} of {total} settled',
  'legacy.check.done': 'Done',
  'legacy.check.na': 'Does not apply',
  'legacy.check.open': 'Not done',
  'legacy.check.na.suffix': '(does not apply)',
  'legacy.note': 'Note: {note}',
} as const;
