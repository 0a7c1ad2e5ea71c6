/** The cooling-off guard page: what it stopped, why, and what to do instead. */
export default {
  'guard.title': 'Hold on before you scan',
  'guard.heading': 'Scanning this code withdraws your WeChat deletion',
  'guard.body': {
    one: '{site} is about to open WeChat login. Your WeChat account is in its cooling-off period, with {count} day left (the deletion becomes final on {date}). Scanning the code, or confirming the login on your phone, counts as logging in to WeChat again, and that withdraws the deletion.',
    other:
      '{site} is about to open WeChat login. Your WeChat account is in its cooling-off period, with {count} days left (the deletion becomes final on {date}). Scanning the code, or confirming the login on your phone, counts as logging in to WeChat again, and that withdraws the deletion.',
  },
  'guard.body.lastDay':
    '{site} is about to open WeChat login. The 60 days of your WeChat cooling-off period are over and the deletion becomes final today, but nobody can say at what time. Until today is over, scanning the code or confirming the login on your phone could still withdraw it.',
  'guard.unknownSite': 'A website',
  'guard.siteDomain': '{name} ({domain})',
  'guard.advice':
    'To keep your account on this site, try logging in there with a phone number, e-mail or password instead.',
  'guard.back': 'Go back',
  'guard.continue': 'Open WeChat login anyway',
  'guard.continueHint': 'Only this once: later WeChat logins are stopped again.',
  'guard.noBack': 'There is no page to go back to: just close this tab.',
  'guard.failed': 'Could not let this login through. Please try again.',
  'guard.invalid': 'This address is not a WeChat login page, so there is nowhere to continue to.',
  'guard.inactive': 'You are not in a cooling-off period, so WeChat login needs no stopping.',
  'guard.inactiveContinue': 'Continue to WeChat login',
  // WeChat's own web logins: scanning their code logs the phone in to WeChat itself.
  'guard.own.web-wechat': 'Web WeChat',
  'guard.own.file-transfer': 'WeChat File Transfer',
  'guard.own.official-accounts': 'the WeChat Official Accounts platform',
  'guard.own.body': {
    one: 'This is the login page of {login}. Your WeChat account is in its cooling-off period, with {count} day left (the deletion becomes final on {date}). Scanning this code logs you in to WeChat itself, and that withdraws the deletion.',
    other:
      'This is the login page of {login}. Your WeChat account is in its cooling-off period, with {count} days left (the deletion becomes final on {date}). Scanning this code logs you in to WeChat itself, and that withdraws the deletion.',
  },
  'guard.own.body.lastDay':
    'This is the login page of {login}. The 60 days of your WeChat cooling-off period are over and the deletion becomes final today, but nobody can say at what time. Scanning this code logs you in to WeChat itself, so until today is over it could still withdraw the deletion.',
  'guard.own.web-wechat.advice':
    'Web WeChat cannot be used without logging in. Until the period is over, reach people by phone, text message or e-mail instead.',
  'guard.own.file-transfer.advice':
    'To move files between your phone and this computer, use a USB cable, e-mail or a cloud drive instead.',
  'guard.own.official-accounts.advice':
    'Reading Official Account articles needs no login and is never stopped. Managing an account means scanning with an administrator’s WeChat: ask another administrator to do it.',
};
