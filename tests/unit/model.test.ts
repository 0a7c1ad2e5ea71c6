import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '@/utils/checklist';
import {
  checkIdOfKey,
  checkKey,
  DEFAULT_SETTINGS,
  decode,
  encodeSite,
  expandSite,
  KEY,
  type Migration,
  migrate,
  overflowKey,
  patches,
  SCHEMA_VERSION,
  StoredSiteSchema,
  siteIdOfKey,
  siteKey,
  syncKeyOfOverflow,
} from '@/utils/model';
import { planWrite } from '@/utils/store';
import { domainArb, siteArb } from '../helpers/arbitraries';
import { NOW, site } from '../helpers/site';

describe('reading stored data', () => {
  it('reads a clean store without reporting anything', () => {
    const { state, repairs } = decode({
      [KEY.meta]: { schema: SCHEMA_VERSION },
      [siteKey('zhihu.com')]: encodeSite(
        'zhihu.com',
        site('知乎', { appid: 'wx268fcfe924dcb171', note: '积分' }),
      ),
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
        [siteKey('jd.com')]: { n: '京东', s: 'frozen', v: 7, t: 'x'.repeat(900) },
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
    expect(fixes['s:jd.com']).toEqual(repaired && encodeSite('jd.com', repaired));
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

describe('storage keys', () => {
  it.each(['zhihu.com', 'app:微信读书', 'settings', 's:', ''])(
    'reads back %j from the key of each kind, and nothing from another kind',
    (id) => {
      expect(siteIdOfKey(siteKey(id))).toBe(id);
      expect(checkIdOfKey(checkKey(id))).toBe(id);
      expect(syncKeyOfOverflow(overflowKey(siteKey(id)))).toBe(siteKey(id));
      expect(siteIdOfKey(checkKey(id))).toBeUndefined();
      expect(checkIdOfKey(siteKey(id))).toBeUndefined();
      expect(syncKeyOfOverflow(siteKey(id))).toBeUndefined();
      expect(siteIdOfKey(KEY.settings)).toBeUndefined();
    },
  );
});

describe('schema versions', () => {
  it('stamps unversioned data with the current version', () => {
    const { patch, newer } = migrate({ [KEY.settings]: { ...DEFAULT_SETTINGS, at: NOW } });
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

describe('the stored site record (schema 2)', () => {
  it('gives back exactly the site it was given, for any site under any id', () => {
    const idArb = fc.oneof(
      domainArb,
      fc.string({ minLength: 1, maxLength: 20 }).map((name) => `app:${name.trim().toLowerCase()}`),
    );
    fc.assert(
      fc.property(idArb, siteArb, (id, original) => {
        const stored = encodeSite(id, original);
        expect(StoredSiteSchema.safeParse(stored).success).toBe(true);
        expect(expandSite(id, stored)).toEqual(original);
        expect(decode({ [siteKey(id)]: stored }).repairs).toEqual([]);
      }),
      { seed: 20261127, numRuns: 500 },
    );
  });

  it('stores only what differs from the defaults', () => {
    expect(encodeSite('jd.com', site('jd.com'))).toEqual({ at: NOW });
    expect(encodeSite('app:王者荣耀', site('王者荣耀'))).toEqual({ at: NOW });
    expect(
      encodeSite('zhihu.com', site('知乎', { status: 'rebound', via: 'detected', first: 1 })),
    ).toEqual({ n: '知乎', s: 'rebound', v: 'detected', f: 1, at: NOW });
  });

  it('leaves room for 450 sites with a 40-character Chinese note beside a full checklist', () => {
    const items: Record<string, unknown> = {
      [KEY.meta]: { schema: SCHEMA_VERSION },
      ...patches.settings({ ...DEFAULT_SETTINGS, language: 'zh_CN', at: NOW }),
      ...patches.tracker({ appliedOn: '2026-11-01', at: NOW }),
    };
    for (const item of CHECKLIST.flatMap((section) => section.items)) {
      Object.assign(items, patches.check(item.id, { state: 'done', at: NOW }));
    }
    for (let i = 0; i < 450; i += 1) {
      const note = `第${i}个网站：会员积分还在，记得先换绑手机号再注销微信账号。`.padEnd(40, '。');
      Object.assign(
        items,
        patches.site(`shop${i}.com.cn`, site(`商城 ${i}`, { status: 'rebound', note, first: 1 })),
      );
    }
    expect(planWrite({}, new Map(Object.entries(items))).kept).toEqual({});
  });
});

describe('from schema 1 to schema 2', () => {
  const schema1 = {
    [KEY.meta]: { schema: 1 },
    [siteKey('zhihu.com')]: site('知乎', {
      via: 'detected',
      pending: true,
      note: '积分',
      first: 1,
    }),
    [siteKey('jd.com')]: site('jd.com', { status: 'abandon' }),
    [siteKey('csdn.net')]: { name: 'CSDN', status: 'frozen', at: NOW },
    [checkKey('pay-closed')]: { state: 'done', at: NOW },
  };

  it('rewrites every site record in the short form and keeps what the user stored', () => {
    const { items, patch } = migrate(schema1);
    expect(patch).toEqual({
      [KEY.meta]: { schema: SCHEMA_VERSION },
      [siteKey('zhihu.com')]: { n: '知乎', v: 'detected', p: true, t: '积分', f: 1, at: NOW },
      [siteKey('jd.com')]: { s: 'abandon', at: NOW },
      // A broken record is converted as it is; reading it then repairs the one bad field.
      [siteKey('csdn.net')]: { n: 'CSDN', s: 'frozen', at: NOW },
    });
    const { state, repairs } = decode(items, NOW);
    expect(state.sites['zhihu.com']).toEqual(schema1[siteKey('zhihu.com')]);
    expect(state.sites['jd.com']).toEqual(schema1[siteKey('jd.com')]);
    expect(state.sites['csdn.net']).toMatchObject({ name: 'CSDN', status: 'rebind' });
    expect(repairs.map((repair) => repair.key)).toEqual([siteKey('csdn.net')]);
  });

  it('reads a schema-1 record that arrives later (kept on a device, or from an old version)', () => {
    const { state, repairs } = decode({
      [KEY.meta]: { schema: SCHEMA_VERSION },
      [siteKey('zhihu.com')]: schema1[siteKey('zhihu.com')],
    });
    expect(repairs).toEqual([]);
    expect(state.sites['zhihu.com']).toEqual(schema1[siteKey('zhihu.com')]);
  });
});
