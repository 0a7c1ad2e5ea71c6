export default {
  'app.name': 'WeChat Exit Planner',
  'status.rebind': 'Needs rebinding',
  'status.rebound': 'Rebound',
  'status.abandon': 'Will abandon',
  'status.not-needed': 'Not needed',
  'status.rebind.hint': 'Before deleting, add a phone number, e-mail or password at this site',
  'status.rebound.hint': 'You can already log in here without WeChat',
  'status.abandon.hint': 'You will not need this account after deleting WeChat',
  'status.not-needed.hint': 'This account does not depend on WeChat, or no longer exists',
  'origin.manual': 'Added by hand',
  'origin.detected': 'Detected',
  'origin.imported': 'Imported',
  'site.pending': 'To confirm',
  'site.app': 'Mobile app',
  // The history scan's heading: the options page and the welcome page both show it.
  'history.title': 'Find WeChat logins in your browsing history',
  'site.lookalike':
    'This domain uses letters from another alphabet that look like familiar ones and may imitate another site, so it is shown in its raw (xn--) form. Check the address before you sign in.',
  'storage.localOnly': {
    one: 'Sync storage is full, so {count} change is kept on this device only for now. It will sync once there is room.',
    other:
      'Sync storage is full, so {count} changes are kept on this device only for now. They will sync once there is room.',
  },
  'storage.repaired': {
    one: 'Found {count} damaged entry and repaired or removed it on its own; everything else is intact.',
    other:
      'Found {count} damaged entries and repaired or removed each on its own; everything else is intact.',
  },
  'storage.loadFailed':
    'Could not read your data: {reason}. Reopen this page; if it keeps happening, reload the extension from the browser’s extensions page.',
} as const;
