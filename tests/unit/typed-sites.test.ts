import { describe, expect, it } from 'vitest';
import { EMPTY_STATE } from '@/utils/model';
import { planPaste, readLines, resolveSite } from '@/utils/typed-sites';
import { readItems, site } from '../helpers/site';

const NOW = 1_800_000_000_000;

describe('typing or pasting sites', () => {
  it.each([
    ['zhihu.com', { id: 'zhihu.com', name: '知乎' }],
    ['https://www.zhihu.com/question/1?x=1', { id: 'zhihu.com', name: '知乎' }],
    ['知乎', { id: 'zhihu.com', name: '知乎' }],
    ['Zhihu', { id: 'zhihu.com', name: 'Zhihu' }],
    ['passport.baidu.com', { id: 'baidu.com', name: '百度' }],
    ['a.b.com.cn', { id: 'b.com.cn', name: 'b.com.cn' }],
    ['微信读书', { id: 'app:微信读书', name: '微信读书' }],
    ['我的 App', { id: 'app:我的 app', name: '我的 App' }],
    ['知乎 zhihu.com', { id: 'zhihu.com', name: '知乎' }],
    ['我的站，https://blog.example.org/', { id: 'example.org', name: '我的站' }],
    ['- jd.com', { id: 'jd.com', name: '京东' }],
    ['3. 京东', { id: 'jd.com', name: '京东' }],
    ['1号店', { id: 'yhd.com', name: '1号店' }],
  ])('reads %j', (line, expected) => {
    const [read] = readLines(line, 'zh_CN');
    expect(read?.site).toMatchObject({ ok: true, ...expected });
  });

  it.each([
    ['https://', 'invalid'],
    ['zhihu..com', 'no-domain'],
    ['ftp://files.example.com', 'not-web'],
    ['com.cn', 'no-domain'],
  ])('refuses %j (%s)', (line, problem) => {
    expect(readLines(line, 'zh_CN')[0]?.site).toEqual({ ok: false, field: 'address', problem });
  });

  it('skips blank lines and numbers lines as pasted', () => {
    expect(readLines('\nzhihu.com\n\n  \njd.com', 'zh_CN').map((l) => l.line)).toEqual([2, 5]);
  });

  it('plans new, already listed, repeated and rejected lines', () => {
    const state = { ...EMPTY_STATE, sites: { 'jd.com': site('京东') } };
    const plan = planPaste(
      readLines('zhihu.com\n京东\nwww.zhihu.com\nbad..\n微信读书', 'zh_CN'),
      state,
      NOW,
    );
    expect(plan.entries.map((e) => e.outcome)).toEqual([
      'new',
      'listed',
      'repeat',
      'rejected',
      'new',
    ]);
    expect(plan.added).toBe(2);
    expect(Object.keys(plan.patch).sort()).toEqual(['s:app:微信读书', 's:zhihu.com']);
  });

  it('confirms a detected site when it is pasted', () => {
    const state = {
      ...EMPTY_STATE,
      sites: { 'jd.com': site('example.com', { via: 'detected', pending: true }) },
    };
    const plan = planPaste(readLines('jd.com', 'zh_CN'), state, NOW);
    expect(readItems(plan.patch)['s:jd.com']).toEqual(
      site('example.com', { via: 'detected', at: NOW, appid: 'wx827225356b689e24' }),
    );
  });

  it('explains what is missing in the add form', () => {
    expect(resolveSite({}, 'zh_CN')).toEqual({ ok: false, field: 'address', problem: 'empty' });
    expect(resolveSite({ name: 'x'.repeat(81) }, 'zh_CN')).toEqual({
      ok: false,
      field: 'name',
      problem: 'too-long',
    });
  });
});
