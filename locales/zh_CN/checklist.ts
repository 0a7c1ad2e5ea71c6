/**
 * The deletion checklist (utils/checklist.ts holds its order). Menu paths follow the WeChat
 * versions current when this was written; WeChat renames menus now and then.
 */
export default {
  'checklist.official': '微信的注销条件',
  'checklist.official.intro': '这四项有一项没做到，微信就不受理注销申请。',

  'checklist.safe-state': '账号处于安全状态',
  'checklist.safe-state.why':
    '两周内改过密码、换绑过手机号或邮箱，或者账号被盗、被封、有没处理完的安全投诉，申请都过不了。',

  'checklist.pay-closed': '微信支付已注销',
  'checklist.pay-closed.why': '微信支付还开着，就申请不了注销账号。',

  'checklist.cards-admin': '卡券清空，不再担任管理员',
  'checklist.cards-admin.why':
    '卡包里还有卡券，或者你还是公众号、小程序、企业微信、开放平台账号的管理员，申请会被拒绝。',

  'checklist.authorisations': '解除第三方应用和网站的授权与绑定',
  'checklist.authorisations.why':
    '还有应用或网站通过微信授权着，或者还跟微信有绑定关系，申请都会被拒绝。',

  'checklist.backup': '备份',

  'checklist.chats': '备份聊天记录',
  'checklist.chats.why': '注销之后，聊天记录再也找不回来。',

  'checklist.media': '保存照片、视频和文件',
  'checklist.media.why': '聊天里收到的图片、视频和文件会随账号一起消失。',

  'checklist.bills': '导出微信支付账单',
  'checklist.bills.why': '报税、报销或者对账时，可能还用得上。',

  'checklist.favorites': '整理收藏',
  'checklist.favorites.why': '收藏的文章、笔记和文件，注销后都会删除。',

  'checklist.moments': '保存想留的朋友圈',
  'checklist.moments.why': '你发过的朋友圈，注销后全部清除。',

  'checklist.money': '钱款',
  'checklist.money.intro':
    '下面每一项没处理完，微信支付都注销不了，注销账号也就无从申请。注销微信支付时，银行卡会自动解绑。',

  'checklist.balance': '提现零钱和零钱通',
  'checklist.balance.why': '零钱或零钱通里只要还有钱，微信支付就注销不了。',

  'checklist.licaitong': '赎回理财通',
  'checklist.licaitong.why': '理财通里还有资产，微信支付就注销不了。',

  'checklist.pending': '结清未完成的交易',
  'checklist.pending.why': '还在进行中的订单、退款，会挡住注销微信支付。',

  'checklist.auto-debit': '关闭自动扣费',
  'checklist.auto-debit.why': '还开着的自动续费和免密支付，会让微信支付注销不了。',

  'checklist.weilidai': '还清并关闭微粒贷',
  'checklist.weilidai.why': '微粒贷没关闭或还欠着钱，微信支付就注销不了。',

  'checklist.people': '联系人和群聊',

  'checklist.group-owner': '转让群主',
  'checklist.group-owner.why': '你不把群交出去，注销后由微信决定谁接手。新群主还是自己挑吧。',

  'checklist.contacts': '告诉重要的人以后怎么联系你',
  'checklist.contacts.why': '注销后，好友关系全部断开，别人在微信上再也找不到你。',

  'checklist.wecom': '处理企业微信的关联',
  'checklist.wecom.why': '企业微信和你的个人微信连在一起，注销前要问清单位那边会受什么影响。',

  'checklist.logins': '其他靠微信登录的账号',

  'checklist.websites': '改绑用微信登录的网站',
  'checklist.websites.why':
    '只能用微信登录的网站账号，注销后就进不去了，里面的积分、订单和余额都拿不回来。',

  'checklist.apps-games': '手机应用和游戏',
  'checklist.apps-games.why': '用微信登录的应用和游戏（比如王者荣耀），注销后就登不上了。',

  'checklist.devices': '通过微信授权的智能设备',
  'checklist.devices.why': '用微信授权的智能设备，注销后可能再也同步不了数据。',

  'checklist.memberships': '商家会员和积分',
  'checklist.memberships.why': '绑在微信上的会员卡、积分和等级，注销后会清零。',

  'checklist.consequences': '容易忽略的后果',
  'checklist.consequences.intro': '这几项不用动手，看过、想清楚了就勾上。',

  'checklist.irreversible': '注销无法恢复',
  'checklist.irreversible.why':
    '60 天冷静期里没有登录，期满后账号就彻底没了，聊天记录、联系人、朋友圈和收藏都找不回来。',

  'checklist.phone-reuse': '原手机号再注册可能要审核',
  'checklist.phone-reuse.why': '以后用同一个手机号重新注册微信，可能要先通过风险审核。',

  'checklist.login-buttons': '以后“微信登录”对你没用了',
  'checklist.login-buttons.why': '今后遇到只支持微信登录的网站、应用和小程序，你都用不了。',

  'checklist.legal': '法律和责任',

  'checklist.work-handover': '交接工作',
  'checklist.work-handover.why':
    '工作用的微信里有客户、资料和聊天，一走了之会给单位和自己留下麻烦。',

  'checklist.disputes': '涉及继承或债务的账号',
  'checklist.disputes.why':
    '账号里的钱款或记录如果牵涉继承、债务纠纷，注销后可能就没法再作为证据。',

  'checklist.communities': '交接社群和粉丝群',
  'checklist.communities.why': '你管理的社群或粉丝群，会因为你突然离开而失去联系。',

  'checklist.alternatives': '不注销的办法',
  'checklist.alternatives.intro': '注销是最后一步。先看看这些办法够不够用，想过了就勾上。',

  'checklist.second-account': '另外注册一个小号',
  'checklist.second-account.why': '只是想把工作和生活分开的话，一个小号往往就够了。',

  'checklist.other-tools': '把部分用途转到 QQ 或企业微信',
  'checklist.other-tools.why': '只是不想在微信上处理某些事，换个工具就行。',

  'checklist.half-exit': '先“半退出”',
  'checklist.half-exit.why': '退出登录、清掉本地数据，同样能保护隐私，账号却随时能找回。',

  'checklist.apply': '提交申请',

  'checklist.legacy-list': '列一份数字遗产清单',
  'checklist.legacy-list.why': '把要转移的东西、要通知的人、要留的资料写下来，就不会漏掉。',

  'checklist.usual-device': '用平时常用的手机申请',
  'checklist.usual-device.why': '用微信不认识的设备，或者刚换的手机申请，可能会被拒绝。',

  'checklist.verification': '准备好身份验证',
  'checklist.verification.why': '申请时要输入短信验证码，可能还要输入支付密码。',

  'checklist.face-check': '人脸识别',
  'checklist.face-check.why': '开通过人脸识别的，申请时要本人刷脸验证。',

  'checklist.cooling-off-rules': '记住冷静期的规矩',
  'checklist.cooling-off-rules.why':
    '申请后 60 天内，登录微信会撤回注销；在网站上用“微信登录”，几乎肯定也会。',
} as const;
