/** The options page's history scan, and in Firefox the switch for embedded WeChat logins. */
export default {
  'history.intro':
    'Looks through this device’s browsing history for WeChat login pages you opened before, and for sites you visited that offer WeChat login. The scan runs inside the browser and sends nothing anywhere. The browser first asks whether the extension may read your history; the extension gives that permission back as soon as the scan is done.',
  'history.warning.chrome':
    'When you click, the browser’s prompt reads “Read and change your browsing history on all your signed-in devices”: its fixed wording for this permission. The extension only reads, and changes nothing.',
  'history.warning.firefox': 'When you click, Firefox’s prompt reads “Access browsing history”.',
  'history.scan': 'Scan my browsing history',
  'history.scanning': 'Scanning…',
  'history.denied': 'Permission to read your history was not given, so nothing was scanned.',
  'history.failed': 'The scan could not finish: {reason}',
  'history.none':
    'No WeChat logins found in your history. Some logins never pass through WeChat’s login page: add those sites by hand.',
  'history.found': {
    one: 'Found {count} site that may have used WeChat login. Tick the ones to add to your list:',
    other:
      'Found {count} sites that may have used WeChat login. Tick the ones to add to your list:',
  },
  'history.listed': {
    one: '{count} more is already on your list.',
    other: '{count} more are already on your list.',
  },
  'history.evidence.login': 'Opened WeChat’s login page',
  'history.evidence.callback': 'Came back from a WeChat login',
  'history.evidence.visited': 'Visited the site',
  'history.visited': {
    one: 'You visited {count} site that offers WeChat login. Did you log in with it there? Tick it if you did:',
    other:
      'You visited these {count} sites, which offer WeChat login. Did you log in with it there? Tick the ones where you did:',
  },
  'history.lastVisit': 'Last time: {date}',
  'history.dismissed': 'Dismissed before',
  'history.add': { one: 'Add {count} site', other: 'Add {count} sites' },
  'history.added': { one: 'Added {count} site.', other: 'Added {count} sites.' },

  'frames.title': 'Notice WeChat logins embedded in pages',
  'frames.intro':
    'Many sites embed WeChat’s login QR code in their own login page. Firefox tells the extension about these codes only once you allow it to “Access browser activity during navigation”. The extension looks only at the address of WeChat’s login page, never at page content, and sends nothing anywhere.',
  'frames.on': 'On: WeChat logins embedded in pages are noticed too.',
  'frames.enable': 'Turn on',
  'frames.disable': 'Turn off',
  'frames.denied': 'Permission was not given, so embedded QR codes still go unnoticed.',
} as const;
