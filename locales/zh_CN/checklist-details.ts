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
    '先导出账单：账单导出在微信支付里面，微信支付一注销就没了。零钱或零钱通里还有钱、理财通还有持仓、有付款或退款没结束、开着自动扣费、微粒贷没关闭或没还清，每一样都会卡住这一步，下面“钱款”一节逐项处理。注销微信支付时银行卡也会一并解绑，不用另外去解。',
  'checklist.pay-closed.na': '从没开通过微信支付',

  'checklist.cards-admin.details':
    '卡券用掉或删掉。公众号、小程序和开放平台账号，交给别的管理员，或者把没人用的注销；企业微信请企业的其他管理员接手。',
  'checklist.cards-admin.na': '没有卡券，也不管理任何公众号、小程序或企业',

  'checklist.authorisations.where':
    '新版：我 › 设置 › 个人信息与权限 › 授权管理；旧版：我 › 设置 › 隐私 › 授权管理',
  'checklist.authorisations.details':
    '解除授权只断开微信这一端：网站上的账号还在，而且照样只能用微信登录。所以先在每个网站和应用里换成手机号、邮箱或密码登录（网站清单里记着还差哪些），再回来逐个解除授权。微信的条件也包括绑定关系：绑着你微信的应用账号同样算在内。',
  'checklist.authorisations.na': '从没用微信登录过其他应用或网站',

  'checklist.chats.where': '设置里的“聊天记录迁移与备份”',
  'checklist.chats.details':
    '优先用微信自带的迁移和备份功能；第三方导出工具可能漏掉内容，还有泄露隐私的风险。',

  'checklist.media.details':
    '存到手机相册、电脑或网盘。用网盘前看看它的隐私条款，敏感资料留在本地更稳妥。',

  'checklist.bills.where': '我 › 服务 › 钱包 › 账单，在“常见问题”里找“下载账单”',
  'checklist.bills.details':
    '一定要在注销微信支付之前做：账单导出是微信支付里的功能，注销以后就没处导了。',
  'checklist.bills.na': '没用过微信支付',

  'checklist.favorites.where': '我 › 收藏',
  'checklist.favorites.na': '收藏里没有要留的东西',

  'checklist.moments.where': '我 › 朋友圈',
  'checklist.moments.details': '发得多的话早点动手，把想留的图片和文字存下来要花不少时间。',
  'checklist.moments.na': '没发过朋友圈，或者不打算保留',

  'checklist.balance.where': '我 › 服务 › 钱包 › 零钱 › 提现；零钱通在钱包里选“转出”',
  'checklist.balance.details':
    '提现一般 1–3 个工作日到账，确认钱进了银行卡再去注销微信支付。提现要打到微信支付绑定的银行卡上，所以到账前先别解绑；之后注销微信支付时，卡会自动解绑。',
  'checklist.balance.na': '零钱和零钱通都是空的',

  'checklist.licaitong.where': '我 › 服务 › 钱包 › 理财通',
  'checklist.licaitong.details':
    '赎回要等产品的结算周期走完，钱可能几天后才到。逐个查清产品规则，把时间留足。',
  'checklist.licaitong.na': '没买过理财通的产品',

  'checklist.pending.details':
    '完成或取消待处理的订单，等退款到账。有些平台在交易结束前会暂时扣住钱款，要等结算完成才能继续。',
  'checklist.pending.na': '没有进行中的交易',

  'checklist.auto-debit.where': '我 › 服务 › 钱包 › 支付设置 › 自动续费',
  'checklist.auto-debit.details':
    '包括视频会员之类的续费、出行套餐，还有微信支付分的免密支付。关掉之前，想好这些服务以后怎么付钱。',
  'checklist.auto-debit.na': '没开过自动扣费',

  'checklist.weilidai.details': '看清还欠多少，全部还上。打算提前还款的，先弄明白利息怎么算。',
  'checklist.weilidai.na': '没开通过微粒贷',

  'checklist.group-owner.where': '打开群聊 › 右上角“…” › 群管理 › 群主管理权转让',
  'checklist.group-owner.details': '先在群里说一声，把群交给愿意继续管下去的人。',
  'checklist.group-owner.na': '不是任何群的群主',

  'checklist.contacts.details':
    '提前留下手机号、邮箱或新的联系方式。家人、同事、客户和多年没联系的老朋友都别漏掉。',

  'checklist.wecom.details': '联系所在企业的管理员，问清怎么解除关联，工作资料交给谁。',
  'checklist.wecom.na': '没用企业微信',

  'checklist.websites.details':
    '在每个网站绑定手机号、邮箱或设置密码，再在网站清单里标成“已改绑”。本扩展会帮你找出用微信登录过的网站。',
  'checklist.websites.na': '从没用微信登录过网站',

  'checklist.apps-games.details':
    '在每个应用里绑定手机号，或者换一种登录方式。游戏能不能换登录方式，先查清规则再决定。也可以把这些应用加进网站清单，一起跟进。',
  'checklist.apps-games.na': '没有用微信登录的应用或游戏',

  'checklist.devices.details': '在设备自己的应用里换成其他账号登录，并把数据先备份到本地。',
  'checklist.devices.na': '没有通过微信授权的设备',

  'checklist.memberships.details': '积分先用掉，或者把会员转到手机号名下。',
  'checklist.memberships.na': '没有绑在微信上的会员',

  'checklist.irreversible.details':
    '冷静期内登录会撤回注销。改主意的话，最晚在第 60 天结束前登录；过了这个时候，就当作没有回头路了。',

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

  'checklist.usual-device.details': '刚换了新手机的话，先用它一段时间再申请。',

  'checklist.verification.details': '确认绑定的手机号还能收短信，记得自己的支付密码。',

  'checklist.face-check.details': '找个光线好的地方，由本人操作。',
  'checklist.face-check.na': '没开通人脸识别',

  'checklist.cooling-off-rules.where': '我 › 设置 › 账号与安全 › 微信安全中心 › 注销账号',
  'checklist.cooling-off-rules.details':
    '提交申请后，在上方“注销冷静期”里记下日期，这里会替你数着天数。要是又想保留账号，最晚在第 60 天结束前登录。',
} as const;
