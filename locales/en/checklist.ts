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
  'checklist.safe-state.where': 'Me › Settings › Account Security › WeChat Security Center',
  'checklist.safe-state.details':
    'If you just changed your password or a binding, wait until two weeks have passed. If WeChat flags anything odd about the account, settle it in the Security Center first.',

  'checklist.pay-closed': 'WeChat Pay is closed',
  'checklist.pay-closed.why': 'You cannot apply to delete the account while WeChat Pay is open.',
  'checklist.pay-closed.where':
    'Me › Services › Wallet › Payment Settings › close WeChat Pay (注销微信支付)',
  'checklist.pay-closed.details':
    'Money left in Balance (零钱) or Mini Fund (零钱通), holdings in Wealth (理财通), an unfinished payment or refund, an active auto-debit, or a Weilidai (微粒贷) loan that is open or owing all stop this step: the Money section below takes them one at a time. Closing WeChat Pay also unbinds your bank cards.',
  'checklist.pay-closed.na': 'I never opened WeChat Pay',

  'checklist.cards-admin': 'No cards or coupons left, no admin roles',
  'checklist.cards-admin.why':
    'Cards or coupons still in Cards & Offers (卡包), or an admin role for an official account, mini program, WeCom organisation or Open Platform account, gets the application refused.',
  'checklist.cards-admin.details':
    'Use up or delete the cards and coupons. Hand official accounts and mini programs to another admin on the WeChat Official Accounts Platform, or close the ones nobody needs; in WeCom, ask another admin of the organisation to take over.',
  'checklist.cards-admin.na':
    'No cards or coupons, and I run no official account, mini program or organisation',

  'checklist.authorisations': 'Third-party apps and sites are deauthorised',
  'checklist.authorisations.why':
    'Apps and websites still authorised through WeChat get the application refused.',
  'checklist.authorisations.where':
    'Newer versions: Me › Settings › Personal Information & Permissions › Authorization Management (授权管理). Older: Me › Settings › Privacy › Authorization Management',
  'checklist.authorisations.details':
    'Removing an authorisation only cuts the link on WeChat’s side: your account at the site stays, and it still only opens with WeChat. First switch each site to a phone number, e-mail or password (the site list tracks which are left), then come back and remove them one by one.',
  'checklist.authorisations.na': 'I never used WeChat to log in to another app or site',

  'checklist.backup': 'Back up',

  'checklist.chats': 'Back up your chats',
  'checklist.chats.why': 'Once the account is deleted, your chat history cannot be recovered.',
  'checklist.chats.where': 'Chat History Migration & Backup (聊天记录迁移与备份), in Settings',
  'checklist.chats.details':
    'Prefer WeChat’s own migration and backup: third-party export tools can miss things and put your privacy at risk. Backing up to a computer needs WeChat for desktop.',

  'checklist.media': 'Save photos, videos and files',
  'checklist.media.why':
    'Pictures, videos and files you received in chats disappear with the account.',
  'checklist.media.details':
    'Save them to your phone, a computer or a cloud drive. Read a cloud drive’s privacy terms first; sensitive papers are safer kept locally.',

  'checklist.bills': 'Export your WeChat Pay bills',
  'checklist.bills.why': 'You may still need them for taxes, expense claims or your own records.',
  'checklist.bills.where':
    'Me › Services › Wallet › Bills (账单); look for “Download bills” (下载账单) under the FAQ',
  'checklist.bills.details':
    'The bills are sent to an e-mail address you give. Export them before closing WeChat Pay.',
  'checklist.bills.na': 'I never used WeChat Pay',

  'checklist.favorites': 'Go through your Favorites',
  'checklist.favorites.why': 'Saved articles, notes and files are deleted along with the account.',
  'checklist.favorites.where': 'Me › Favorites',
  'checklist.favorites.na': 'Nothing in Favorites worth keeping',

  'checklist.moments': 'Keep the Moments you care about',
  'checklist.moments.why': 'Everything you posted to Moments is erased with the account.',
  'checklist.moments.where': 'Me › Moments',
  'checklist.moments.details':
    'Usually the only way is to save the pictures and text post by post, so start early if you have many.',
  'checklist.moments.na': 'I never posted, or want nothing kept',

  'checklist.money': 'Money',
  'checklist.money.intro':
    'Until these are done WeChat Pay cannot be closed, and so the account cannot be deleted.',

  'checklist.balance': 'Withdraw Balance and Mini Fund',
  'checklist.balance.why':
    'As long as a single fen is left in Balance (零钱) or Mini Fund (零钱通), WeChat Pay cannot be closed.',
  'checklist.balance.where':
    'Me › Services › Wallet › Balance › Withdraw; for Mini Fund, open it in Wallet and choose Transfer Out (转出)',
  'checklist.balance.details':
    'A withdrawal usually takes 1–3 working days to arrive; check that the money reached your bank before moving on. Withdrawing needs a bank card, so withdraw first and unbind the cards after.',
  'checklist.balance.na': 'Balance and Mini Fund are both empty',

  'checklist.licaitong': 'Redeem your Wealth (理财通) holdings',
  'checklist.licaitong.why': 'Anything still invested in Wealth (理财通) keeps WeChat Pay open.',
  'checklist.licaitong.where': 'Me › Services › Wallet › Wealth (理财通)',
  'checklist.licaitong.details':
    'A redemption waits for the product’s settlement cycle: some pay out days later, and fixed-term products may not be redeemable before they mature. Check each product’s rules and leave enough time.',
  'checklist.licaitong.na': 'I never bought anything in Wealth',

  'checklist.pending': 'Settle unfinished transactions',
  'checklist.pending.why':
    'Orders and refunds still in progress stop WeChat Pay from being closed.',
  'checklist.pending.details':
    'Complete or cancel pending orders and wait for refunds to arrive. Some platforms hold the money until a deal is finished: wait for it to settle before going on.',
  'checklist.pending.na': 'Nothing is in progress',

  'checklist.auto-debit': 'Turn off auto-debits',
  'checklist.auto-debit.why':
    'Active auto-renewals and password-free payments stop WeChat Pay from being closed, and the services behind them stop abruptly afterwards.',
  'checklist.auto-debit.where':
    'Me › Services › Wallet › Payment Settings › Auto-renewal (自动续费)',
  'checklist.auto-debit.details':
    'This covers streaming memberships, travel packages and WeChat Pay Score’s pay-later services (先享后付). Before turning one off, decide how you will pay for that service from now on.',
  'checklist.auto-debit.na': 'I never set up an auto-debit',

  'checklist.weilidai': 'Repay and close Weilidai (微粒贷)',
  'checklist.weilidai.why':
    'An open Weilidai loan, or one that is still owed, keeps WeChat Pay open.',
  'checklist.weilidai.details':
    'Open Weilidai from Wallet to see what is owed. Before repaying early, check how the interest is charged.',
  'checklist.weilidai.na': 'I never opened Weilidai',

  'checklist.bank-cards': 'Unbind your bank cards',
  'checklist.bank-cards.why': 'WeChat Pay is only fully closed once no bank card is bound to it.',
  'checklist.bank-cards.where': 'Me › Services › Wallet › Bank Cards',
  'checklist.bank-cards.details':
    'Closing WeChat Pay unbinds them too, or you can unbind them yourself beforehand. The bank may send a code to the phone number it has on file for you: if that number has changed, update it with the bank first. Withdrawing needs a card, so withdraw first and unbind after.',
  'checklist.bank-cards.na': 'I never bound a bank card',

  'checklist.people': 'People and groups',

  'checklist.group-owner': 'Hand over the groups you own',
  'checklist.group-owner.why': 'A group whose owner deletes their account is dissolved.',
  'checklist.group-owner.where':
    'Open the group chat › “…” at the top right › Manage Group › Transfer Ownership',
  'checklist.group-owner.details':
    'Tell the group first, and hand it to someone who will keep looking after it.',
  'checklist.group-owner.na': 'I own no groups',

  'checklist.contacts': 'Tell the people who matter how to reach you',
  'checklist.contacts.why':
    'Deleting the account ends every contact relationship: nobody can find you on WeChat any more.',
  'checklist.contacts.details':
    'Leave a phone number, an e-mail address or another way to reach you. Think of family, colleagues, clients and old friends you rarely talk to.',

  'checklist.wecom': 'Sort out the WeCom link',
  'checklist.wecom.why':
    'WeCom is linked to your personal WeChat: ask what deleting it means for your organisation.',
  'checklist.wecom.details':
    'Contact your organisation’s WeCom admin: ask how to remove the link and who takes over your work material.',
  'checklist.wecom.na': 'I don’t use WeCom',

  'checklist.logins': 'Other accounts that rely on WeChat login',

  'checklist.websites': 'Rebind websites you log in to with WeChat',
  'checklist.websites.why':
    'A site account you can only open with WeChat is locked once WeChat is gone, with its points, orders and balance.',
  'checklist.websites.details':
    'At each site, add a phone number or e-mail or set a password, then mark it “Rebound” in the site list. This extension helps you find the sites where you used WeChat login.',
  'checklist.websites.na': 'I never used WeChat to log in to a website',

  'checklist.apps-games': 'Apps and games',
  'checklist.apps-games.why':
    'Apps and games you log in to with WeChat (Honor of Kings, for one) stop letting you in.',
  'checklist.apps-games.details':
    'In each app, bind a phone number or switch to another way of logging in. Some game accounts cannot be moved: check the rules before you decide. You can add these apps to the site list to keep track of them.',
  'checklist.apps-games.na': 'No app or game uses my WeChat login',

  'checklist.devices': 'Smart devices authorised through WeChat',
  'checklist.devices.why':
    'Smart devices you authorised with WeChat may no longer sync their data after the deletion.',
  'checklist.devices.details':
    'Switch the device’s own app to another account, and back its data up locally first.',
  'checklist.devices.na': 'No device is authorised through WeChat',

  'checklist.memberships': 'Shop memberships and points',
  'checklist.memberships.why':
    'Membership cards, points and levels tied to WeChat are reset to nothing.',
  'checklist.memberships.details':
    'Spend the points first, or move the membership to your phone number.',
  'checklist.memberships.na': 'No memberships are tied to WeChat',

  'checklist.consequences': 'Consequences people overlook',
  'checklist.consequences.intro':
    'Nothing to do here: tick each one once you have read it and thought it through.',

  'checklist.irreversible': 'Deletion cannot be undone',
  'checklist.irreversible.why':
    'When the 60-day cooling-off period ends, chats, contacts, Moments and Favorites are deleted for good.',
  'checklist.irreversible.details':
    'Logging in during the cooling-off period withdraws the deletion; after those 60 days there is no way back.',

  'checklist.phone-reuse': 'Your number may face a review if reused',
  'checklist.phone-reuse.why':
    'Registering WeChat again with the same phone number may first need a risk review.',
  'checklist.phone-reuse.details':
    'Don’t count on opening a fresh account with your old number straight after deleting.',

  'checklist.login-buttons': '“Log in with WeChat” is no longer for you',
  'checklist.login-buttons.why':
    'Websites, apps and mini programs that only offer WeChat login will be closed to you from now on.',
  'checklist.login-buttons.details':
    'If a service you rely on has no other way to log in, find a replacement before deleting.',

  'checklist.legal': 'Legal and ethical',

  'checklist.work-handover': 'Hand over your work',
  'checklist.work-handover.why':
    'A WeChat used for work holds clients, documents and conversations: simply vanishing leaves trouble for your employer and for you.',
  'checklist.work-handover.details':
    'Pass client contacts, work groups and files to a colleague, and have your employer confirm the hand-over where needed.',
  'checklist.work-handover.na': 'I don’t use this account for work',

  'checklist.disputes': 'Accounts involved in inheritance or debt',
  'checklist.disputes.why':
    'If money or records in the account matter to an inheritance or a debt dispute, deleting may destroy evidence.',
  'checklist.disputes.details':
    'Talk to a lawyer first and, where needed, have the relevant records notarised.',
  'checklist.disputes.na': 'No inheritance or debt dispute is involved',

  'checklist.communities': 'Hand over communities and fan groups',
  'checklist.communities.why':
    'Communities or fan groups you run lose touch with each other if you vanish without warning.',
  'checklist.communities.details':
    'Announce it in advance, pick who takes over, and transfer group ownership and official-account admin roles to them.',
  'checklist.communities.na': 'No community to hand over',

  'checklist.alternatives': 'Alternatives to deleting',
  'checklist.alternatives.intro':
    'Deleting is the last step. See whether one of these would do; tick each once you have considered it.',

  'checklist.second-account': 'Open a second account',
  'checklist.second-account.why':
    'If you mainly want to keep work and private life apart, a second account is often enough.',
  'checklist.second-account.details':
    'The two accounts keep their data apart, and they cannot be merged later.',

  'checklist.other-tools': 'Move some uses to QQ or WeCom',
  'checklist.other-tools.why':
    'If there are only some things you no longer want to do on WeChat, another tool may be enough.',
  'checklist.other-tools.details':
    'QQ suits file transfer and e-mail; WeCom suits work chat and approvals. Contacts have to be added again in the new tool.',

  'checklist.half-exit': 'Try a “half exit” first',
  'checklist.half-exit.why':
    'Logging out and clearing local data protects your privacy too, and the account stays recoverable.',
  'checklist.half-exit.details':
    'Log out on your phone and computer and clear the cache. If you change your mind, just log in again.',

  'checklist.apply': 'Applying',

  'checklist.legacy-list': 'Write a digital legacy list',
  'checklist.legacy-list.why':
    'Noting what to move, whom to tell and what to keep means nothing slips through.',
  'checklist.legacy-list.details':
    'This checklist can be its start: tick what is done and note in each item what is still missing.',

  'checklist.usual-device': 'Apply from the phone you normally use',
  'checklist.usual-device.why': 'Verification goes more smoothly on a device you use often.',
  'checklist.usual-device.details':
    'If you have just switched phones, use the new one for a while before applying.',

  'checklist.verification': 'Be ready to verify',
  'checklist.verification.why':
    'Applying asks for a code sent by SMS, and possibly your WeChat Pay password.',
  'checklist.verification.details':
    'Make sure the bound phone number still receives texts, and that you remember your payment password.',

  'checklist.face-check': 'Face recognition',
  'checklist.face-check.why':
    'If you turned on face recognition, you will have to verify your face when applying.',
  'checklist.face-check.details': 'Do it yourself, somewhere with good light.',
  'checklist.face-check.na': 'Face recognition is not turned on',

  'checklist.cooling-off-rules': 'Know the cooling-off rule',
  'checklist.cooling-off-rules.why':
    'For 60 days after applying, logging in to WeChat, or using “Log in with WeChat” on any website, withdraws the deletion.',
  'checklist.cooling-off-rules.where':
    'Me › Settings › Account Security › WeChat Security Center › Delete Account',
  'checklist.cooling-off-rules.details':
    'Once you have applied, record the day under “Cooling-off period” above and this popup counts the days left for you.',
} as const;
