export default {
  'app.name': '微信注销助手',
  'storage.localOnly': {
    other: '同步空间已满，{count} 项改动暂时只保存在这台设备上。腾出空间后会自动同步。',
  },
  'storage.repaired': {
    other: '发现 {count} 条损坏的数据，已单独修复或移除，其余数据完好。',
  },
  'storage.loadFailed':
    '读取数据失败：{reason}。请重新打开此页面；如果问题持续，请在浏览器扩展管理页重新加载本扩展。',
} as const;
