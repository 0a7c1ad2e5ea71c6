import { describe, expect, it } from 'vitest';
import { activateLocale } from '@/utils/i18n';
import { escapeMarkdown, legacyData, legacyMarkdown } from '@/utils/legacy-markdown';
import { EMPTY_STATE, type Site, type State } from '@/utils/model';

const site = (fields: Partial<Site>): Site => ({
  name: 'x',
  status: 'rebind',
  via: 'manual',
  first: 1,
  at: 1,
  ...fields,
});

const STATE: State = {
  ...EMPTY_STATE,
  tracker: { appliedOn: '2026-10-01', at: 1 },
  checklist: {
    'pay-closed': { state: 'done', at: 1 },
    'face-check': { state: 'na', at: 1 },
    chats: { state: 'open', note: '还差 *2019* 年的\n第二行', at: 1 },
  },
  sites: {
    'zhihu.com': site({ name: '知乎', status: 'rebound', note: '手机 | 尾号 1234' }),
    'jd.com': site({ name: '京东' }),
    'csdn.net': site({ name: 'CSDN', pending: true }),
    'app:王者荣耀': site({ name: '王者荣耀', status: 'abandon' }),
    'xn--fsqu00a.xn--fiqs8s': site({ name: '[点我](javascript:alert(1))', status: 'abandon' }),
  },
};

describe('escaping user text for Markdown', () => {
  it.each([
    ['plain 文本', 'plain 文本'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](http://a/b.png)', '!\\[img\\](http://a/b.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp;', '\\&amp;'],
    ['# not a heading', '\\# not a heading'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['1号店', '1号店'],
    ['line one\r\n  line two\nthree', 'line one line two three'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('the digital-legacy list as Markdown', () => {
  const markdown = () => legacyMarkdown(legacyData(STATE, '2026-10-11'));

  it('starts with its title and the day it was made', () => {
    expect(markdown().split('\n').slice(0, 3)).toEqual([
      '# 数字遗产清单',
      '',
      '生成于 2026年10月11日 · 微信注销助手',
    ]);
  });

  it('gives the application day, the end of the cooling-off period and the days left', () => {
    const text = markdown();
    expect(text).toContain('- 申请注销的日期：2026年10月1日');
    expect(text).toContain(
      '- 2026年11月30日注销生效，还剩 50 天；想保留账号，要在这一天之前登录。',
    );
    // The last day, as the calendar file has it: day 60 counting the day of applying.
    expect(text).toContain(
      '- 冷静期最后一天（第 60 天）：2026年11月29日。想保留账号，最晚要在这一天结束前登录微信。',
    );
    expect(text).toContain('在网站上用微信登录，几乎肯定也会');
  });

  it.each([
    ['2026-11-30', '60 天已满，注销今天（2026年11月30日）生效。'],
    ['2026-12-01', '注销已于 2026年11月30日 生效，除非你在冷静期里登录过微信。'],
  ])('on %s says %s', (today, sentence) => {
    expect(legacyMarkdown(legacyData(STATE, today))).toContain(sentence);
  });

  it('says when no application was recorded', () => {
    const text = legacyMarkdown(legacyData(EMPTY_STATE, '2026-10-11'));
    expect(text).toContain('- 还没有登记注销申请。');
    expect(text).toContain('清单里还没有网站或 App。');
  });

  it('lists the sites by status, waiting ones first, as tables with escaped cells', () => {
    const text = markdown();
    expect(text).toContain('共 5 个网站和 App。');
    const headings = [...text.matchAll(/^### (.+（\d+）)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['待确认（1）', '待改绑（1）', '已改绑（1）', '放弃该账号（2）']);
    expect(text).toContain('| 名称 | 域名 | 备注 |\n| --- | --- | --- |');
    expect(text).toContain('| 知乎 | zhihu.com | 手机 \\| 尾号 1234 |');
    expect(text).toContain('| 王者荣耀 | 手机 App |  |');
    expect(text).toContain('| \\[点我\\](javascript:alert(1)) | 例子.中国 |  |');
    expect(text).not.toMatch(/[^\\]\[点我\]\(/);
  });

  it('ticks settled checklist items, marks the ones that do not apply, and keeps notes', () => {
    const text = markdown();
    expect(text).toMatch(/^- \[x\] .+$/m);
    expect(text).toMatch(/^- \[x\] .+（不适用）$/m);
    expect(text).toMatch(/^- \[ \] .+ — 备注：还差 \\\*2019\\\* 年的 第二行$/m);
    expect(text).toContain('### 微信的注销条件');
    expect(text).toMatch(/已处理 \d+ \/ \d+ 项/);
  });

  it('is written in English when English is active', async () => {
    await activateLocale('en');
    const text = markdown();
    expect(text).toContain('# Digital legacy list');
    expect(text).toContain(
      'The deletion becomes final on November 30, 2026, 50 days from now: to keep the account, log in before that day.',
    );
    expect(text).toContain('Last day of the period (day 60): November 29, 2026.');
    expect(text).toContain('### Rebound (1)');
  });
});
