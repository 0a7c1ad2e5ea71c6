/**
 * The options page's first render: its navigation, the site list and the add form.
 * What loads after it is in options-tools.ts and history.ts.
 */
export default {
  'options.tagline':
    'Before you delete WeChat, settle every site, app and piece of data that hangs on it.',
  'options.nav': 'On this page',
  'options.undo': 'Undo',
  'options.undone': 'Undone.',
  // The parts that load after the first render (components/options/WithTools.tsx).
  'options.later.loading': 'Loading…',
  'options.later.failed':
    'This part of the page could not be loaded: {reason}. Reload the page; if it keeps happening, reload the extension from the browser’s extensions page.',
  'options.later.reload': 'Reload the page',

  'options.sites.title': 'Sites and apps you log into with WeChat',
  'options.sites.intro':
    'Once WeChat is deleted, every account you can only reach through WeChat login is locked, along with its orders, points and balance. List those sites and apps here, then rebind each one or decide to let it go.',

  'options.add.title': 'Add a site or app',
  'options.add.address': 'Web address or domain',
  'options.add.address.hint':
    'For example zhihu.com, or a full address copied from the address bar. Start typing a site’s name (such as 知乎 or Zhihu) or domain to pick from sites that offer WeChat login. A mobile app has no address: leave this empty.',
  'options.add.suggestions': 'Sites that offer WeChat login',
  'options.add.name': 'Name',
  'options.add.name.hint':
    'Optional for a website (its domain is used); for a mobile app, type the app’s name.',
  'options.add.submit': 'Add',
  'options.add.listed': '{name} is already on the list.',
  'options.added': 'Added {name} ({domain}).',
  'options.confirmed': 'Confirmed: {name} uses WeChat login and stays on the list.',
  'options.dismissed': 'Ignored {name}; it will not be suggested again.',

  'options.summary.label': 'Count by status (select one to filter)',
  'options.filter.search': 'Search',
  'options.filter.search.placeholder': 'Name, domain or note',
  'options.filter.status': 'Status',
  'options.filter.origin': 'Found by',
  'options.filter.sort': 'Sort',
  'options.filter.all': 'All',
  'options.filter.any': 'Any way',
  'options.filter.clear': 'Clear filters',
  'options.sort.status': 'By status',
  'options.sort.name': 'By name',
  'options.sort.changed': 'Recently changed first',

  'options.bulk.selected': { one: '{count} selected', other: '{count} selected' },
  'options.bulk.status': 'Set selected to',
  'options.bulk.choose': 'Choose a status…',
  'options.bulk.apply': 'Apply',
  'options.bulk.remove': { one: 'Remove {count} selected', other: 'Remove {count} selected' },
  'options.bulk.clear': 'Clear selection',

  'options.col.name': 'Name',
  'options.col.domain': 'Domain',
  'options.col.origin': 'Found by',
  'options.col.status': 'Status',
  'options.col.note': 'Note',
  'options.col.changed': 'Last changed',
  'options.list.caption': {
    one: 'Sites and apps, {count} in all',
    other: 'Sites and apps, {count} in all',
  },
  'options.list.caption.filtered': {
    one: 'Sites and apps, showing {count} of {total}',
    other: 'Sites and apps, showing {count} of {total}',
  },
  'options.list.filtered': {
    one: 'Showing {count} of {total}.',
    other: 'Showing {count} of {total}.',
  },
  'options.list.empty':
    'The list is empty. Add the sites and apps you have logged into with WeChat above; with automatic detection on, sites are also noted when you use WeChat login on them.',
  'options.list.none': 'No site matches.',
  'options.list.select': 'Select {name}',
  'options.list.selectShown': {
    one: 'Select the {count} shown',
    other: 'Select all {count} shown',
  },
  'options.list.status.label': 'Status of {name}',
  'options.list.note.label': 'Note for {name}',
  'options.list.confirm': 'Confirm',
  'options.list.confirm.label': 'Confirm that {name} uses WeChat login',
  'options.list.dismiss': 'Not this',
  'options.list.dismiss.label': 'Not this: {name} does not use WeChat login, ignore it',
  'options.list.settings': 'Account settings',
  'options.list.settings.label':
    'Account settings: {name} (add a phone number, e-mail or password there; opens a new tab)',
  'options.list.remove': 'Remove',
  'options.list.remove.label': 'Remove {name} from the list',

  'options.saved.status': 'Marked {name} as “{status}”.',
  'options.saved.note': 'Saved the note for {name}.',
  'options.saved.bulk': {
    one: 'Marked {count} entry as “{status}”.',
    other: 'Marked {count} entries as “{status}”.',
  },
  'options.saved.settings': 'Settings saved.',
  'options.removed': { one: 'Removed {count} entry.', other: 'Removed {count} entries.' },
  'options.removed.one': 'Removed {name}.',

  'options.transfer.title': 'Import and export',
  // Titles of sections that load after the first render: the page's navigation names them.
  'options.storage.title': 'Storage',

  'options.legacy.title': 'Digital legacy list',
  'options.legacy.intro':
    'Your checklist progress, the site list with statuses and notes, and the cooling-off dates, gathered on one page: print it, save it as PDF or export it as Markdown, for yourself or for someone you trust.',
  'options.legacy.open': 'Open the digital legacy list',

  'options.settings.title': 'Settings',
} as const;
