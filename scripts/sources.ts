/**
 * `npm run sources`: writes docs/sources.md, where every fact of the checklist comes from, from
 * the checklist's data (utils/checklist.ts) and its texts in both languages. A test fails when
 * the file on disk differs from what this would write.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import enChecklist from '../locales/en/checklist.ts';
import enDetails from '../locales/en/checklist-details.ts';
import zhChecklist from '../locales/zh_CN/checklist.ts';
import zhDetails from '../locales/zh_CN/checklist-details.ts';
import {
  CHECKLIST,
  type ChecklistItem,
  type Cites,
  SOURCE_IDS,
  type SourceId,
} from '../utils/checklist.ts';

const BRIEF = 'Product brief';
const SEED = 'Article “怎么注销微信（微信注销方法）”, 路由通, 2025-05-15';

/** What each source is, and what it says that the checklist relies on. */
export const SOURCES = {
  'brief:where': `${BRIEF}, “The deletion process”: where to apply (我 › 设置 › 账号与安全 › 微信安全中心 › 注销账号), from a device used often; the application is refused until all four preconditions hold.`,
  'brief:safe-state': `${BRIEF}, precondition 1: the account is in a safe state (no password change or phone/e-mail rebinding in the last two weeks; not stolen, banned or under an unresolved security complaint).`,
  'brief:pay': `${BRIEF}, precondition 2: WeChat Pay closed or never opened; closing it is blocked by money in 零钱 or 零钱通, 理财通 holdings, pending transactions or refunds, auto-debits (incl. 微信支付分 password-free payments), 微粒贷 open or owing; bank cards are unbound as part of closing it.`,
  'brief:cards-admin': `${BRIEF}, precondition 3: cards and coupons cleared; no admin role in an official account, mini program, WeCom organisation or Open Platform account.`,
  'brief:authorisations': `${BRIEF}, precondition 4: authorisations with third-party apps and websites removed, one at a time, in 授权管理 (newer: 我 › 设置 › 个人信息与权限 › 授权管理; older: 我 › 设置 › 隐私 › 授权管理).`,
  'brief:verification': `${BRIEF}, “Verification at application”: SMS code, WeChat Pay password, face recognition where enabled.`,
  'brief:cooling-off': `${BRIEF}, the cooling-off period: 60 days; logging in cancels the deletion; afterwards chats, contacts, Moments, favourites and every login through the account are gone; WeChat login on a website very probably cancels too.`,
  'brief:why': `${BRIEF}, “Who uses it, and why”: a site used through WeChat login is locked after deletion unless switched to a phone number, e-mail or password first; revoking in 授权管理 does not move the account at the site.`,
  'brief:backup': `${BRIEF}, good practice, back up: chats with WeChat's own tool (safer than third-party tools), media and files, WeChat Pay bills (tax, reimbursement), favourites, Moments.`,
  'brief:money': `${BRIEF}, good practice, money: withdraw 零钱 (1–3 working days), redeem 理财通 (settlement cycle), finish or cancel pending orders (some platforms freeze funds), cancel auto-renewals.`,
  'brief:people': `${BRIEF}, good practice, people: transfer group ownership, tell important contacts another way to reach you, WeCom users ask their admin.`,
  'brief:logins': `${BRIEF}, good practice, other logins: sites, games (王者荣耀), smart devices authorised through WeChat, membership points.`,
  'brief:consequences': `${BRIEF}, consequences people forget: re-registering the same number may face a risk review; third-party login buttons stop working; points and levels at merchants are lost.`,
  'brief:legal': `${BRIEF}, legal and ethical: hand over work accounts and data; inheritance or debt disputes may need notarisation; public figures plan the hand-over of fan communities.`,
  'brief:alternatives': `${BRIEF}, alternatives: a second account, QQ or WeCom for some uses, a “half exit” that keeps the account recoverable.`,
  'brief:legacy-list': `${BRIEF}, a personal digital legacy list (数字遗产清单): what to move, whom to tell, what to keep.`,
  'brief:review': `${BRIEF}, “Corrections found by review”: log in by the end of day 60 to keep the account (the guard may cover day 61); export bills before closing WeChat Pay; group ownership passes to another member; an unfamiliar or newly switched device is a reason for refusal; precondition 4 covers bindings (绑定关系); the English label is “Account Cancellation”.`,
  'seed:1': `${SEED}, 一、账号安全与权限验证 (verification; abnormal logins and open complaints block the deletion).`,
  'seed:2': `${SEED}, 二、数据备份与迁移策略 (WeChat's own chat migration, cloud storage and privacy, bill export for tax).`,
  'seed:3': `${SEED}, 三、资产清算与解绑流程 (withdrawal to the bound card in 1–3 working days, 理财通 settlement, pending orders, auto-debits such as video memberships and travel packages).`,
  'seed:4': `${SEED}, 四、社交关系链处理 (contacts and groups after deletion, WeCom).`,
  'seed:5': `${SEED}, 五、替代方案与降级使用 (second account, QQ, WeCom; separate data that cannot be merged).`,
  'seed:6': `${SEED}, 六、注销后的隐性影响 (number re-registration, WeChat login, games, membership points, device authorisations).`,
  'seed:7': `${SEED}, 七、法律与伦理风险规避 (work hand-over, notarisation, fan communities).`,
  'seed:end': `${SEED}, closing paragraphs (digital legacy list, a “half exit” instead of deleting).`,
  varies:
    'Not a source: the menu path follows the WeChat versions seen when this was written, and no public page confirms it. The popup shows “names vary by WeChat version” beside it.',
  advice:
    'Not a source: a suggestion of this extension’s own, stating nothing about WeChat’s rules.',
} as const satisfies Record<SourceId, string>;

