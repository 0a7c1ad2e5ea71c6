/**
 * The checklist's longer texts: where each item is in WeChat, what can hold it up, and when it
 * does not apply. The popup shows them inside each item's "details", so they load after its first
 * render (utils/i18n.ts, area `checklist-details`).
 */
export default {
  'checklist.safe-state.where': '我 › 设置 › 账号与安全 › 微信安全中心',
  'checklist.safe-state.details':
    '刚改过密码或换过绑定的，等满两周再申请。账号有异常提示的，先在微信安全中心处理好。',

  'checklist.pay-closed.where': '我 › 服务 › 钱包 › 支付设置 › 注销微信支付',
  'checklist.pay-closed.details':
    '零钱或零钱通里还有钱、理财通有持仓、有交易或退款没结束、开着自动扣费、微粒贷没关或没还清，都会卡住这一步，下面“钱款”一节逐项处理。注销微信支付时，绑定的银行卡会一起解绑。',
  'checklist.pay-closed.na': '从没开通过微信支付',

  'checklist.cards-admin.details':
    '卡券用掉或删除。公众号和小程序要在微信公众平台把管理员换成别人，不再需要的就注销；企业微信请企业的其他管理员接手。',
  'checklist.cards-admin.na': '没有卡券，也不管理任何公众号、小程序或企业',

  'checklist.authorisations.where':
    '新版：我 › 设置 › 个人信息与权限 › 授权管理；旧版：我 › 设置 › 隐私 › 授权管理',
  'checklist.authorisations.details':
    '解除授权只断开微信这一端，网站上的账号还在，而且仍然只能用微信登录。先在每个网站换成手机号、邮箱或密码登录（网站清单里记着还差哪些），再回来逐个解除。',
  'checklist.authorisations.na': '从没用微信登录过其他应用或网站',

  'checklist.chats.where': '设置里的“聊天记录迁移与备份”',
  'checklist.chats.details':
    '优先用微信自带的迁移和备份功能；第三方导出工具可能漏掉内容，也有泄露隐私的风险。备份到电脑要用电脑版微信。',

  'checklist.media.details':
    '存到手机相册、电脑或网盘。用网盘前看看它的隐私条款，敏感资料留在本地更稳妥。',

  'checklist.bills.where': '我 › 服务 › 钱包 › 账单，在“常见问题”里找“下载账单”',
  'checklist.bills.details': '账单会发到你填写的邮箱。要在注销微信支付之前导出。',
  'checklist.bills.na': '没用过微信支付',

  'checklist.favorites.where': '我 › 收藏',
  'checklist.favorites.na': '收藏里没有要留的东西',

  'checklist.moments.where': '我 › 朋友圈',
  'checklist.moments.details': '一般只能逐条保存里面的图片和文字，动态多的话早点开始。',
  'checklist.moments.na': '没发过朋友圈，或者不打算保留',

  'checklist.balance.where': '我 › 服务 › 钱包 › 零钱 › 提现；零钱通在钱包里选“转出”',
  'checklist.balance.details':
    '提现一般要 1–3 个工作日到账，确认钱到了银行卡再往下走。提现要用银行卡，所以先提现，再解绑银行卡。',
  'checklist.balance.na': '零钱和零钱通都是空的',

  'checklist.licaitong.where': '我 › 服务 › 钱包 › 理财通',
  'checklist.licaitong.details':
    '赎回要等产品的结算周期走完，有的几天后才到账，定期产品到期前可能赎不出来。逐个查清产品规则，留足时间。',
  'checklist.licaitong.na': '没买过理财通的产品',

  'checklist.pending.details':
    '完成或取消待处理的订单，等退款到账。有些平台在交易结束前会暂时扣住钱款，要等结算完成才能继续。',
  'checklist.pending.na': '没有进行中的交易',

  'checklist.auto-debit.where': '我 › 服务 › 钱包 › 支付设置 › 自动续费',
  'checklist.auto-debit.details':
    '包括视频会员续费、出行套餐和微信支付分的先享后付。关掉之前，想好这些服务以后怎么付款。',
  'checklist.auto-debit.na': '没开过自动扣费',

  'checklist.weilidai.details': '在钱包里打开微粒贷查看欠款。提前还款前，先看清利息怎么算。',
  'checklist.weilidai.na': '没开通过微粒贷',

  'checklist.bank-cards.where': '我 › 服务 › 钱包 › 银行卡',
  'checklist.bank-cards.details':
    '注销微信支付时会一起解绑，也可以提前自己解绑。解绑可能要用银行预留的手机号接收验证码，换过号码的先去银行更新。提现要用银行卡，所以先提现，再解绑。',
  'checklist.bank-cards.na': '没绑过银行卡',

  'checklist.group-owner.where': '打开群聊 › 右上角“…” › 群管理 › 群主管理权转让',
  'checklist.group-owner.details': '先跟群里打个招呼，把群交给会继续管下去的人。',
  'checklist.group-owner.na': '不是任何群的群主',

  'checklist.contacts.details':
    '提前留下手机号、邮箱或新的联系方式。家人、同事、客户和多年没联系的老朋友都别漏掉。',

  'checklist.wecom.details': '联系所在企业的管理员，问清怎么解除关联，工作资料交给谁。',
  'checklist.wecom.na': '没用企业微信',

  'checklist.websites.details':
    '在每个网站绑定手机号、邮箱或设置密码，再在网站清单里标成“已改绑”。本扩展会帮你找出用微信登录过的网站。',
  'checklist.websites.na': '从没用微信登录过网站',

  'checklist.apps-games.details':
    '在每个应用里绑定手机号或换一种登录方式。有的游戏账号不能换绑，先查清规则再决定。也可以把这些应用加进网站清单，一起跟进。',
  'checklist.apps-games.na': '没有用微信登录的应用或游戏',

  'checklist.devices.details': '在设备自己的应用里换成其他账号登录，并把数据先备份到本地。',
  'checklist.devices.na': '没有通过微信授权的设备',

  'checklist.memberships.details': '积分先用掉，或者把会员转到手机号名下。',
  'checklist.memberships.na': '没有绑在微信上的会员',

  'checklist.irreversible.details': '冷静期内登录可以撤回注销；过了这 60 天，就没有回头路了。',

  'checklist.phone-reuse.details': '别指望注销后马上用原号码注册个新号接着用。',

  'checklist.login-buttons.details':
    '常用的服务如果只有微信登录这一种方式，注销前先想好以后用什么替代。',

  'checklist.work-handover.details':
    '把客户联系方式、工作群和文件交给同事，需要的话请单位确认交接完成。',
  'checklist.work-handover.na': '这个微信不用于工作',

  'checklist.disputes.details': '先咨询律师，必要时把相关记录拿去公证。',
  'checklist.disputes.na': '不涉及继承或债务纠纷',

  'checklist.communities.details': '提前告诉大家，定好接手的人，把群主和公众号管理员转过去。',
  'checklist.communities.na': '没有要交接的社群',

  'checklist.second-account.details': '小号和主号的数据互相独立，以后也不能合并。',

  'checklist.other-tools.details':
    'QQ 适合传文件、收邮件，企业微信适合工作沟通和审批。好友关系要在新工具里重新建立。',

  'checklist.half-exit.details': '在手机和电脑上都退出登录并清除缓存。改变主意时，重新登录就行。',

  'checklist.legacy-list.details':
    '这份清单可以从这里开始：做完的打勾，没做完的在备注里写下还差什么。',

  'checklist.usual-device.details': '刚换了新手机的话，先用一段时间再申请。',

  'checklist.verification.details': '确认绑定的手机号还能收短信，记得自己的支付密码。',

  'checklist.face-check.details': '找个光线好的地方，由本人操作。',
  'checklist.face-check.na': '没开通人脸识别',

  'checklist.cooling-off-rules.where': '我 › 设置 › 账号与安全 › 微信安全中心 › 注销账号',
  'checklist.cooling-off-rules.details':
    '提交申请后，在上方“注销冷静期”里记下日期，这里会替你数着剩下的天数。',
} as const;
