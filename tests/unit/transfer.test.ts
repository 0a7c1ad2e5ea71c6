import { describe, expect, it } from 'vitest';
import { BOM } from '@/utils/csv';
import { EXPORT_FORMAT, EXPORT_VERSION, exportCsv, exportJson } from '@/utils/export-file';
import { type Incoming, MAX_IMPORT_BYTES, readImport, readImportBytes } from '@/utils/import-file';
import { planImport } from '@/utils/import-plan';
import {
  applyPatch,
  DEFAULT_SETTINGS,
  decode,
  EMPTY_STATE,
  type Items,
  type Patch,
  type State,
} from '@/utils/model';
import { site, NOW as T0 } from '../helpers/site';

const NOW = 1_800_000_000_000;

/** A state with every awkward thing a user can produce. */
const FULL: State = {
  settings: { language: 'en', detection: false, reminders: true, at: T0 + 5 },
  tracker: { appliedOn: '2026-10-01', at: T0 + 6 },
  checklist: {
    'pay-closed': { state: 'done', at: T0 + 1 },
    'face-check': { state: 'na', note: '没开过人脸', at: T0 + 2 },
    chats: { state: 'open', note: '还差 2019 年的', at: T0 + 3 },
  },
  sites: {
    'zhihu.com': site('知乎', {
      status: 'rebound',
      note: '已绑手机 138****0000',
      appid: 'wx268fcfe924dcb171',
    }),
    'jd.com': site('京东', { via: 'detected', pending: true, first: T0 - 10 }),
    'xn--fsqu00a.xn--fiqs8s': site('例子', { via: 'imported', note: '=HYPERLINK("x")' }),
    'app:微信读书': site('微信读书 (旧)', {
      status: 'abandon',
      note: 'line one\nline "two", three',
    }),
    'app:王者荣耀': site('王者荣耀', { status: 'not-needed', note: "'-5 积分" }),
    '127.0.0.1': site('local test', { at: T0 + 99 }),
  },
  dismissed: ['csdn.net', 'app:foo'],
};

function importInto(state: State, text: string, now = NOW): { state: State; patch: Patch } {
  const read = readImport(text);
  if (!read.ok) throw new Error(`import failed: ${JSON.stringify(read.error)}`);
  const plan = planImport(read.incoming, state, 'zh_CN', now);
  return { state: decode(applyPatch(toItems(state), plan.patch)).state, patch: plan.patch };
}

/** The storage items of a state, the way the store would hold them. */
function toItems(state: State): Items {
  const items: Record<string, unknown> = {};
  if (state.settings.at !== 0) items.settings = state.settings;
  if (state.tracker.at !== 0) items.tracker = state.tracker;
  if (state.dismissed.length > 0) items.dismissed = state.dismissed;
  for (const [id, entry] of Object.entries(state.checklist)) items[`c:${id}`] = entry;
  for (const [id, value] of Object.entries(state.sites)) items[`s:${id}`] = value;
  return items;
}

function incoming(text: string): Incoming {
  const read = readImport(text);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.incoming;
}

describe('the JSON export', () => {
  it('carries a format marker and version and every part of the data', () => {
    const file = JSON.parse(exportJson(FULL, NOW));
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.exportedAt).toBe(new Date(NOW).toISOString());
    expect(Object.keys(file.sites)).toHaveLength(6);
    expect(file.checklist['face-check'].note).toBe('没开过人脸');
    expect(file.settings.language).toBe('en');
    expect(file.tracker.appliedOn).toBe('2026-10-01');
    expect(file.dismissed).toEqual(['csdn.net', 'app:foo']);
  });

  it('round-trips exactly: export, import into an empty store, export again', () => {
    const first = exportJson(FULL, NOW);
    const { state } = importInto(EMPTY_STATE, first);
    expect(state).toEqual(FULL);
    expect(exportJson(state, NOW)).toBe(first);
  });

  it('imports its own export as all unchanged, with nothing to write', () => {
    const read = readImport(exportJson(FULL, NOW));
    if (!read.ok) throw new Error('unreadable');
    const plan = planImport(read.incoming, FULL, 'zh_CN', NOW);
    expect(plan.counts).toEqual({ new: 0, changed: 0, unchanged: 12, rejected: 0 });
    expect(plan.patch).toEqual({});
  });
});

