import { CHECKLIST } from '../../utils/checklist.ts';
import { encodeSite, SCHEMA_VERSION, type Site } from '../../utils/model.ts';

/**
 * Storage contents for the measurements, encoded exactly as the extension stores them
 * (utils/model.ts: one key per checklist item and per site, defaults not stored). Deterministic,
 * so two runs measure the same data.
 */

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 5);
const STATUSES = ['rebind', 'rebound', 'abandon', 'not-needed'] as const;
const ORIGINS = ['manual', 'detected', 'imported'] as const;
const WORDS = [
  'shop',
  'news',
  'video',
  'game',
  'bank',
  'travel',
  'music',
  'forum',
  'cloud',
  'mail',
];
const NAMES = ['商城', '新闻', '视频', '游戏', '银行', '旅行', '音乐', '论坛', '云盘', '邮箱'];
const NOTES = [
  '会员积分还在',
  '绑定了手机号',
  '年费会员到明年三月',
  '有未用完的优惠券',
  '订单历史要导出',
];

/** A 40-character note, Chinese (3 bytes a character in UTF-8) or ASCII. */
export const note40 = (i: number, chinese: boolean): string =>
  (chinese
    ? `第${i}个网站的备注：会员积分还在，记得先换绑手机号再注销微信账号。`
    : `note ${i}: points left, rebind the phone first!!`
  )
    .padEnd(40, chinese ? '。' : '.')
    .slice(0, 40);

export function siteId(i: number): string {
  // Registrable domains, as the extension stores them (never a subdomain).
  return `${WORDS[i % WORDS.length]}${i}.${['com', 'cn', 'com.cn'][i % 3]}`;
}

export function site(i: number, fields: Partial<Site> = {}): Site {
  const status = STATUSES[(i * 7) % STATUSES.length] as Site['status'];
  const entry: Site = {
    name: `${NAMES[i % NAMES.length]} ${i}`,
    status,
    via: ORIGINS[i % ORIGINS.length] as Site['via'],
    ...(i % 11 === 5 ? { pending: true as const } : {}),
    ...(i % 4 === 0 ? { note: NOTES[i % NOTES.length] } : {}),
    first: START + i * DAY,
    at: START + i * DAY + (i % 5) * 3_600_000,
    ...fields,
  };
  return entry;
}

/** `count` sites as storage items (`s:<id>` → the site's stored record). */
export function sites(count: number): Record<string, unknown> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`s:${siteId(i)}`, encodeSite(siteId(i), site(i))]),
  );
}

const ITEMS = CHECKLIST.flatMap((section) => section.items.map((item) => item.id));

/**
 * 40 checklist entries: every item of today's checklist has one (about half done, a few not
 * applicable, the rest open with a note), and four ids a newer version's checklist might add
 * (read, kept, not shown).
 */
export function checklistStates(count = 40): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  const ids = [...ITEMS];
  for (let extra = 1; ids.length < count; extra += 1) ids.push(`future-item-${extra}`);
  for (const [i, id] of ids.slice(0, count).entries()) {
    const state = i % 3 === 2 ? 'open' : i % 7 === 4 ? 'na' : 'done';
    entries[`c:${id}`] = {
      state,
      ...(state === 'open' || i % 5 === 0
        ? { note: `第 ${i} 项：${NOTES[i % NOTES.length]}` }
        : {}),
      at: START + i * DAY,
    };
  }
  return entries;
}

export const META = { meta: { schema: SCHEMA_VERSION } };
export const SETTINGS = {
  settings: { language: 'auto', detection: true, reminders: true, at: START },
};
export const TRACKER = { tracker: { at: START } };
