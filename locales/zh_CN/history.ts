/** The options page's history scan, and in Firefox the switch for embedded WeChat logins. */
export default {
  'history.intro':
    '在这台设备的浏览记录里，查找你以前打开过的微信登录页，以及你访问过的、提供微信登录的网站。扫描只在浏览器里进行，不会发出任何数据。浏览器会先问你是否允许读取浏览记录；扫描一结束，本扩展就交还这项权限。',
  'history.warning.chrome':
    '点击后，浏览器会弹出提示，大意是“读取和更改您在所有已登录设备上的浏览记录”：这是浏览器对这项权限的固定说法，本扩展只读取，不更改任何记录。',
  'history.warning.firefox': '点击后，Firefox 会弹出提示，大意是“访问浏览记录”。',
  'history.scan': '扫描浏览记录',
  'history.scanning': '正在扫描…',
  'history.denied': '没有得到读取浏览记录的权限，所以没有扫描。',
  'history.failed': '扫描没能完成：{reason}',
  'history.none': '浏览记录里没有找到微信登录。有些登录不经过微信的登录页，这些网站请手动添加。',
  'history.found': { other: '找到 {count} 个可能用微信登录过的网站。勾选要加入清单的：' },
  'history.listed': { other: '另有 {count} 个已经在清单里。' },
  'history.evidence.login': '打开过微信登录页',
  'history.evidence.callback': '从微信登录跳回过',
  'history.evidence.visited': '访问过这个网站',
  'history.visited': {
    other: '你访问过这 {count} 个提供微信登录的网站。你在那里用过微信登录吗？用过的请勾选：',
  },
  'history.lastVisit': '最近一次：{date}',
  'history.dismissed': '以前忽略过',
  'history.add': { other: '加入 {count} 个网站' },
  'history.added': { other: '已加入 {count} 个网站。' },

  'frames.title': '发现嵌在网页里的微信登录',
  'frames.intro':
    '很多网站把微信登录二维码嵌在自己的登录页里。在 Firefox 里，只有你允许本扩展读取导航期间的浏览器活动，它才能知道这些二维码。扩展只看微信登录页的地址，不读取网页内容，也不会发出任何数据。',
  'frames.on': '已开启：嵌在网页里的微信登录也会被发现。',
  'frames.enable': '开启',
  'frames.disable': '关闭',
  'frames.denied': '没有得到权限，嵌在网页里的二维码仍然发现不了。',
} as const;