describe('the CSV export', () => {
  it('is UTF-8 with a BOM, a header and one CRLF-ended row per site', () => {
    const csv = exportCsv(FULL);
    expect(
      csv.startsWith(
        `${BOM}name,domain,app,status,origin,pending,note,appid,first_seen,last_changed\r\n`,
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      '知乎,zhihu.com,,rebound,manual,,已绑手机 138****0000,wx268fcfe924dcb171,',
    );
    expect(csv).toContain('例子,例子.中国,,');
  });

  it('neutralises note cells that a spreadsheet would run as formulas', () => {
    const csv = exportCsv(FULL);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`''-5 积分`);
  });

  it('round-trips the site list exactly', () => {
    const { state } = importInto(EMPTY_STATE, exportCsv(FULL));
    expect(state.sites).toEqual(FULL.sites);
    expect(exportCsv(state)).toBe(exportCsv(FULL));
  });
});

describe('reading an import file', () => {
  const valid = JSON.parse(exportJson(FULL, NOW));
  it.each([
    ['over 1 MB', `{"x":"${'a'.repeat(MAX_IMPORT_BYTES)}"}`, 'too-large'],
    ['empty', '  \n', 'empty'],
    ['an empty sheet', ',,,\r\n,,\r\n', 'empty'],
    ['cut-off JSON', exportJson(FULL, NOW).slice(0, 200), 'malformed-json'],
    ['JSON from elsewhere', '{"name":"something else"}', 'wrong-format'],
    ['a JSON array', '[1,2,3]', 'wrong-format'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', 'wrong-format'],
    ['a newer version', JSON.stringify({ ...valid, version: 2 }), 'wrong-version'],
    ['a version as text', JSON.stringify({ ...valid, version: '1' }), 'wrong-version'],
    ['sites as a list', JSON.stringify({ ...valid, sites: [] }), 'damaged'],
    ['an unclosed CSV quote', 'name,domain\n"知乎,zhihu.com\n', 'malformed-csv'],
    ['CSV without a usable header', 'hello,world\n1,2\n', 'csv-columns'],
  ])('refuses %s', (_what, text, kind) => {
    const read = readImport(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.kind).toBe(kind);
  });

  const ascii = (text: string) => [...new TextEncoder().encode(text)];
  // What Excel's "CSV (逗号分隔)" and WPS write on Chinese Windows: GB18030 (GBK) bytes, CRLF, no
  // BOM. The header is 名称,网址,状态,备注 and the rows 知乎 and 豆瓣, written out byte by byte.
  const EXCEL_GBK = new Uint8Array([
    ...[0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xcd, 0xf8, 0xd6, 0xb7, 0x2c], // 名称,网址,
    ...[0xd7, 0xb4, 0xcc, 0xac, 0x2c, 0xb1, 0xb8, 0xd7, 0xa2, 0x0d, 0x0a], // 状态,备注 CRLF
    ...[0xd6, 0xaa, 0xba, 0xf5, 0x2c, ...ascii('zhihu.com,')], // 知乎,zhihu.com,
    ...[0xd2, 0xd1, 0xb8, 0xc4, 0xb0, 0xf3, 0x2c, 0xca, 0xd6, 0xbb, 0xfa, 0x0d, 0x0a], // 已改绑,手机 CRLF
    ...[0xb6, 0xb9, 0xb0, 0xea, 0x2c, ...ascii('douban.com,,\r\n')], // 豆瓣,douban.com,,
  ]);

  it('reads a GBK sheet from Excel or WPS as GB18030, and says so', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(EXCEL_GBK)).toThrow();
    const read = readImportBytes(EXCEL_GBK);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.incoming.source).toEqual({ encoding: 'gb18030', delimiter: ',' });
    expect(read.incoming.rejected).toEqual([]);
    expect(read.incoming.sites).toEqual([
      { id: 'zhihu.com', fields: { name: '知乎', status: 'rebound', note: '手机' } },
      { id: 'douban.com', fields: { name: '豆瓣', note: null } },
    ]);
    const plan = planImport(read.incoming, EMPTY_STATE, 'zh_CN', NOW);
    expect(plan.source.encoding).toBe('gb18030');
    expect(plan.counts.new).toBe(2);
  });

  it('reads UTF-8 first: a UTF-8 sheet is never taken for GB18030', () => {
    const read = readImportBytes(new TextEncoder().encode('名称,网址\r\n知乎,zhihu.com\r\n'));
    expect(read.ok && read.incoming.source.encoding).toBe('utf-8');
    expect(read.ok && read.incoming.sites[0]?.fields.name).toBe('知乎');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 rather than guess', () => {
    // 0xFF never occurs in GB18030, and "é " in Latin-1 (E9 20) is no GB18030 pair.
    for (const bytes of [
      [...ascii('name,domain\r\n'), 0xff, ...ascii(',a.com\r\n')],
      [...ascii('name,domain\r\nCaf'), 0xe9, ...ascii(' Paris,a.com\r\n')],
    ]) {
      expect(readImportBytes(new Uint8Array(bytes))).toEqual({
        ok: false,
        error: { kind: 'encoding' },
      });
    }
  });

  it.each([
    [
      'an .xlsx (a zip)',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...ascii('[Content_Types].xml')],
    ],
    ['an .ods (a zip)', [0x50, 0x4b, 0x03, 0x04, 0x0a, ...ascii('mimetypeapplication/vnd.oasis')]],
    ['a zip header and no NUL byte', [0x50, 0x4b, 0x03, 0x04, 0xd6, 0xaa, 0xff, 0xfe]],
    ['an .xls or WPS .et (OLE)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]],
  ])('names %s as a workbook to save as CSV, never an encoding problem', (_what, bytes) => {
    expect(readImportBytes(new Uint8Array(bytes))).toEqual({
      ok: false,
      error: { kind: 'workbook' },
    });
  });

  it.each([
    [
      'semicolons (Excel in most of Europe)',
      'name;domain;note\r\n知乎;zhihu.com;"a; b, c"\r\n',
      ';',
    ],
    ['tabs (Excel’s Unicode text)', 'name\tdomain\tnote\r\n知乎\tzhihu.com\ta; b, c\r\n', '\t'],
    ['a sep= line', 'sep=;\r\nname;domain;note\r\n知乎;zhihu.com;a; b, c\r\n', ';'],
    ['commas', 'name,domain,note\r\n知乎,zhihu.com,"a; b, c"\r\n', ','],
  ])('finds the columns of a sheet separated by %s', (_what, text, delimiter) => {
    const read = readImport(text);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.incoming.source).toEqual({ encoding: 'utf-8', delimiter });
    const note = delimiter === ';' && text.startsWith('sep') ? 'a' : 'a; b, c';
    expect(read.incoming.sites[0]).toEqual({
      id: 'zhihu.com',
      fields: { name: '知乎', note },
    });
  });

  it('shows the header as read when no delimiter gives a usable column', () => {
    expect(readImport('站点|地址\r\n知乎|zhihu.com\r\n')).toEqual({
      ok: false,
      error: { kind: 'csv-columns', header: '站点|地址' },
    });
  });

  it('reads a header with no rows as a file with nothing to import', () => {
    for (const text of ['name,domain\r\n', '名称;网址;备注\r\n;;\r\n', 'name,domain']) {
      const read = readImport(text);
      if (!read.ok) throw new Error(JSON.stringify(read.error));
      const plan = planImport(read.incoming, FULL, 'zh_CN', NOW);
      expect(plan.items).toEqual([]);
      expect(plan.rejected).toEqual([]);
      expect(plan.patch).toEqual({});
    }
  });

  it('says on which line and column a hand-edited backup goes wrong', () => {
    const json = exportJson(FULL, NOW);
    // A stray comma after the last site, as left by deleting the site below it.
    const last = '    }\n  },\n  "dismissed"';
    expect(json).toContain(last);
    const edited = json.replace(last, `    },${last.slice(5)}`);
    const line = json.slice(0, json.indexOf(last)).split('\n').length;
    const read = readImport(edited);
    expect(!read.ok && read.error).toEqual({
      kind: 'malformed-json',
      mistake: { problem: 'extra-comma', line, column: 6, found: ',' },
    });
  });

  it('reads UTF-8 with or without a BOM, and UTF-16 with one, alike', () => {
    const text = 'name,domain\r\n知乎,zhihu.com\r\n';
    const utf16le = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    const expected = readImport(text);
    if (!expected.ok) throw new Error('unreadable');
    expect(readImportBytes(new TextEncoder().encode(text))).toEqual(expected);
    expect(readImportBytes(new TextEncoder().encode(`${BOM}${text}`))).toEqual(expected);
    expect(readImportBytes(utf16le)).toEqual({
      ok: true,
      incoming: { ...expected.incoming, source: { encoding: 'utf-16le', delimiter: ',' } },
    });
  });

  it('says whether a wrong version is newer', () => {
    const newer = readImport(JSON.stringify({ ...valid, version: 2 }));
    const older = readImport(JSON.stringify({ ...valid, version: 0 }));
    expect(!newer.ok && newer.error).toEqual({ kind: 'wrong-version', version: '2', newer: true });
    expect(!older.ok && older.error).toEqual({ kind: 'wrong-version', version: '0', newer: false });
  });

  it('rejects a broken JSON site on its own and keeps the rest', () => {
    const file = {
      ...valid,
      sites: { ...valid.sites, 'bad.com': { ...valid.sites['zhihu.com'], status: 'done' } },
    };
    const read = incoming(JSON.stringify(file));
    expect(read.sites.map((s) => s.id)).toHaveLength(6);
    expect(read.rejected).toEqual([
      {
        where: { kind: 'site', id: 'bad.com' },
        label: '知乎',
        reason: { code: 'invalid', field: 'status' },
      },
    ]);
  });

  const header = 'name,domain,status,note,pending,appid,last_changed\n';
  it.each([
    [
      'a broken address',
      'x,http://,,,,,',
      { code: 'address', problem: 'invalid', value: 'http://' },
    ],
    [
      'a domain with two dots',
      'x,zhihu..com,,,,,',
      { code: 'address', problem: 'no-domain', value: 'zhihu..com' },
    ],
    [
      'a non-web address',
      'x,ftp://zhihu.com,,,,,',
      { code: 'address', problem: 'not-web', value: 'ftp://zhihu.com' },
    ],
    [
      'a bare public suffix',
      'x,com.cn,,,,,',
      { code: 'address', problem: 'no-domain', value: 'com.cn' },
    ],
    ['an unknown status', 'x,a.com,done,,,,', { code: 'value', field: 'status', value: 'done' }],
    [
      'an unknown pending value',
      'x,a.com,,,maybe,,',
      { code: 'value', field: 'pending', value: 'maybe' },
    ],
    ['a malformed appid', 'x,a.com,,,,wx123,', { code: 'value', field: 'appid', value: 'wx123' }],
    [
      'an unreadable date',
      'x,a.com,,,,,yesterday',
      { code: 'value', field: 'last_changed', value: 'yesterday' },
    ],
    [
      'a name over 80 characters',
      `${'名'.repeat(81)},a.com,,,,,`,
      { code: 'too-long', field: 'name', max: 80 },
    ],
    [
      'a note over 500 characters',
      `x,a.com,,${'n'.repeat(501)},,,`,
      { code: 'too-long', field: 'note', max: 500 },
    ],
    ['no name, domain or app', ',,rebind,note,,,', { code: 'no-site' }],
  ])('rejects a CSV row with %s, naming the row', (_what, row, reason) => {
    const read = incoming(`${header}ok,ok.com,,,,,\n${row}\n`);
    expect(read.sites).toHaveLength(1);
    expect(read.rejected).toHaveLength(1);
    expect(read.rejected[0]?.where).toEqual({ kind: 'row', row: 3 });
    expect(read.rejected[0]?.reason).toEqual(reason);
  });

  it('rejects the second row for the same site, pointing to the first', () => {
    const read = incoming('domain\nzhihu.com\nhttps://www.zhihu.com/q/1\n');
    expect(read.rejected[0]?.reason).toEqual({ code: 'duplicate', first: 2 });
  });

  it('does not call a row a duplicate of a row that was itself rejected', () => {
    const read = incoming('domain,status\nzhihu.com,done\nzhihu.com,rebound\n');
    expect(read.rejected.map((r) => r.where)).toEqual([{ kind: 'row', row: 2 }]);
    expect(read.sites).toEqual([{ id: 'zhihu.com', fields: { status: 'rebound' } }]);
  });

  it('reads a hand-made sheet: Chinese headers and labels, URLs, names of known sites, apps', () => {
    const read = incoming(
      '名称,网址,状态,备注\n' +
        '知乎,https://www.zhihu.com/signin,已改绑,手机号\n' +
        '京东,,,\n' +
        'Keep,,放弃该账号,\n' +
        ',passport.yhd.com,Rebound,\n',
    );
    expect(read.rejected).toEqual([]);
    expect(read.sites).toEqual([
      { id: 'zhihu.com', fields: { name: '知乎', status: 'rebound', note: '手机号' } },
      { id: 'jd.com', fields: { name: '京东', note: null } },
      { id: 'app:keep', fields: { name: 'Keep', status: 'abandon', note: null } },
      { id: 'yhd.com', fields: { status: 'rebound', note: null } },
    ]);
  });
});

