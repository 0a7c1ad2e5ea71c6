/**
 * The deletion checklist in English. Most people using this have WeChat set to Chinese, so
 * menu names keep the Chinese label next to the English one where the two differ.
 */
export default {
  'checklist.official': 'WeChat’s conditions',
  'checklist.official.intro': 'WeChat turns the application down until all four of these hold.',

  'checklist.safe-state': 'The account is in a safe state',
  'checklist.safe-state.why':
    'A password change or a new phone number or e-mail in the last two weeks, or an account that is stolen, banned or under an open security complaint, gets the application refused.',

  'checklist.pay-closed': 'WeChat Pay is closed',
  'checklist.pay-closed.why': 'You cannot apply to delete the account while WeChat Pay is open.',

  'checklist.cards-admin': 'No cards or coupons left, no admin roles',
  'checklist.cards-admin.why':
    'Cards or coupons still in Cards & Offers (卡包), or an admin role for an official account, mini program, WeCom organisation or Open Platform account, gets the application refused.',

  'checklist.authorisations': 'Authorisations and bindings with other apps and sites are removed',
  'checklist.authorisations.why':
    'Apps and websites still authorised through WeChat, or still bound to it (绑定关系), get the application refused.',

  'checklist.backup': 'Back up',

  'checklist.chats': 'Back up your chats',
  'checklist.chats.why': 'Once the account is deleted, your chat history cannot be recovered.',

  'checklist.media': 'Save photos, videos and files',
  'checklist.media.why':
    'Pictures, videos and files you received in chats disappear with the account.',

  'checklist.bills': 'Export your WeChat Pay bills',
  'checklist.bills.why': 'You may still need them for taxes, expense claims or your own records.',

  'checklist.favorites': 'Go through your Favorites',
  'checklist.favorites.why': 'Saved articles, notes and files are deleted along with the account.',

  'checklist.moments': 'Keep the Moments you care about',
  'checklist.moments.why': 'Everything you posted to Moments is erased with the account.',

  'checklist.money': 'Money',
  'checklist.money.intro':
    'Each of these stops WeChat Pay from being closed, and so stops the application. Closing WeChat Pay then unbinds your bank cards by itself.',

  'checklist.balance': 'Withdraw Balance and Mini Fund',
  'checklist.balance.why':
    'While any money is left in Balance (零钱) or Mini Fund (零钱通), WeChat Pay cannot be closed.',

  'checklist.licaitong': 'Redeem your Wealth (理财通) holdings',
  'checklist.licaitong.why': 'Anything still invested in Wealth (理财通) keeps WeChat Pay open.',

  'checklist.pending': 'Settle unfinished transactions',
  'checklist.pending.why':
    'Orders and refunds still in progress stop WeChat Pay from being closed.',

  'checklist.auto-debit': 'Turn off auto-debits',
  'checklist.auto-debit.why':
    'Active auto-renewals and password-free payments stop WeChat Pay from being closed.',

  'checklist.weilidai': 'Repay and close Weilidai (微粒贷)',
  'checklist.weilidai.why':
    'An open Weilidai loan, or one that is still owed, keeps WeChat Pay open.',

  'checklist.people': 'People and groups',

  'checklist.group-owner': 'Hand over the groups you own',
  'checklist.group-owner.why':
    'If you leave without handing a group over, WeChat decides who takes it: choose the new owner yourself.',

  'checklist.contacts': 'Tell the people who matter how to reach you',
  'checklist.contacts.why':
    'Deleting the account ends every contact relationship: nobody can find you on WeChat any more.',

  'checklist.wecom': 'Sort out the WeCom link',
  'checklist.wecom.why':
    'WeCom is linked to your personal WeChat: ask what deleting it means for your organisation.',

  'checklist.logins': 'Other accounts that rely on WeChat login',

  'checklist.websites': 'Rebind websites you log in to with WeChat',
  'checklist.websites.why':
    'A site account you can only open with WeChat is locked once WeChat is gone, with its points, orders and balance.',

  'checklist.apps-games': 'Apps and games',
  'checklist.apps-games.why':
    'Apps and games you log in to with WeChat (Honor of Kings, for one) stop letting you in.',

  'checklist.devices': 'Smart devices authorised through WeChat',
  'checklist.devices.why':
    'Smart devices you authorised with WeChat may no longer sync their data after the deletion.',

  'checklist.memberships': 'Shop memberships and points',
  'checklist.memberships.why':
    'Membership cards, points and levels tied to WeChat are reset to nothing.',

  'checklist.consequences': 'Consequences people overlook',
  'checklist.consequences.intro':
    'Nothing to do here: tick each one once you have read it and thought it through.',

  'checklist.irreversible': 'Deletion cannot be undone',
  'checklist.irreversible.why':
    'Once the 60-day cooling-off period has passed without a login, the account goes for good, with its chats, contacts, Moments and Favorites.',

  'checklist.phone-reuse': 'Your number may face a review if reused',
  'checklist.phone-reuse.why':
    'Registering WeChat again with the same phone number may first need a risk review.',

  'checklist.login-buttons': '“Log in with WeChat” is no longer for you',
  'checklist.login-buttons.why':
    'Websites, apps and mini programs that only offer WeChat login will be closed to you from now on.',

  'checklist.legal': 'Legal and ethical',

  'checklist.work-handover': 'Hand over your work',
  'checklist.work-handover.why':
    'A WeChat used for work holds clients, documents and conversations: simply vanishing leaves trouble for your employer and for you.',

  'checklist.disputes': 'Accounts involved in inheritance or debt',
  'checklist.disputes.why':
    'If money or records in the account matter to an inheritance or a debt dispute, deleting may destroy evidence.',

  'checklist.communities': 'Hand over communities and fan groups',
  'checklist.communities.why':
    'Communities or fan groups you run lose touch with each other if you vanish without warning.',

  'checklist.alternatives': 'Alternatives to deleting',
  'checklist.alternatives.intro':
    'Deleting is the last step. See whether one of these would do; tick each once you have considered it.',

  'checklist.second-account': 'Open a second account',
  'checklist.second-account.why':
    'If you mainly want to keep work and private life apart, a second account is often enough.',

  'checklist.other-tools': 'Move some uses to QQ or WeCom',
  'checklist.other-tools.why':
    'If there are only some things you no longer want to do on WeChat, another tool may be enough.',

  'checklist.half-exit': 'Try a “half exit” first',
  'checklist.half-exit.why':
    'Logging out and clearing local data protects your privacy too, and the account stays recoverable.',

  'checklist.apply': 'Applying',

  'checklist.legacy-list': 'Write a digital legacy list',
  'checklist.legacy-list.why':
    'Noting what to move, whom to tell and what to keep means nothing slips through.',

  'checklist.usual-device': 'Apply from the phone you normally use',
  'checklist.usual-device.why':
    'WeChat may refuse the application when it comes from a device it does not know, or from a phone you have only just switched to.',

  'checklist.verification': 'Be ready to verify',
  'checklist.verification.why':
    'Applying asks for a code sent by SMS, and possibly your WeChat Pay password.',

  'checklist.face-check': 'Face recognition',
  'checklist.face-check.why':
    'If you turned on face recognition, you will have to verify your face when applying.',

  'checklist.cooling-off-rules': 'Know the cooling-off rule',
  'checklist.cooling-off-rules.why':
    'For 60 days after applying, logging in to WeChat withdraws the deletion, and using “Log in with WeChat” on a website almost certainly does too.',
} as const;
