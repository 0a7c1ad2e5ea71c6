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
    one: 'The cooling-off period ends on {date}: {count} day left.',
    other: 'The cooling-off period ends on {date}: {count} days left.',
  },
  'legacy.coolingOff.lastDay':
    'Last day of the period (day 60): {date}. To keep the account, log in to WeChat by the end of that day at the latest.',
  'legacy.coolingOff.today': 'The cooling-off period ends today ({date}).',
  'legacy.coolingOff.over':
    'The cooling-off period ended on {date}; unless you logged in during it, the account is now deleted for good.',
  'legacy.coolingOff.warning':
    'Logging in to WeChat before the period ends, or using WeChat login on any website, cancels the deletion request.',
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