describe('planning an import', () => {
  const stored: State = {
    ...EMPTY_STATE,
    sites: {
      'zhihu.com': site('知乎', { note: '旧备注' }),
      'jd.com': site('京东', { status: 'rebound' }),
      'keep.me': site('Keep me'),
    },
  };

  it('sorts entries into new, changed, unchanged and rejected, and never removes', () => {
    const plan = planImport(
      incoming(
        'name,domain,status\n知乎,zhihu.com,rebound\n京东,jd.com,rebound\n豆瓣,douban.com,\nx,bad..,\n',
      ),
      stored,
      'zh_CN',
      NOW,
    );
    expect(plan.counts).toEqual({ new: 1, changed: 1, unchanged: 1, rejected: 1 });
    expect(Object.keys(plan.patch).sort()).toEqual(['s:douban.com', 's:zhihu.com']);
    expect(plan.patch['s:keep.me']).toBeUndefined();
  });

  it('keeps what the file does not mention: a CSV without a note column keeps the note', () => {
    const { state } = importInto(stored, 'domain,status\nzhihu.com,abandon\n');
    expect(state.sites['zhihu.com']).toEqual(
      site('知乎', { note: '旧备注', status: 'abandon', at: NOW }),
    );
  });

  it('clears a note when the note column is there but empty', () => {
    const { state } = importInto(stored, 'domain,note\nzhihu.com,\n');
    expect(state.sites['zhihu.com']?.note).toBeUndefined();
  });

  it('gives a new site from a sheet its default name, status and origin', () => {
    const { state } = importInto(EMPTY_STATE, 'domain\nwww.douban.com\n');
    expect(state.sites['douban.com']).toEqual({
      name: '豆瓣',
      status: 'rebind',
      via: 'imported',
      first: NOW,
      at: NOW,
    });
  });

  it('takes settings and the tracker from a backup when none were ever chosen here', () => {
    const plan = planImport(incoming(exportJson(FULL, NOW)), EMPTY_STATE, 'zh_CN', NOW);
    expect(plan.patch.settings).toEqual(FULL.settings);
    expect(plan.patch.tracker).toEqual(FULL.tracker);
  });

  it('updates settings chosen here only when the backup says something different', () => {
    const here = {
      ...EMPTY_STATE,
      settings: { ...DEFAULT_SETTINGS, language: 'en' as const, at: T0 },
    };
    const same = {
      ...FULL,
      settings: { ...DEFAULT_SETTINGS, language: 'en' as const, at: T0 + 50 },
    };
    expect(
      planImport(incoming(exportJson(same, NOW)), here, 'zh_CN', NOW).patch.settings,
    ).toBeUndefined();
    const changed = planImport(incoming(exportJson(FULL, NOW)), here, 'zh_CN', NOW);
    expect(changed.patch.settings).toEqual({ ...FULL.settings, at: NOW });
  });

  it('adds dismissed sites to the ones dismissed here', () => {
    const here = { ...EMPTY_STATE, dismissed: ['a.com'] };
    const plan = planImport(incoming(exportJson(FULL, NOW)), here, 'zh_CN', NOW);
    expect(plan.patch.dismissed).toEqual(['a.com', 'csdn.net', 'app:foo']);
  });
});
