import { describe, expect, it } from 'vitest';
import {
  checkKey,
  decode,
  KEY,
  type Migration,
  migrate,
  patches,
  SCHEMA_VERSION,
  siteKey,
} from '@/utils/model';
import { NOW, site } from '../helpers/site';

describe('reading stored data', () => {
  it('reads a clean store without reporting anything', () => {
    const { state, repairs } = decode({
      [KEY.meta]: { schema: SCHEMA_VERSION },
      [siteKey('zhihu.com')]: site('知乎', { appid: 'wx268fcfe924dcb171', note: '积分' }),
      [checkKey('pay-closed')]: { state: 'done', at: NOW },
      [KEY.tracker]: { appliedOn: '2026-11-01', at: NOW },
    });
    expect(repairs).toEqual([]);
    expect(state.sites['zhihu.com']?.note).toBe('积分');
    expect(state.checklist['pay-closed']?.state).toBe('done');
    expect(state.tracker.appliedOn).toBe('2026-11-01');
  });

  it.each([
    ['a string', 'zhihu'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2]],
  ])('drops a site stored as %s and keeps the others', (_label, broken) => {
    const { state, repairs, fixes } = decode({
      [siteKey('jd.com')]: broken,
      [siteKey('zhihu.com')]: site('知乎'),
    });
    expect(Object.keys(state.sites)).toEqual(['zhihu.com']);
    expect(repairs).toEqual([{ key: 's:jd.com', action: 'dropped', reason: expect.any(String) }]);
    expect(fixes).toEqual({ 's:jd.com': null });
  });

  it('repairs a site field by field, keeping the name and note the user wrote', () => {
    const { state, repairs, fixes } = decode(
      {
        [siteKey('jd.com')]: { name: '京东', status: 'frozen', via: 7, note: 'x'.repeat(900) },
        [siteKey('zhihu.com')]: site('知乎', { status: 'rebound' }),
      },
      NOW,
    );
    const repaired = state.sites['jd.com'];
    expect(repaired).toMatchObject({ name: '京东', status: 'rebind', via: 'manual', at: NOW });
    expect(repaired?.note).toHaveLength(500);
    expect(state.sites['zhihu.com']?.status).toBe('rebound');
    expect(repairs).toHaveLength(1);
    expect(repairs[0]?.action).toBe('fixed');
    expect(fixes['s:jd.com']).toEqual(repaired);
  });

  it('drops a site whose key is not a normalised id', () => {
    const { state, repairs } = decode({ 's:': site('x'), 's:Zhihu.com': site('y') });
    expect(state.sites).toEqual({});
    expect(repairs.map((r) => r.key)).toEqual(['s:', 's:Zhihu.com']);
  });

  it.each([
    ['unknown state', { state: 'maybe', at: NOW }],
    ['missing time', { state: 'done' }],
    ['overlong note', { state: 'done', note: 'n'.repeat(301), at: NOW }],
    ['not an object', 'done'],
  ])('resets a checklist item with %s and leaves the other items', (_label, broken) => {
    const { state, repairs } = decode({
      [checkKey('a')]: broken,
      [checkKey('b')]: { state: 'na', at: NOW },
    });
    expect(state.checklist).toEqual({ b: { state: 'na', at: NOW } });
    expect(repairs).toEqual([{ key: 'c:a', action: 'dropped', reason: expect.any(String) }]);
  });

  it('repairs only the broken settings fields', () => {
    const { state, repairs } = decode({
      [KEY.settings]: { language: 'en', detection: 'yes', reminders: false, at: NOW },
    });
    expect(state.settings).toEqual({ language: 'en', detection: true, reminders: false, at: NOW });
    expect(repairs).toHaveLength(1);
  });

  it.each([['2026-02-30'], ['2026-13-01'], ['yesterday'], [20261101]])(
    'forgets an application day that is not a real day (%s)',
    (appliedOn) => {
      const { state, repairs } = decode({ [KEY.tracker]: { appliedOn, at: NOW } }, NOW);
      expect(state.tracker.appliedOn).toBeUndefined();
      expect(repairs[0]?.action).toBe('fixed');
    },
  );

  it('keeps the valid dismissed sites and drops the rest', () => {
    const { state } = decode({ [KEY.dismissed]: ['a.com', 7, 'B.com', 'c.com'] });
    expect(state.dismissed).toEqual(['a.com', 'c.com']);
  });

  it('drops keys no version of the extension writes', () => {
    const { repairs, fixes } = decode({ junk: 1, [KEY.meta]: { schema: 1 } });
    expect(repairs).toEqual([{ key: 'junk', action: 'dropped', reason: 'unknown key' }]);
    expect(fixes).toEqual({ junk: null });
  });
});

describe('schema versions', () => {
  it('stamps unversioned data with the current version', () => {
    const { patch, newer } = migrate({ [siteKey('a.com')]: site('a') });
    expect(newer).toBe(false);
    expect(patch).toEqual({ [KEY.meta]: { schema: SCHEMA_VERSION } });
  });

  it('writes nothing for an empty store', () => {
    expect(migrate({}).patch).toEqual({});
  });

  it('runs each migration in order and records the new version', () => {
    const renameNote: Migration = (items) => {
      const old = items['s:a.com'] as Record<string, unknown>;
      return { 's:a.com': { ...old, note: old.memo, memo: undefined } };
    };
    const addFlag: Migration = () => ({ [KEY.settings]: { flag: true } });
    const { items, patch } = migrate(
      { [KEY.meta]: { schema: 1 }, 's:a.com': { memo: 'hi' } },
      { 1: renameNote, 2: addFlag },
      3,
    );
    expect(items['s:a.com']).toMatchObject({ note: 'hi' });
    expect(patch[KEY.meta]).toEqual({ schema: 3 });
    expect(patch[KEY.settings]).toEqual({ flag: true });
  });

  it('leaves data from a newer version alone', () => {
    const { patch, newer } = migrate({ [KEY.meta]: { schema: SCHEMA_VERSION + 1 }, x: 1 });
    expect(newer).toBe(true);
    expect(patch).toEqual({});
  });
});

describe('writing', () => {
  it('removes an open checklist item without a note instead of storing the default', () => {
    expect(patches.check('a', { state: 'open', at: NOW })).toEqual({ 'c:a': null });
    expect(patches.check('a', { state: 'open', note: '问银行', at: NOW })).toEqual({
      'c:a': { state: 'open', note: '问银行', at: NOW },
    });
  });

  it('refuses to write a value that could not be read back', () => {
    expect(() =>
      patches.site('zhihu.com', { ...site('知乎'), status: 'gone' as 'rebind' }),
    ).toThrow();
    expect(() => patches.site('Zhihu.com', site('知乎'))).toThrow();
  });
});
