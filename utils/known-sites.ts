/**
 * Sites with public evidence of WeChat website login (an appid seen in their login URL, or a
 * WeChat callback page). Only sites with such evidence belong here: never add one on a guess.
 */
export type KnownSite = {
  readonly id: string;
  readonly name: { readonly zh_CN: string; readonly en: string };
  readonly appid?: string;
};

export const KNOWN_SITES: readonly KnownSite[] = [
  { id: 'zhihu.com', name: { zh_CN: '知乎', en: 'Zhihu' }, appid: 'wx268fcfe924dcb171' },
  { id: 'jd.com', name: { zh_CN: '京东', en: 'JD.com' }, appid: 'wx827225356b689e24' },
  { id: 'csdn.net', name: { zh_CN: 'CSDN', en: 'CSDN' }, appid: 'wx0ae11b6a28b4b9fc' },
  { id: 'juejin.cn', name: { zh_CN: '稀土掘金', en: 'Juejin' }, appid: 'wx5059f665cac93f16' },
  { id: 'baidu.com', name: { zh_CN: '百度', en: 'Baidu' }, appid: 'wx85f17c29f3e648bf' },
  { id: 'douban.com', name: { zh_CN: '豆瓣', en: 'Douban' } },
  { id: 'yhd.com', name: { zh_CN: '1号店', en: 'Yihaodian (1号店)' }, appid: 'wxbdc5610cc59c1631' },
];

const byId = new Map(KNOWN_SITES.map((site) => [site.id, site]));
const byAppid = new Map(
  KNOWN_SITES.flatMap((site) => (site.appid ? [[site.appid, site] as const] : [])),
);

export const knownSite = (id: string): KnownSite | undefined => byId.get(id);
export const knownSiteByAppid = (appid: string): KnownSite | undefined => byAppid.get(appid);
