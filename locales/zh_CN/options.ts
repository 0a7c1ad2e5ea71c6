/**
 * The options page's first render: its navigation, the site list and the add form.
 * What loads after it is in options-tools.ts and history.ts.
 */
export default {
  'options.tagline': '注销微信前，把挂在微信上的网站、App 和数据一一安顿好。',
  'options.nav': '页面目录',
  'options.undo': '撤销',
  'options.undone': '已撤销。',
  // The parts that load after the first render (components/options/WithTools.tsx).
  'options.later.loading': '正在载入…',
  'options.later.failed':
    '这部分页面没能载入：{reason}。请重新载入页面；如果一直这样，请在浏览器的扩展程序页面重新加载本扩展。',
  'options.later.reload': '重新载入页面',

  'options.sites.title': '用微信登录的网站和 App',
  'options.sites.intro':
    '微信注销后，凡是只能用微信登录的账号都会进不去，里面的订单、积分和余额也就拿不回来了。把这些网站和 App 列在这里，逐个改绑或做好取舍。',

  'options.add.title': '添加一个网站或 App',
  'options.add.address': '网址或域名',
  'options.add.address.hint':
    '例如 zhihu.com，或从地址栏复制的完整网址；输入网站名（如“知乎”）或域名的开头，会列出提供微信登录的网站供你选择。手机 App 没有网址，这一栏留空即可。',
  'options.add.suggestions': '提供微信登录的网站',
  'options.add.name': '名称',
  'options.add.name.hint': '网站可以不填，会自动使用域名；手机 App 请填写 App 的名字。',
  'options.add.submit': '添加',
  'options.add.listed': '{name} 已经在清单里了。',
  'options.added': '已添加 {name}（{domain}）。',
  'options.confirmed': '已确认：{name} 使用微信登录，已留在清单中。',
  'options.dismissed': '已忽略 {name}，以后不会再提示它。',

  'options.summary.label': '按状态统计（点击可筛选）',
  'options.filter.search': '搜索',
  'options.filter.search.placeholder': '名称、域名或备注',
  'options.filter.status': '状态',
  'options.filter.origin': '来源',
  'options.filter.sort': '排序',
  'options.filter.all': '全部',
  'options.filter.any': '全部来源',
  'options.filter.clear': '清除筛选',
  'options.sort.status': '按状态',
  'options.sort.name': '按名称',
  'options.sort.changed': '按最近修改',

  'options.bulk.selected': { other: '已选 {count} 项' },
  'options.bulk.status': '将所选设为',
  'options.bulk.choose': '选择状态…',
  'options.bulk.apply': '应用',
  'options.bulk.remove': { other: '移除所选 {count} 项' },
  'options.bulk.clear': '取消选择',

  'options.col.name': '名称',
  'options.col.domain': '域名',
  'options.col.origin': '来源',
  'options.col.status': '状态',
  'options.col.note': '备注',
  'options.col.changed': '最后修改',
  'options.list.caption': { other: '网站和 App，共 {count} 个' },
  'options.list.caption.filtered': { other: '网站和 App，显示 {count} 个，共 {total} 个' },
  'options.list.filtered': { other: '正在显示 {count} 个，共 {total} 个。' },
  'options.list.empty':
    '清单还是空的。在上面添加你用微信登录过的网站或 App；开启自动发现后，用微信登录网站时也会自动记下来。',
  'options.list.none': '没有符合条件的网站。',
  'options.list.select': '选择 {name}',
  'options.list.selectShown': { other: '选择显示的全部 {count} 项' },
  'options.list.status.label': '{name} 的状态',
  'options.list.note.label': '{name} 的备注',
  'options.list.confirm': '确认',
  'options.list.confirm.label': '确认 {name} 使用微信登录',
  'options.list.dismiss': '不是',
  'options.list.dismiss.label': '不是：{name} 不用微信登录，忽略它',
  'options.list.settings': '去账号设置',
  'options.list.settings.label':
    '去账号设置：{name}（在那里绑定手机号、邮箱或设置密码；新标签页打开）',
  'options.list.remove': '移除',
  'options.list.remove.label': '从清单中移除 {name}',

  'options.saved.status': '已把 {name} 标记为“{status}”。',
  'options.saved.note': '已保存 {name} 的备注。',
  'options.saved.bulk': { other: '已把 {count} 项标记为“{status}”。' },
  'options.saved.settings': '设置已保存。',
  'options.removed': { other: '已移除 {count} 项。' },
  'options.removed.one': '已移除 {name}。',

  'options.transfer.title': '导入与导出',
  // Titles of sections that load after the first render: the page's navigation names them.
  'options.storage.title': '存储空间',

  'options.legacy.title': '数字遗产清单',
  'options.legacy.intro':
    '把注销准备的进度、网站清单（状态和备注）和冷静期日期汇总成一页，可以打印、存成 PDF，或导出为 Markdown，留给自己或交给信任的人。',
  'options.legacy.open': '打开数字遗产清单',

  'options.settings.title': '设置',
} as const;
