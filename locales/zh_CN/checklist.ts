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
  'checklist.safe-state.where': '我 › 设置 › 账号与安全 › 微信安全中心',
  'checklist.safe-state.details':
    '刚改过密码或换过绑定的，等满两周再申请。账号有异常提示的，先在微信安全中心处理好。',

  'checklist.pay-closed': '微信支付已注销',
  'checklist.pay-closed.why': '微信支付还开着，就申请不了注销账号。',
  'checklist.pay-closed.where': '我 › 服务 › 钱包 › 支付设置 › 注销微信支付',
  'checklist.pay-closed.details':
    '零钱或零钱通里还有钱、理财通有持仓、有交易或退款没结束、开着自动扣费、微粒贷没关或没还清，都会卡住这一步，下面“钱款”一节逐项处理。注销微信支付时，绑定的银行卡会一起解绑。',
  'checklist.pay-closed.na': '从没开通过微信支付',

  'checklist.cards-admin': '卡券清空，不再担任管理员',
  'checklist.cards-admin.why':
    '卡包里还有卡券，或者你还是公众号、小程序、企业微信、开放平台账号的管理员，申请会被拒绝。',
  'checklist.cards-admin.details':
    '卡券用掉或删除。公众号和小程序要在微信公众平台把管理员换成别人，不再需要的就注销；企业微信请企业的其他管理员接手。',
  'checklist.cards-admin.na': '没有卡券，也不管理任何公众号、小程序或企业',

  'checklist.authorisations': '解除第三方应用和网站的授权',
  'checklist.authorisations.why': '还授权着的应用和网站，会让注销申请被拒绝。',
  'checklist.authorisations.where':
    '新版：我 › 设置 › 个人信息与权限 › 授权管理；旧版：我 › 设置 › 隐私 › 授权管理',
  'checklist.authorisations.details':
    '解除授权只断开微信这一端，网站上的账号还在，而且仍然只能用微信登录。先在每个网站换成手机号、邮箱或密码登录（网站清单里记着还差哪些），再回来逐个解除。',
  'checklist.authorisations.na': '从没用微信登录过其他应用或网站',

  'checklist.backup': '备份',

  'checklist.chats': '备份聊天记录',
  'checklist.chats.why': '注销之后，聊天记录再也找不回来。',
  'checklist.chats.where': '设置里的“聊天记录迁移与备份”',
  'checklist.chats.details':
    '优先用微信自带的迁移和备份功能；第三方导出工具可能漏掉内容，也有泄露隐私的风险。备份到电脑要用电脑版微信。',

  'checklist.media': '保存照片、视频和文件',
  'checklist.media.why': '聊天里收到的图片、视频和文件会随账号一起消失。',
  'checklist.media.details':
    '存到手机相册、电脑或网盘。用网盘前看看它的隐私条款，敏感资料留在本地更稳妥。',

  'checklist.bills': '导出微信支付账单',
  'checklist.bills.why': '报税、报销或者对账时，可能还用得上。',
  'checklist.bills.where': '我 › 服务 › 钱包 › 账单，在“常见问题”里找“下载账单”',
  'checklist.bills.details': '账单会发到你填写的邮箱。要在注销微信支付之前导出。',
  'checklist.bills.na': '没用过微信支付',

  'checklist.favorites': '整理收藏',
  'checklist.favorites.why': '收藏的文章、笔记和文件，注销后都会删除。',
  'checklist.favorites.where': '我 › 收藏',
  'checklist.favorites.na': '收藏里没有要留的东西',

  'checklist.moments': '保存想留的朋友圈',
  'checklist.moments.why': '你发过的朋友圈，注销后全部清除。',
  'checklist.moments.where': '我 › 朋友圈',
  'checklist.moments.details': '一般只能逐条保存里面的图片和文字，动态多的话早点开始。',
  'checklist.moments.na': '没发过朋友圈，或者不打算保留',

  'checklist.money': '钱款',
  'checklist.money.intro': '这些不处理完，微信支付就注销不了，也就申请不了注销账号。',

  'checklist.balance': '提现零钱和零钱通',
  'checklist.balance.why': '零钱或零钱通里还有一分钱，微信支付都注销不了。',
  'checklist.balance.where': '我 › 服务 › 钱包 › 零钱 › 提现；零钱通在钱包里选“转出”',
  'checklist.balance.details':
    '提现一般要 1–3 个工作日到账，确认钱到了银行卡再往下走。提现要用银行卡，所以先提现，再解绑银行卡。',
  'checklist.balance.na': '零钱和零钱通都是空的',

  'checklist.licaitong': '赎回理财通',
  'checklist.licaitong.why': '理财通里还有资产，微信支付就注销不了。',
  'checklist.licaitong.where': '我 › 服务 › 钱包 › 理财通',
  'checklist.licaitong.details':
    '赎回要等产品的结算周期走完，有的几天后才到账，定期产品到期前可能赎不出来。逐个查清产品规则，留足时间。',
  'checklist.licaitong.na': '没买过理财通的产品',

  'checklist.pending': '结清未完成的交易',
  'checklist.pending.why': '还在进行中的订单、退款，会挡住注销微信支付。',
  'checklist.pending.details':
    '完成或取消待处理的订单，等退款到账。有些平台在交易结束前会暂时扣住钱款，要等结算完成才能继续。',
  'checklist.pending.na': '没有进行中的交易',

  'checklist.auto-debit': '关闭自动扣费',
  'checklist.auto-debit.why':
    '开着的自动续费和免密支付会挡住注销微信支付，之后相关服务也会突然中断。',
  'checklist.auto-debit.where': '我 › 服务 › 钱包 › 支付设置 › 自动续费',
  'checklist.auto-debit.details':
    '包括视频会员续费、出行套餐和微信支付分的先享后付。关掉之前，想好这些服务以后怎么付款。',
  'checklist.auto-debit.na': '没开过自动扣费',

  'checklist.weilidai': '还清并关闭微粒贷',
  'checklist.weilidai.why': '微粒贷没关闭或还欠着钱，微信支付就注销不了。',
  'checklist.weilidai.details': '在钱包里打开微粒贷查看欠款。提前还款前，先看清利息怎么算。',
  'checklist.weilidai.na': '没开通过微粒贷',

  'checklist.bank-cards': '解绑银行卡',
  'checklist.bank-cards.why': '银行卡都解绑了，微信支付才算彻底关掉。',
  'checklist.bank-cards.where': '我 › 服务 › 钱包 › 银行卡',
  'checklist.bank-cards.details':
    '注销微信支付时会一起解绑，也可以提前自己解绑。解绑可能要用银行预留的手机号接收验证码，换过号码的先去银行更新。提现要用银行卡，所以先提现，再解绑。',
  'checklist.bank-cards.na': '没绑过银行卡',

  'checklist.people': '联系人和群聊',

  'checklist.group-owner': '转让群主',
  'checklist.group-owner.why': '你当群主的群，在你注销后会被解散。',
  'checklist.group-owner.where': '打开群聊 › 右上角“…” › 群管理 › 群主管理权转让',
  'checklist.group-owner.details': '先跟群里打个招呼，把群交给会继续管下去的人。',
  'checklist.group-owner.na': '不是任何群的群主',

  'checklist.contacts': '告诉重要的人以后怎么联系你',
  'checklist.contacts.why': '注销后，好友关系全部断开，别人在微信上再也找不到你。',
  'checklist.contacts.details':
    '提前留下手机号、邮箱或新的联系方式。家人、同事、客户和多年没联系的老朋友都别漏掉。',

  'checklist.wecom': '处理企业微信的关联',
  'checklist.wecom.why': '企业微信和你的个人微信连在一起，注销前要问清单位那边会受什么影响。',
  'checklist.wecom.details': '联系所在企业的管理员，问清怎么解除关联，工作资料交给谁。',
  'checklist.wecom.na': '没用企业微信',

  'checklist.logins': '其他靠微信登录的账号',

  'checklist.websites': '改绑用微信登录的网站',
  'checklist.websites.why':
    '只能用微信登录的网站账号，注销后就进不去了，里面的积分、订单和余额都拿不回来。',
  'checklist.websites.details':
    '在每个网站绑定手机号、邮箱或设置密码，再在网站清单里标成“已改绑”。本扩展会帮你找出用微信登录过的网站。',
  'checklist.websites.na': '从没用微信登录过网站',

  'checklist.apps-games': '手机应用和游戏',
  'checklist.apps-games.why': '用微信登录的应用和游戏（比如王者荣耀），注销后就登不上了。',
  'checklist.apps-games.details':
    '在每个应用里绑定手机号或换一种登录方式。有的游戏账号不能换绑，先查清规则再决定。也可以把这些应用加进网站清单，一起跟进。',
  'checklist.apps-games.na': '没有用微信登录的应用或游戏',

  'checklist.devices': '通过微信授权的智能设备',
  'checklist.devices.why': '用微信授权的智能设备，注销后可能再也同步不了数据。',
  'checklist.devices.details': '在设备自己的应用里换成其他账号登录，并把数据先备份到本地。',
  'checklist.devices.na': '没有通过微信授权的设备',

  'checklist.memberships': '商家会员和积分',
  'checklist.memberships.why': '绑在微信上的会员卡、积分和等级，注销后会清零。',
  'checklist.memberships.details': '积分先用掉，或者把会员转到手机号名下。',
  'checklist.memberships.na': '没有绑在微信上的会员',

  'checklist.consequences': '容易忽略的后果',
  'checklist.consequences.intro': '这几项不用动手，看过、想清楚了就勾上。',

  'checklist.irreversible': '注销无法恢复',
  'checklist.irreversible.why':
    '60 天冷静期一过，聊天记录、联系人、朋友圈和收藏全部删除，无法找回。',
  'checklist.irreversible.details': '冷静期内登录可以撤回注销；过了这 60 天，就没有回头路了。',

  'checklist.phone-reuse': '原手机号再注册可能要审核',
  'checklist.phone-reuse.why': '以后用同一个手机号重新注册微信，可能要先通过风险审核。',
  'checklist.phone-reuse.details': '别指望注销后马上用原号码注册个新号接着用。',

  'checklist.login-buttons': '以后“微信登录”对你没用了',
  'checklist.login-buttons.why': '今后遇到只支持微信登录的网站、应用和小程序，你都用不了。',
  'checklist.login-buttons.details':
    '常用的服务如果只有微信登录这一种方式，注销前先想好以后用什么替代。',

  'checklist.legal': '法律和责任',

  'checklist.work-handover': '交接工作',
  'checklist.work-handover.why':
    '工作用的微信里有客户、资料和聊天，一走了之会给单位和自己留下麻烦。',
  'checklist.work-handover.details':
    '把客户联系方式、工作群和文件交给同事，需要的话请单位确认交接完成。',
  'checklist.work-handover.na': '这个微信不用于工作',

  'checklist.disputes': '涉及继承或债务的账号',
  'checklist.disputes.why':
    '账号里的钱款或记录如果牵涉继承、债务纠纷，注销后可能就没法再作为证据。',
  'checklist.disputes.details': '先咨询律师，必要时把相关记录拿去公证。',
  'checklist.disputes.na': '不涉及继承或债务纠纷',

  'checklist.communities': '交接社群和粉丝群',
  'checklist.communities.why': '你管理的社群或粉丝群，会因为你突然离开而失去联系。',
  'checklist.communities.details': '提前告诉大家，定好接手的人，把群主和公众号管理员转过去。',
  'checklist.communities.na': '没有要交接的社群',

  'checklist.alternatives': '不注销的办法',
  'checklist.alternatives.intro': '注销是最后一步。先看看这些办法够不够用，想过了就勾上。',

  'checklist.second-account': '另外注册一个小号',
  'checklist.second-account.why': '只是想把工作和生活分开的话，一个小号往往就够了。',
  'checklist.second-account.details': '小号和主号的数据互相独立，以后也不能合并。',

  'checklist.other-tools': '把部分用途转到 QQ 或企业微信',
  'checklist.other-tools.why': '只是不想在微信上处理某些事，换个工具就行。',
  'checklist.other-tools.details':
    'QQ 适合传文件、收邮件，企业微信适合工作沟通和审批。好友关系要在新工具里重新建立。',

  'checklist.half-exit': '先“半退出”',
  'checklist.half-exit.why': '退出登录、清掉本地数据，同样能保护隐私，账号却随时能找回。',
  'checklist.half-exit.details': '在手机和电脑上都退出登录并清除缓存。改变主意时，重新登录就行。',

  'checklist.apply': '提交申请',

  'checklist.legacy-list': '列一份数字遗产清单',
  'checklist.legacy-list.why': '把要转移的东西、要通知的人、要留的资料写下来，就不会漏掉。',
  'checklist.legacy-list.details':
    '这份清单可以从这里开始：做完的打勾，没做完的在备注里写下还差什么。',

  'checklist.usual-device': '用常用的手机申请',
  'checklist.usual-device.why': '在常用的设备上申请，身份验证更顺利。',
  'checklist.usual-device.details': '刚换了新手机的话，先用一段时间再申请。',

  'checklist.verification': '准备好身份验证',
  'checklist.verification.why': '申请时要输入短信验证码，可能还要输入支付密码。',
  'checklist.verification.details': '确认绑定的手机号还能收短信，记得自己的支付密码。',

  'checklist.face-check': '人脸识别',
  'checklist.face-check.why': '开通过人脸识别的，申请时要本人刷脸验证。',
  'checklist.face-check.details': '找个光线好的地方，由本人操作。',
  'checklist.face-check.na': '没开通人脸识别',

  'checklist.cooling-off-rules': '记住冷静期的规矩',
  'checklist.cooling-off-rules.why':
    '申请后 60 天内，登录微信，或在任何网站上用“微信登录”，注销都会被撤回。',
  'checklist.cooling-off-rules.where': '我 › 设置 › 账号与安全 › 微信安全中心 › 注销账号',
  'checklist.cooling-off-rules.details':
    '提交申请后，在上方“注销冷静期”里记下日期，这里会替你数着剩下的天数。',
} as const;
