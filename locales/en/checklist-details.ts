/**
 * The checklist's longer texts in English (see locales/zh_CN/checklist-details.ts). Menu names
 * keep the Chinese label next to the English one where the two differ.
 */
export default {
  'checklist.safe-state.where': 'Me › Settings › Account Security › WeChat Security Center',
  'checklist.safe-state.details':
    'If you just changed your password or a binding, wait until two weeks have passed. If WeChat flags anything odd about the account, settle it in the Security Center first.',

  'checklist.pay-closed.where':
    'Me › Services › Wallet › Payment Settings › close WeChat Pay (注销微信支付)',
  'checklist.pay-closed.details':
    'Export your bills first: the export is part of WeChat Pay and goes with it. Money left in Balance (零钱) or Mini Fund (零钱通), holdings in Wealth (理财通), an unfinished payment or refund, an active auto-debit, or a Weilidai (微粒贷) loan that is open or owing each block this step; the Money section takes them one at a time. Closing WeChat Pay unbinds your bank cards as well, so they need no step of their own.',
  'checklist.pay-closed.na': 'I never opened WeChat Pay',

  'checklist.cards-admin.details':
    'Use up or delete the cards and coupons. Pass each official account, mini program and Open Platform account to another admin, or close the ones nobody needs; in WeCom, ask another admin of the organisation to take over.',
  'checklist.cards-admin.na':
    'No cards or coupons, and I run no official account, mini program or organisation',

  'checklist.authorisations.where':
    'Newer versions: Me › Settings › Personal Information & Permissions › Authorization Management (授权管理). Older: Me › Settings › Privacy › Authorization Management',
  'checklist.authorisations.details':
    'Removing an authorisation only cuts the link on WeChat’s side: your account at the site stays, and it still opens only with WeChat. So first switch each site or app to a phone number, e-mail or password (the site list tracks which are left), then come back and remove the authorisations one at a time. WeChat’s condition covers bindings too: an app account bound to your WeChat counts as well.',
  'checklist.authorisations.na': 'I never used WeChat to log in to another app or site',

  'checklist.chats.where': 'Chat History Migration & Backup (聊天记录迁移与备份), in Settings',
  'checklist.chats.details':
    'Prefer WeChat’s own migration and backup tool: third-party export tools can miss things and put your privacy at risk.',

  'checklist.media.details':
    'Save them to your phone, a computer or a cloud drive. Read a cloud drive’s privacy terms first; sensitive papers are safer kept locally.',

  'checklist.bills.where':
    'Me › Services › Wallet › Bills (账单); look for “Download bills” (下载账单) under the FAQ',
  'checklist.bills.details':
    'Do this before closing WeChat Pay: the bill export is part of WeChat Pay, and once it is closed there is nowhere left to export from.',
  'checklist.bills.na': 'I never used WeChat Pay',

  'checklist.favorites.where': 'Me › Favorites',
  'checklist.favorites.na': 'Nothing in Favorites worth keeping',

  'checklist.moments.where': 'Me › Moments',
  'checklist.moments.details':
    'If you posted a lot, start early: saving the pictures and words you want to keep takes time.',
  'checklist.moments.na': 'I never posted, or want nothing kept',

  'checklist.balance.where':
    'Me › Services › Wallet › Balance › Withdraw; for Mini Fund, open it in Wallet and choose Transfer Out (转出)',
  'checklist.balance.details':
    'A withdrawal usually takes 1–3 working days to arrive, so check the money has reached your bank before closing WeChat Pay. It is paid out to a bank card bound to WeChat Pay: keep one bound until then. Closing WeChat Pay unbinds it afterwards.',
  'checklist.balance.na': 'Balance and Mini Fund are both empty',

  'checklist.licaitong.where': 'Me › Services › Wallet › Wealth (理财通)',
  'checklist.licaitong.details':
    'A redemption waits for the product’s settlement cycle, so the money may arrive days later. Look up each product’s rules and leave enough time.',
  'checklist.licaitong.na': 'I never bought anything in Wealth',

  'checklist.pending.details':
    'Complete or cancel pending orders and wait for refunds to arrive. Some platforms hold the money until a deal is finished: wait for it to settle before going on.',
  'checklist.pending.na': 'Nothing is in progress',

  'checklist.auto-debit.where':
    'Me › Services › Wallet › Payment Settings › Auto-renewal (自动续费)',
  'checklist.auto-debit.details':
    'This covers memberships such as video streaming, travel packages, and WeChat Pay Score’s password-free payments. Before turning one off, decide how you will pay for that service from now on.',
  'checklist.auto-debit.na': 'I never set up an auto-debit',

  'checklist.weilidai.details':
    'See what is still owed and pay it off. Before repaying early, check how the interest is worked out.',
  'checklist.weilidai.na': 'I never opened Weilidai',

  'checklist.group-owner.where':
    'Open the group chat › “…” at the top right › Manage Group › Transfer Ownership',
  'checklist.group-owner.details':
    'Tell the group first, and hand it to someone who will keep looking after it.',
  'checklist.group-owner.na': 'I own no groups',

  'checklist.contacts.details':
    'Leave a phone number, an e-mail address or another way to reach you. Think of family, colleagues, clients and old friends you rarely talk to.',

  'checklist.wecom.details':
    'Contact your organisation’s WeCom admin: ask how to remove the link and who takes over your work material.',
  'checklist.wecom.na': 'I don’t use WeCom',

  'checklist.websites.details':
    'At each site, add a phone number or e-mail or set a password, then mark it “Rebound” in the site list. This extension helps you find the sites where you used WeChat login.',
  'checklist.websites.na': 'I never used WeChat to log in to a website',

  'checklist.apps-games.details':
    'In each app, bind a phone number or switch to another way of logging in. Check a game’s rules on changing the login before you decide. You can add these apps to the site list to keep track of them.',
  'checklist.apps-games.na': 'No app or game uses my WeChat login',

  'checklist.devices.details':
    'Switch the device’s own app to another account, and back its data up locally first.',
  'checklist.devices.na': 'No device is authorised through WeChat',

  'checklist.memberships.details':
    'Spend the points first, or move the membership to your phone number.',
  'checklist.memberships.na': 'No memberships are tied to WeChat',

  'checklist.irreversible.details':
    'Logging in during the cooling-off period withdraws the deletion. If you change your mind, log in by the end of the 60th day at the latest; after that, count on there being no way back.',

  'checklist.phone-reuse.details':
    'Don’t count on opening a fresh account with your old number straight after deleting.',

  'checklist.login-buttons.details':
    'If a service you rely on has no other way to log in, find a replacement before deleting.',

  'checklist.work-handover.details':
    'Pass client contacts, work groups and files to a colleague, and have your employer confirm the hand-over where needed.',
  'checklist.work-handover.na': 'I don’t use this account for work',

  'checklist.disputes.details':
    'Talk to a lawyer first and, where needed, have the relevant records notarised.',
  'checklist.disputes.na': 'No inheritance or debt dispute is involved',

  'checklist.communities.details':
    'Announce it in advance, pick who takes over, and transfer group ownership and official-account admin roles to them.',
  'checklist.communities.na': 'No community to hand over',

  'checklist.second-account.details':
    'The two accounts keep their data apart, and they cannot be merged later.',

  'checklist.other-tools.details':
    'QQ suits file transfer and e-mail; WeCom suits work chat and approvals. Contacts have to be added again in the new tool.',

  'checklist.half-exit.details':
    'Log out on your phone and computer and clear the cache. If you change your mind, just log in again.',

  'checklist.legacy-list.details':
    'This checklist can be its start: tick what is done and note in each item what is still missing.',

  'checklist.usual-device.details':
    'If you have just switched phones, keep using the new one for a while before applying.',

  'checklist.verification.details':
    'Make sure the bound phone number still receives texts, and that you remember your payment password.',

  'checklist.face-check.details': 'Do it yourself, somewhere with good light.',
  'checklist.face-check.na': 'Face recognition is not turned on',

  'checklist.cooling-off-rules.where':
    'Me › Settings › Account Security › WeChat Security Center › Account Cancellation (注销账号)',
  'checklist.cooling-off-rules.details':
    'Once you have applied, record the day under “Cooling-off period” above and this popup counts the days for you. To keep the account after all, log in by the end of the 60th day.',
} as const;
