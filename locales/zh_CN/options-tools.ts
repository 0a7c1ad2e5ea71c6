/**
 * The parts of the options page that load after its first render: the guidance, pasting many
 * sites, import and export, storage, settings.
 */
export default {
  'options.guide.title': '怎样处理这些网站',
  'options.guide.rebind.title': '“改绑”是什么意思',
  'options.guide.rebind':
    '就是让你在这个网站的账号不再依赖微信：在网站的账号设置里设置登录密码，或绑定手机号、邮箱；然后退出登录，不用微信、改用刚设置的方式重新登录一次。能登录进去，才算改绑成功，这时把状态改成“已改绑”。',
  'options.guide.wechat.title': '微信自己的授权列表在哪里',
  'options.guide.wechat':
    '微信的“授权管理”里列着你用微信授权过的 App 和网站，可以拿它来对照这份清单，补上遗漏的。它的位置因版本而异：',
  'options.guide.wechat.newer': '新版微信：我 › 设置 › 个人信息与权限 › 授权管理',
  'options.guide.wechat.older': '旧版微信：我 › 设置 › 隐私 › 授权管理',
  'options.guide.revoke.title': '取消授权不等于处理了账号',
  'options.guide.revoke':
    '在授权管理里取消授权，只是不再让该网站通过微信获取你的信息。你在那个网站的账号不会被删除，也不会因此转到手机号或邮箱名下，里面的东西都还在，却仍然只能靠微信登录。所以顺序是：先在网站上改绑，再去微信里取消授权（注销微信前，这些授权都必须取消）。',

  'options.paste.title': '一次添加多个',
  'options.paste.label': '每行一个网站或 App',
  'options.paste.hint':
    '可以是域名、网址、App 名称，也可以是“名称 网址”。适合对照微信授权管理列表逐行输入，或从表格里整列复制。',
  'options.paste.preview': '预览',
  'options.paste.summary': { other: '共 {count} 行，可以添加 {added} 个' },
  'options.paste.col.line': '行',
  'options.paste.col.text': '输入内容',
  'options.paste.col.site': '识别为',
  'options.paste.col.outcome': '结果',
  'options.paste.new': '将添加',
  'options.paste.listed': '已在清单里',
  'options.paste.repeat': '与前面的行重复',
  'options.paste.add': { other: '添加 {count} 个' },
  'options.paste.edit': '返回修改',
  'options.paste.done': { other: '已添加 {count} 个网站或 App。' },
  'options.export.title': '导出',
  'options.export.hint':
    'JSON 文件包含全部数据（网站清单、注销准备进度、冷静期日期和设置），适合备份或搬到另一个浏览器；CSV 文件只有网站清单，可以用 Excel、WPS 等表格软件打开。',
  'options.export.json': '导出全部数据（JSON）',
  'options.export.csv': '导出网站清单（CSV）',
  'options.export.done': '文件已生成，请在浏览器的下载中查看。',
  'options.import.title': '导入',
  'options.import.hint':
    '可以导入本扩展导出的 JSON 或 CSV 文件，也可以导入自己做的表格：在 Excel、WPS 等软件里另存为 CSV（UTF-8 或 GBK 编码，逗号、分号或制表符分隔都可以），第一行为表头，至少有 name 或 domain 列。导入前会先显示预览，确认后才会保存。',
  'options.import.choose': '选择要导入的文件',
  'options.import.failed': '无法导入“{file}”：{reason}',
  'options.import.unchanged': '没有改动任何数据。',
  'options.import.error.too-large':
    '文件有 {size} MB，超过了 1 MB 的上限。本扩展导出的文件通常只有几十 KB，请确认选对了文件。',
  'options.import.error.empty': '文件是空的。',
  'options.import.error.encoding':
    '文件既不是 UTF-8，也不是简体中文 Windows 常用的 GBK（GB18030）编码，里面的文字无法可靠地读出来。请在表格软件里选择“另存为”，保存类型选“CSV UTF-8（逗号分隔）”，再导入保存的那个文件。',
  'options.import.error.workbook':
    '这是 Excel、WPS 等表格软件的工作簿文件（如 .xlsx、.xls、.et、.ods），不是 CSV 文本，无法直接读取。请用表格软件打开它，选择“另存为”，保存类型选“CSV UTF-8（逗号分隔）”（没有这一项就选“CSV（逗号分隔）”），再导入保存的那个 .csv 文件。',
  'options.import.error.malformed-json':
    '文件内容不是有效的 JSON。请用文本编辑器打开它，检查有没有多余或缺少的逗号、引号或括号，改正后再导入。',
  'options.import.error.json-at':
    '第 {line} 行第 {column} 列{problem}请用文本编辑器（如记事本）打开文件，改正这一处后再导入。',
  'options.import.error.json-cut-off':
    '文件在第 {line} 行第 {column} 列就结束了，后面还缺少结尾的 {wanted}。文件可能没有完整下载或复制；如果是手动改过的，请检查结尾的括号，补全后再导入。',
  'options.import.json.extra-comma':
    '多了一个逗号。逗号只能写在两项之间，最后一项后面不能有逗号，请删掉它。',
  'options.import.json.missing-value':
    '缺少值：冒号后面要写一个值，比如用英文双引号括起来的文字、数字、true、false 或 null。',
  'options.import.json.missing-comma': '缺少逗号：前一项和这一项之间要用英文逗号 , 隔开。',
  'options.import.json.missing-colon': '缺少冒号：名称后面要先写一个英文冒号 : 再写值。',
  'options.import.json.single-quote': '用了单引号 \'。JSON 里的文字要用英文双引号 " 括起来。',
  'options.import.json.full-width': '用了中文标点“{found}”，这里应该是英文的 {wanted}。',
  'options.import.json.comment': '有一段注释。JSON 文件里不能写注释（// 或 /* */），请删掉它。',
  'options.import.json.unquoted-key': '的名称 {found} 没有加引号，要写成 "{found}"。',
  'options.import.json.bad-word':
    '的“{found}”不是 JSON 能用的值：文字要加英文双引号，是否和空值只能写小写的 true、false、null。',
  'options.import.json.bad-number':
    '的数字“{found}”写法不对：不能以 0 或 + 开头，小数点两边都要有数字。',
  'options.import.json.string-break':
    '换行了，但前面的文字还没有结束：可能少了结尾的英文双引号 "；如果文字本身要换行，请写成 \\n。',
  'options.import.json.control-char':
    '的文字里有一个制表符或其他控制字符，JSON 不允许；请删掉它，或写成 \\t。',
  'options.import.json.bad-escape':
    '的“{found}”不是有效的转义：文字里的反斜杠 \\ 要写成两个 \\\\。',
  'options.import.json.extra-content':
    '在 JSON 已经结束之后还有内容“{found}”，可能多了一个 } 或 ]。',
  'options.import.json.wrong-close': '的“{found}”与前面的括号不配对，这里应该是 {wanted}。',
  'options.import.json.unexpected': '出现了不该有的“{found}”。',
  'options.import.error.wrong-format':
    '这不是微信注销助手导出的文件。请选择本扩展导出的 .json 备份，或带表头的 .csv 网站清单。',
  'options.import.error.newer-version':
    '这个文件来自更新版本的微信注销助手（格式版本 {version}）。请先把扩展更新到最新版再导入。',
  'options.import.error.wrong-version':
    '不支持这个文件的格式版本（{version}）。请用当前版本的扩展重新导出。',
  'options.import.error.damaged': '文件中的“{section}”部分已损坏，无法读取。请重新导出一份。',
  'options.import.error.malformed-csv':
    'CSV 第 {row} 行有一个没有配对的引号，文件可能不完整。请在表格软件里重新另存为 CSV 再试。',
  'options.import.error.csv-columns':
    'CSV 的第一行应当是表头，至少包含 name（名称）或 domain（域名）其中一列，各列之间用逗号、分号或制表符分隔。这个文件的第一行是“{header}”。请改好表头后再导入。',
  'options.import.ready':
    '预览已生成：新增 {added} 项，更新 {changed} 项，{rejected} 项无法导入。确认后才会保存。',
  'options.import.ready.nothing': '预览已生成：文件里没有需要导入或更新的内容。',
  'options.import.source.gb18030':
    '这个文件不是 UTF-8 编码，已按 GBK（GB18030）读取：简体中文 Windows 上 Excel 的“CSV（逗号分隔）”和 WPS 都用这种编码保存。请看一下下面的名称是否显示正常：正常就可以确认导入；如果是乱码，请取消，在表格软件里另存为“CSV UTF-8”后再导入。',
  'options.import.source.gb18030-json':
    '这个文件不是 UTF-8 编码，已按 GBK（GB18030）读取：简体中文 Windows 的记事本选“ANSI”保存时就用这种编码。请看一下下面的名称是否显示正常：正常就可以确认导入；如果是乱码，请取消，用文本编辑器把文件另存为 UTF-8 编码后再导入。',
  'options.import.source.semicolon': '各列按分号（;）分隔读取。',
  'options.import.source.tab': '各列按制表符分隔读取。',
  'options.import.header-only':
    '文件里只有表头，下面没有任何网站，所以没有可导入的内容。在表头下面每行填一个网站，保存后再导入。',
  'options.import.nothing-in-file': '这个文件里没有任何可导入的数据。',
  'options.import.preview.title': '导入预览：{file}',
  'options.import.count.new': { other: '新增 {count} 个网站' },
  'options.import.count.changed': { other: '更新 {count} 个网站' },
  'options.import.count.unchanged': { other: '{count} 个网站没有变化' },
  'options.import.count.rejected': { other: '{count} 项无法导入' },
  'options.import.list.new': { other: '将新增（{count}）' },
  'options.import.list.changed': { other: '将更新（{count}）' },
  'options.import.list.rejected': { other: '无法导入（{count}）' },
  'options.import.item.check': '注销准备：{title}',
  'options.import.item.settings': '设置',
  'options.import.item.tracker': '注销申请日期',
  'options.import.item.dismissed': '不再提示的网站',
  'options.import.part.checklist':
    '注销准备进度：新增 {added} 项，更新 {changed} 项，{unchanged} 项没有变化',
  'options.import.part.new': '{part}：将导入',
  'options.import.part.changed': '{part}：将更新',
  'options.import.part.unchanged': '{part}：没有变化',
  'options.import.diff.name': '名称：{from} → {to}',
  'options.import.diff.status': '状态：{from} → {to}',
  'options.import.diff.origin': '来源：{from} → {to}',
  'options.import.diff.note': '备注有改动',
  'options.import.diff.confirmed': '改为已确认',
  'options.import.diff.appid': '微信 AppID 有改动',
  'options.import.diff.separator': '；',
  'options.import.where.row': '第 {row} 行',
  'options.import.where.rowLabel': '第 {row} 行（{label}）',
  'options.import.where.site': '网站 {id}',
  'options.import.where.check': '注销准备：{title}',
  'options.import.rejection': '{where}：{reason}',
  'options.import.reason.no-site': '这一行没有名称、域名或 App。',
  'options.import.reason.address': '“{value}”不是有效的网址或域名。',
  'options.import.reason.not-web': '“{value}”不是 http 或 https 网址。',
  'options.import.reason.no-domain': '“{value}”里找不到具体的网站域名。',
  'options.import.reason.wechat': '“{value}”是微信自己的网页，不是用微信登录的网站。',
  'options.import.reason.name-too-long': '名称超过了 {max} 个字符。',
  'options.import.reason.note-too-long': '备注超过了 {max} 个字符。',
  'options.import.reason.duplicate': '与第 {row} 行是同一个网站，已跳过。',
  'options.import.reason.invalid': '“{field}”一项的内容不符合要求。',
  'options.import.reason.status':
    '无法识别状态“{value}”。可以填 rebind、rebound、abandon、not-needed，或“待改绑”“已改绑”等中文名称。',
  'options.import.reason.origin': '无法识别来源“{value}”。可以填 manual、detected 或 imported。',
  'options.import.reason.pending': 'pending 一栏只能填 yes 或留空，不能是“{value}”。',
  'options.import.reason.appid': '“{value}”不是微信 AppID（应为 wx 加 16 位十六进制字符）。',
  'options.import.reason.date': '无法识别日期“{value}”。',
  'options.import.keeps': '导入只会新增和更新，不会删除清单里已有、而文件里没有的内容。',
  'options.import.deviceOnly': {
    other:
      '同步存储放不下这次导入的全部内容：其中 {count} 项只会保存在这台设备上，不会出现在你的其他设备里。可以先删掉不再需要的网站，或者只导入文件的一部分。',
  },
  'options.import.apply': { other: '确认导入 {count} 项' },
  'options.import.nothing': '没有需要导入的内容',
  'options.import.cancel': '取消',
  'options.import.done': '导入完成：新增 {added} 项，更新 {changed} 项。',
  'options.storage.where':
    '数据只保存在浏览器自带的同步存储里，不会发送到任何服务器。登录浏览器账号并开启同步后，会同步到你的其他设备（Firefox 需要在同步设置里勾选“附加组件”）。',
  'options.storage.bytes': '同步空间',
  'options.storage.bytes.value': '已用 {used} KB，共 {total} KB（{share}%）',
  'options.storage.items': '同步条目',
  'options.storage.items.value': { other: '已用 {count} 条，上限 {total} 条' },
  'options.storage.allSynced': '所有改动都已保存到同步存储。',
  'options.storage.why.separator': '：',
  'options.storage.why.per-item': '这一条超过了同步存储单条 8 KB 的上限',
  'options.storage.why.bytes': '同步存储的 100 KB 总空间已满',
  'options.storage.why.items': '同步存储已达 512 条的上限',
  'options.storage.why.rate': '短时间内写入太频繁，浏览器暂时拒绝了，一分钟后会自动重试',
  'options.storage.why.error': '浏览器拒绝了这次同步写入',
  'options.storage.retry': '重新尝试同步',
  'options.storage.retrying': '正在重试…',
  'options.storage.retried': '所有改动都已同步。',
  'options.storage.newer':
    '这些数据是由更新版本的微信注销助手保存的。为免损坏，本页面只显示、不会改写它们；请把扩展更新到最新版。',
  'options.storage.repaired.ok': '知道了',

  'options.settings.language': '语言',
  'options.settings.language.auto': '跟随浏览器',
  'options.settings.language.zh_CN': '中文',
  'options.settings.language.en': 'English',
  'options.settings.detection': '自动发现用微信登录的网站',
  'options.settings.detection.hint':
    '当你在某个网站打开微信登录页时，记下这个网站，等你确认后再算进清单。判断全部在浏览器里完成，不会上传任何内容。',
  'options.settings.reminders': '冷静期提醒',
  'options.settings.reminders.hint':
    '登记注销申请后，在 60 天冷静期结束前几天提醒你（这是改变主意的最后机会），期满时再提醒一次。',
  // Shown once the tools are in: reading a typed address is one of them.
  'options.add.error.empty':
    '请填写网址或域名；如果是没有网址的手机 App，就只在“名称”里填它的名字。',
  'options.add.error.invalid':
    '“{value}”不是有效的网址或域名。请输入像 zhihu.com 这样的域名，或从浏览器地址栏复制完整网址；如果是手机 App，请清空这一栏，只填名称。',
  'options.add.error.not-web': '“{value}”不是网页地址：只能添加以 http:// 或 https:// 开头的网址。',
  'options.add.error.no-domain':
    '“{value}”里认不出网站的域名（比如只写了 com.cn 这样的公共后缀，或多打了一个点）。请输入完整的域名，如 example.com.cn。',
  'options.add.error.wechat':
    '“{value}”是微信自己的网页（比如公众号文章或网页版微信），不是用微信登录的网站，不用加入清单。请填写你用微信登录过的那个网站的地址。',
  'options.add.error.too-long': '名称太长了，最多 {max} 个字符。',
} as const;