type Texts = Readonly<Record<string, unknown>>;
const zh: Texts = { ...zhChecklist, ...zhDetails };
const en: Texts = { ...enChecklist, ...enDetails };

function text(catalogue: Texts, key: string): string {
  const message = catalogue[key];
  if (typeof message !== 'string') throw new Error(`no text for ${key}`);
  return message;
}

/** A Markdown table cell: no line breaks, no column breaks. */
function cell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function cites(list: Cites): string {
  return list.map((id) => `[${id}](#${anchor(id)})`).join(', ');
}

function anchor(id: SourceId): string {
  return `source-${id.replace(/[^a-z0-9]+/g, '-')}`;
}

function row(fact: string, key: string, list: Cites): string {
  return `| ${fact} | ${cell(text(zh, key))} | ${cell(text(en, key))} | ${cites(list)} |`;
}

function itemLines(item: ChecklistItem): string[] {
  const lines = [
    `#### ${text(zh, item.title)} · ${text(en, item.title)} (\`${item.id}\`)`,
    '',
    '| fact | 中文 | English | source |',
    '| --- | --- | --- | --- |',
    row('why', item.why, item.cite.why),
  ];
  if (item.where && item.cite.where) lines.push(row('where', item.where, item.cite.where));
  if (item.details && item.cite.details) {
    lines.push(row('details', item.details, item.cite.details));
  }
  if (item.after?.length)
    lines.push('', `First: ${item.after.map((id) => `\`${id}\``).join(', ')}`);
  return [...lines, ''];
}

/** The whole of docs/sources.md. */
export function renderSources(): string {
  const lines = [
    '# Where the checklist’s facts come from',
    '',
    'Written by `npm run sources` from `utils/checklist.ts` and the checklist’s texts; do not edit',
    'it by hand. Every text that states a fact (why an item matters, where it is in WeChat, its',
    'details) names its sources. A menu path with no public source carries the caveat that names',
    'vary by WeChat version; suggestions of our own are marked as such.',
    '',
    '## Sources',
    '',
  ];
  for (const id of SOURCE_IDS) {
    lines.push(`- <a id="${anchor(id)}"></a>\`${id}\`: ${SOURCES[id]}`);
  }
  lines.push('', '## The checklist', '');
  for (const section of CHECKLIST) {
    lines.push(`### ${text(zh, section.title)} · ${text(en, section.title)}`, '');
    if (section.intro && section.cite) {
      lines.push(
        '| fact | 中文 | English | source |',
        '| --- | --- | --- | --- |',
        row('intro', section.intro, section.cite.intro),
        '',
      );
    }
    for (const item of section.items) lines.push(...itemLines(item));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export const SOURCES_DOC = path.resolve(import.meta.dirname, '../docs/sources.md');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SOURCES_DOC, renderSources());
  console.log(`wrote ${path.relative(process.cwd(), SOURCES_DOC)}`);
}
