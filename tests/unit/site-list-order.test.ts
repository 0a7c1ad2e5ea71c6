import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  type Filters,
  filterRows,
  rowOf,
  sameSiteFields,
  toOriginFilter,
  toStatusFilter,
} from '@/components/options/list-filter';
import { type SortOrder, sortRows, toSort } from '@/components/options/list-sort';
import { site } from '../helpers/site';

const ROWS = [
  rowOf('zhihu.com', site('知乎', { status: 'rebound', via: 'detected', at: 3 })),
  rowOf('jd.com', site('京东', { note: '还有 200 京豆', at: 2 })),
  rowOf('app:微信读书', site('微信读书', { status: 'abandon', via: 'imported', at: 1 })),
  rowOf('ctrip.com', site('Ctrip 携程', { pending: true, via: 'detected', at: 4 })),
  rowOf('douban.com', site('豆瓣', { at: 5 })),
];
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const ALL: Filters = { query: '', status: 'all', origin: 'all' };

describe('the options list: which sites a search and the filters let through', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['nothing asked: every site, in the order given', {}, ids(ROWS)],
    ['a word of the name', { query: '京东' }, ['jd.com']],
    ['part of the domain', { query: 'zhi' }, ['zhihu.com']],
    ['a word of the note', { query: '京豆' }, ['jd.com']],
    ['full-width letters and any case', { query: 'ＣＴＲＩＰ' }, ['ctrip.com']],
    ['every word must match, in any field', { query: 'ctrip 携程' }, ['ctrip.com']],
    ['one word that matches nothing empties the list', { query: '京东 zhihu' }, []],
    ['spaces alone ask for nothing', { query: '   ' }, ids(ROWS)],
    ['a status leaves out pending sites', { status: 'rebind' }, ['jd.com', 'douban.com']],
    ['pending: only sites waiting for confirmation', { status: 'pending' }, ['ctrip.com']],
    ['an origin', { origin: 'detected' }, ['zhihu.com', 'ctrip.com']],
    ['origin and status together', { origin: 'detected', status: 'rebound' }, ['zhihu.com']],
  ])('%s', (_what, filters, expected) => {
    expect(ids(filterRows(ROWS, { ...ALL, ...filters }))).toEqual(expected);
  });

  it('counts each site once, a pending one as pending whatever its status', () => {
    expect(countByStatus(ROWS)).toEqual({
      all: 5,
      pending: 1,
      rebind: 2,
      rebound: 1,
      abandon: 1,
      'not-needed': 0,
    });
  });

  it.each([
    ['pending', 'pending'],
    ['rebound', 'rebound'],
    ['not-needed', 'not-needed'],
    ['all', 'all'],
    ['nonsense', 'all'],
  ])('the status filter read from %j is %j', (value, expected) => {
    expect(toStatusFilter(value)).toBe(expected);
  });

  it.each([
    ['imported', 'imported'],
    ['manual', 'manual'],
    ['', 'all'],
    ['pending', 'all'],
  ])('the origin filter read from %j is %j', (value, expected) => {
    expect(toOriginFilter(value)).toBe(expected);
  });
});

describe('the options list: the order of the sites', () => {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  it.each<[SortOrder, string[]]>([
    ['status', ['ctrip.com', 'douban.com', 'jd.com', 'zhihu.com', 'app:微信读书']],
    ['changed', ['douban.com', 'ctrip.com', 'zhihu.com', 'jd.com', 'app:微信读书']],
    // Chinese names by pinyin (dòu, jīng, wēi, zhī), as a Chinese reader looks for them.
    ['name', ['douban.com', 'jd.com', 'app:微信读书', 'zhihu.com', 'ctrip.com']],
  ])('by %s', (order, expected) => {
    expect(ids(sortRows(ROWS, order, collator))).toEqual(expected);
  });

  it('leaves the rows it was given in their order', () => {
    const before = ids(ROWS);
    sortRows(ROWS, 'name', collator);
    expect(ids(ROWS)).toEqual(before);
  });

  it.each([
    ['name', 'name'],
    ['changed', 'changed'],
    ['status', 'status'],
    ['', 'status'],
  ])('the sort read from %j is %j', (value, expected) => {
    expect(toSort(value)).toBe(expected);
  });
});

describe('whether a row has anything new to show', () => {
  const base = site('京东', { note: 'a' });
  it.each<[string, Partial<ReturnType<typeof site>>, boolean]>([
    ['a copy with the same fields', {}, true],
    ['another name', { name: '京东商城' }, false],
    ['another status', { status: 'abandon' }, false],
    ['another note', { note: 'b' }, false],
    ['now pending', { pending: true }, false],
    ['changed later', { at: base.at + 1 }, false],
  ])('%s: same %s', (_what, change, same) => {
    expect(sameSiteFields(base, { ...base, ...change })).toBe(same);
  });
});
