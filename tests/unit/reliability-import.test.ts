import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rejectionText } from '@/components/options/ImportPreview';
import { errorText } from '@/components/options/TransferPanel';
import enOptions from '@/locales/en/options-tools';
import zhOptions from '@/locales/zh_CN/options-tools';
import { EXPORT_FORMAT, exportCsv, exportJson } from '@/utils/export-file';
import { activateLocale } from '@/utils/i18n';
import {
  type ImportError,
  type Incoming,
  MAX_IMPORT_BYTES,
  type ReadAs,
  type ReadResult,
  readImport,
  readImportBytes,
} from '@/utils/import-file';
import { type ImportPlan, planImport } from '@/utils/import-plan';
import {
  applyPatch,
  checkKey,
  decode,
  EMPTY_STATE,
  type Items,
  KEY,
  patches,
  SCHEMA_VERSION,
  SiteIdSchema,
  SiteSchema,
  type State,
  siteKey,
} from '@/utils/model';
import { Store } from '@/utils/store';
import { hostileArb, junkArb, textArb, validStateArb } from '../helpers/arbitraries';
import { record, SEED } from '../helpers/reliability';
import { readItems } from '../helpers/site';

const NOW = 1_764_000_000_000;
const RUNS = 1_000;

// ---------------------------------------------------------------------------------------------
// Files as bytes, in the encodings spreadsheet programs and editors write.

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';

/**
 * GBK, as Excel's "CSV (逗号分隔)" and WPS save on Chinese Windows (no BOM): built from the
 * platform's own GBK decoder, since Node has no GBK encoder.
 */
const GBK = (() => {
  const table = new Map<string, readonly [number, number]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) {
        table.set(char, [lead, trail]);
      }
    }
  }
  return table;
})();
/** What survives a trip through GBK: characters it cannot hold become `?`. */
const inGbk = (text: string) =>
  [...text]
    .map((char) => ((char.codePointAt(0) ?? 0) < 0x80 || GBK.has(char) ? char : '?'))
    .join('');
/** Characters an encoding cannot hold become `?`, as spreadsheet programs write them. */
function gbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(GBK.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}
function latin1(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((char) =>
      (char.codePointAt(0) ?? 0) < 0x100 ? (char.codePointAt(0) ?? 0x3f) : 0x3f,
    ),
  );
}
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (order === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(bytes);
}
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * RFC 4180 rows, read without utils/csv.ts so that a bug there cannot hide one here. `rewrite`
 * replaces the line break between records (never one inside a quoted cell).
 */
function csvRecords(text: string, rewrite?: string): { rows: string[][]; text: string } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        out += '""';
        i += 1;
      } else if (char === '"') {
        quoted = false;
        out += char;
      } else {
        cell += char;
        out += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      out += char;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
      out += char;
    } else if (char === '\r' || char === '\n') {
      const pair = char === '\r' && text.charAt(i + 1) === '\n';
      out += rewrite ?? (pair ? '\r\n' : char);
      if (pair) i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
      out += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, text: out };
}

// ---------------------------------------------------------------------------------------------
// What every answer must be: a known error with a message, or a preview of valid entries only.

const ERROR_KEYS: Readonly<Record<ImportError['kind'], readonly string[]>> = {
  'too-large': ['options.import.error.too-large'],
  empty: ['options.import.error.empty'],
  'malformed-json': [
    'options.import.error.malformed-json',
    'options.import.error.json-at',
    'options.import.error.json-cut-off',
  ],
  workbook: ['options.import.error.workbook'],
  'wrong-format': ['options.import.error.wrong-format'],
  'wrong-version': ['options.import.error.wrong-version', 'options.import.error.newer-version'],
  damaged: ['options.import.error.damaged'],
  'malformed-csv': ['options.import.error.malformed-csv'],
  'csv-columns': ['options.import.error.csv-columns'],
  encoding: ['options.import.error.encoding'],
};

function checkError(error: ImportError): void {
  const keys = ERROR_KEYS[error.kind];
  expect(keys, `unknown error kind ${error.kind}`).toBeDefined();
  for (const key of keys) {
    expect(key in zhOptions, key).toBe(true);
    expect(key in enOptions, key).toBe(true);
  }
  const text = errorText(error);
  expect(text.length).toBeGreaterThan(5);
  expect(text).not.toMatch(/\{\w+\}|options\.import/);
}

/** Every entry a plan would write is valid, and writing the patch leaves nothing to repair. */
function checkPlan(plan: ImportPlan, stored: Items): void {
  const written = readItems(plan.patch);
  for (const item of plan.items) {
    if (item.kind !== 'site') continue;
    expect(SiteIdSchema.safeParse(item.id).success).toBe(true);
    expect(SiteSchema.safeParse(item.after).success).toBe(true);
    if (item.change !== 'unchanged') {
      expect(written[siteKey(item.id)]).toEqual(item.after);
    }
  }
  for (const rejection of plan.rejected) {
    expect(rejection.reason.code).toMatch(/^(no-site|address|too-long|value|duplicate|invalid)$/);
    const text = rejectionText(rejection);
    expect(text).not.toMatch(/\{\w+\}|options\.import/);
  }
  const after = applyPatch(stored, plan.patch);
  expect(decode(after, NOW).repairs).toEqual([]);
  const counted = plan.counts.new + plan.counts.changed + plan.counts.unchanged;
  expect(counted).toBe(plan.items.length);
  expect(plan.counts.rejected).toBe(plan.rejected.length);
}

/** What storage holds for a state, as the extension writes it. */
function itemsOf(state: State): Record<string, unknown> {
  const items: Record<string, unknown> = { [KEY.meta]: { schema: SCHEMA_VERSION } };
  if (state.settings.at > 0) items[KEY.settings] = state.settings;
  if (state.tracker.at > 0) items[KEY.tracker] = state.tracker;
  if (state.dismissed.length > 0) items[KEY.dismissed] = state.dismissed;
  for (const [id, entry] of Object.entries(state.checklist)) items[checkKey(id)] = entry;
  for (const [id, site] of Object.entries(state.sites))
    Object.assign(items, patches.site(id, site));
  return items;
}

// ---------------------------------------------------------------------------------------------
// The malformed files.

type Expect =
  /** One of these errors, exactly. */
  | { readonly error: readonly ImportError['kind'][] }
  /** Read exactly as this other file is read: same sites, same rejections, same plan. */
  | { readonly same: string; readonly readAs?: ReadAs }
  /** Refused as not UTF-8 or GB18030, or read as GB18030 for the user to judge in the preview. */
  | { readonly codePage: true }
  /** A valid file with nothing in it to import: an empty preview that writes nothing. */
  | { readonly nothing: true }
  /** These rows are rejected as repeats of these first rows; everything else is accepted. */
  | { readonly duplicates: ReadonlyMap<number, number>; readonly accepted: number }
  /** Accepted with these names and notes (formula-like cells are text). */
  | { readonly cells: readonly { readonly name: string; readonly note: string | null }[] }
  /** A JSON entry was damaged: it alone may be rejected, everything else reads as `same`. */
  | { readonly damagedJson: string; readonly same: string; readonly where: string }
  /** A CSV cell was damaged: its row alone may be rejected or changed. */
  | { readonly damagedRow: number; readonly same: string }
  /** Any known error or any valid preview. */
  | { readonly any: true };

type Case = { readonly kind: string; readonly bytes: Uint8Array; readonly expect: Expect };

const exported = validStateArb.map((state) => ({
  state,
  json: exportJson(state, NOW),
  csv: exportCsv(state),
}));

const truncatedJson: fc.Arbitrary<Case> = fc
  .tuple(exported, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([{ json }, at]) => ({
    kind: 'JSON cut off',
    // The export ends with `}\n`: every prefix shorter than that misses its last brace.
    bytes: utf8(json.slice(0, 1 + Math.floor(at * (json.length - 3)))),
    expect: { error: ['malformed-json'] },
  }));

const brokenJson: fc.Arbitrary<Case> = fc
  .tuple(
    exported,
    fc.constantFrom(
      (json: string) => json.replace(/\n}\n$/, ',\n}\n'),
      (json: string) => json.replace('"format"', "'format'"),
      (json: string) => json.replace(/"version": 1/, '"version": 1,,'),
      (json: string) => `${json}}`,
      (json: string) => json.replace('{', '{\n  // a comment\n'),
      (json: string) => json.replace(/"exportedAt": "[^"]*"/, '"exportedAt": undefined'),
      (json: string) => json.replaceAll('"', '\u201C'),
    ),
  )
  .map(([{ json }, damage]) => ({
    kind: 'JSON with broken syntax',
    bytes: utf8(damage(json)),
    expect: { error: ['malformed-json'] },
  }));

const wrongMarker: fc.Arbitrary<Case> = fc
  .tuple(
    exported,
    fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 30 }).filter((s) => s !== EXPORT_FORMAT),
      fc.constantFrom('WeChat-Exit-Planner', 'wechat-exit-planner ', 'wechat_exit_planner'),
      fc.integer(),
      fc.constant(null),
    ),
  )
  .map(([{ json }, format]) => ({
    kind: 'JSON with a wrong format marker',
    bytes: utf8(JSON.stringify({ ...JSON.parse(json), format })),
    expect: { error: ['wrong-format'] },
  }));

const notOurs: fc.Arbitrary<Case> = fc
  .oneof(
    fc.array(fc.jsonValue(), { maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue(), { maxKeys: 5 }),
  )
  .map((value) => ({
    kind: 'JSON from something else',
    bytes: utf8(JSON.stringify(value)),
    expect: { error: ['wrong-format'] },
  }));

const wrongVersion: fc.Arbitrary<Case> = fc
  .tuple(
    exported,
    fc.oneof(
      fc.integer({ min: 2, max: 1_000 }),
      fc.integer({ min: -5, max: 0 }),
      fc.constantFrom('1', '2', 1.5, null, true, [1], { major: 1 }),
      fc.constant(undefined),
    ),
  )
  .map(([{ json }, version]) => ({
    kind: 'JSON with a wrong or newer version',
    bytes: utf8(JSON.stringify({ ...JSON.parse(json), version })),
    expect: { error: ['wrong-version'] },
  }));

/** Same file, other bytes: a BOM or not, CRLF or LF or CR, blank lines at the end, UTF-16. */
const sameFileOtherBytes: fc.Arbitrary<Case> = fc
  .tuple(
    exported,
    fc.boolean(),
    fc.constantFrom('\r\n', '\n', '\r'),
    fc.constantFrom('', '\r\n', '\n\n\n', '\r\n,,,\r\n'),
    fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
  )
  .map(([{ json, csv }, isCsv, lineEnd, tail, encoding]) => {
    const plain = isCsv ? csv : json;
    // Line ends between records only: a line break inside a quoted note is the note's own.
    const body = isCsv
      ? csvRecords(plain.replace(/^\uFEFF/, ''), lineEnd).text
      : plain.replaceAll('\n', lineEnd);
    const text = `${body}${isCsv ? tail : tail.replaceAll(',', ' ')}`;
    const bytes =
      encoding === 'utf-8'
        ? utf8(text)
        : encoding === 'utf-8-bom'
          ? utf8(BOM + text)
          : utf16(text, encoding === 'utf-16le' ? 'le' : 'be');
    return {
      kind: `${isCsv ? 'CSV' : 'JSON'} with a BOM or not, CRLF/LF/CR, trailing blank lines, UTF-8 or UTF-16`,
      bytes,
      expect: { same: plain, readAs: { encoding: encoding === 'utf-8-bom' ? 'utf-8' : encoding } },
    };
  });

/** Bytes in the code page of a spreadsheet program, not UTF-8, with CRLF and no BOM. */
const otherEncoding: fc.Arbitrary<Case> = fc
  .tuple(exported, fc.boolean(), fc.constantFrom('gbk', 'latin-1'))
  .map(([{ json, csv }, isCsv, encoding]): Case => {
    const text = (isCsv ? csv : json).replace(/^\uFEFF/, '');
    const bytes = encoding === 'gbk' ? gbk(text) : latin1(text);
    const kind = `${isCsv ? 'CSV' : 'JSON'} saved as ${encoding === 'gbk' ? 'GBK' : 'Latin-1'}`;
    // Pure ASCII is the same in all three, and is read as UTF-8.
    if (isUtf8(bytes)) return { kind, bytes, expect: { same: new TextDecoder().decode(bytes) } };
    // GBK comes back exactly, apart from what it cannot hold; anything else is refused, or
    // read as GB18030 with the preview saying so, never stored unseen.
    return {
      kind,
      bytes,
      expect:
        encoding === 'gbk'
          ? { same: inGbk(text), readAs: { encoding: 'gb18030' } }
          : { codePage: true },
    };
  });

/** An Excel, WPS or LibreOffice workbook chosen instead of a CSV: zip or OLE bytes. */
const workbook: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom(
      // .xlsx: a zip whose first entry is [Content_Types].xml.
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00],
      // .ods: a zip whose first entry is the stored mimetype.
      [0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x00],
      // A zip header followed by nothing but text-like bytes, once read as an encoding problem.
      [0x50, 0x4b, 0x03, 0x04],
      // .xls and WPS .et: an OLE compound file.
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00],
    ),
    fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ maxLength: 100 }).map((text) => utf8(text)),
    ),
  )
  .map(([magic, rest]) => ({
    kind: 'workbook (.xlsx, .ods, .xls) chosen instead of a CSV',
    bytes: new Uint8Array([...magic, ...rest]),
    expect: { error: ['workbook'] },
  }));

/** The exported sheet saved again with semicolons (European Excel) or tabs between cells. */
const otherDelimiter: fc.Arbitrary<Case> = fc
  .tuple(exported, fc.constantFrom(';', '\t'), fc.boolean())
  .map(([{ csv }, delimiter, sepLine]) => {
    const { rows } = csvRecords(csv.replace(/^\uFEFF/, ''));
    const cell = (text: string) =>
      text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    const lines = rows.map((row) => row.map(cell).join(delimiter));
    if (sepLine) lines.unshift(`sep=${delimiter}`);
    return {
      kind: `CSV separated by ${delimiter === ';' ? 'semicolons' : 'tabs'}${sepLine ? ' with a sep= line' : ''}`,
      bytes: utf8(`${lines.join('\r\n')}\r\n`),
      expect: { same: csv, readAs: { encoding: 'utf-8', delimiter } },
    };
  });

/** A sheet with its header row and no sites under it, as a spreadsheet saves it. */
const headerOnly: fc.Arbitrary<Case> = fc
  .tuple(
    fc.constantFrom(
      ['name,domain', ','],
      ['name;domain;status', ';'],
      ['名称,网址,备注', ','],
      ['name\tdomain', '\t'],
    ),
    fc.constantFrom('', '\r\n', '\r\n{}{}\r\n', '\r\n\r\n'),
  )
  .map(([[header, delimiter], tail]) => ({
    kind: 'CSV with a header and no rows',
    // Excel writes the empty cells of a blank row as delimiters alone.
    bytes: utf8(`${header}${tail.replaceAll('{}', delimiter)}`),
    expect: { nothing: true },
  }));

const tooLarge: fc.Arbitrary<Case> = fc
  .tuple(exported, fc.integer({ min: 1, max: 200_000 }), fc.boolean())
  .map(([{ csv }, extra, quoted]) => {
    const filler = quoted ? `"${'备注'.repeat(10)}\n"` : 'x'.repeat(100);
    const row = `app${extra},,filler,rebind,manual,,${filler},,,\r\n`;
    const base = csv.length;
    const rows = Math.ceil((MAX_IMPORT_BYTES - base + extra) / utf8(row).length);
    return {
      kind: 'CSV over 1 MB',
      bytes: utf8(csv + row.repeat(rows)),
      expect: { error: ['too-large'] },
    };
  });

/** Just under the limit: read in full, every row accepted. */
const nearlyTooLarge: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 10_000 }).map((less) => {
  const rows = ['name,note\r\n'];
  let size = rows[0]?.length ?? 0;
  for (let i = 0; ; i += 1) {
    const row = `app ${i},${'n'.repeat(180)}\r\n`;
    if (size + row.length > MAX_IMPORT_BYTES - less) break;
    rows.push(row);
    size += row.length;
  }
  return { kind: 'CSV just under 1 MB', bytes: utf8(rows.join('')), expect: { any: true } };
});

const duplicates: fc.Arbitrary<Case> = fc
  .tuple(
    // A suffix of our own: "de.com", "us.com" and the like are public suffixes, not sites.
    fc
      .uniqueArray(fc.stringMatching(/^[a-z]{2,8}$/), { minLength: 1, maxLength: 6 })
      .map((names) => names.map((name) => `${name}-wep`)),
    fc.array(
      fc.record({
        site: fc.nat(),
        spelling: fc.constantFrom(
          (d: string) => `${d}.com`,
          (d: string) => `www.${d}.com`,
          (d: string) => `https://${d}.com/login?x=1`,
          (d: string) => `HTTP://WWW.${d.toUpperCase()}.COM/`,
          (d: string) => ` ${d}.com `,
        ),
      }),
      { minLength: 2, maxLength: 20 },
    ),
  )
  .map(([names, rows]) => {
    const lines = ['name,domain'];
    const first = new Map<string, number>();
    const repeats = new Map<number, number>();
    rows.forEach(({ site, spelling }, index) => {
      const name = names[site % names.length] ?? 'x';
      const row = index + 2;
      lines.push(`站点 ${index},"${spelling(name)}"`);
      const seen = first.get(name);
      if (seen === undefined) first.set(name, row);
      else repeats.set(row, seen);
    });
    return {
      kind: 'CSV naming the same site twice',
      bytes: utf8(`${lines.join('\r\n')}\r\n`),
      expect: { duplicates: repeats, accepted: first.size },
    };
  });

const FORMULA_CELLS = [
  '=1+1',
  '+86 138',
  '-5 积分',
  '@SUM(A1)',
  '\t=x',
  '\'=HYPERLINK("x")',
  "'+1",
  "''=a",
  "'plain",
  '=HYPERLINK("https://evil.example","点我")',
];
const formulaCells: fc.Arbitrary<Case> = fc
  .array(fc.tuple(fc.constantFrom(...FORMULA_CELLS), fc.constantFrom(...FORMULA_CELLS, '')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((rows) => {
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const lines = ['name,domain,note'];
    // What a spreadsheet shows: a leading apostrophe before a formula character is not text.
    const shown = (cell: string) => (/^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell);
    const cells = rows.map(([name, note], i) => {
      lines.push(`${quote(name)},site${i}.com,${quote(note)}`);
      return { name: shown(name), note: note.trim() ? shown(note) : null };
    });
    return {
      kind: 'CSV with formula-like cells',
      bytes: utf8(lines.join('\n')),
      expect: { cells },
    };
  });

/** One field of an otherwise valid backup replaced by junk. */
const damagedJson: fc.Arbitrary<Case> = fc
  .tuple(
    exported,
    fc.constantFrom('site', 'check', 'settings', 'tracker', 'dismissed', 'container'),
    fc.nat(),
    fc.constantFrom('name', 'status', 'via', 'pending', 'appid', 'note', 'first', 'at', 'extra'),
    fc.oneof(junkArb, hostileArb(600), textArb(100)),
  )
  .map(([{ json }, target, pick, field, junk]) => {
    const file = JSON.parse(json);
    const choose = (keys: string[]) => keys[pick % Math.max(1, keys.length)];
    let where: string = target;
    if (target === 'site' || target === 'check') {
      const section = target === 'site' ? 'sites' : 'checklist';
      const id = choose(Object.keys(file[section]));
      if (id !== undefined) {
        file[section][id] = { ...file[section][id], [target === 'site' ? field : 'state']: junk };
        where = `${target}:${id}`;
      }
    } else if (target === 'settings' || target === 'tracker') {
      file[target] = { ...file[target], [target === 'settings' ? 'language' : 'appliedOn']: junk };
    } else if (target === 'dismissed') {
      file.dismissed = [...file.dismissed, junk];
    } else {
      file[pick % 2 === 0 ? 'sites' : 'checklist'] = Array.isArray(junk) ? junk : [junk];
    }
    return {
      kind: 'backup with one field damaged',
      bytes: utf8(JSON.stringify(file)),
      expect:
        target === 'container'
          ? { error: ['damaged'] }
          : { damagedJson: JSON.stringify(file), same: json, where },
    };
  });

const damagedCsv: fc.Arbitrary<Case> = fc
  .tuple(
    exported,
    fc.nat(),
    fc.nat(),
    fc.oneof(
      hostileArb(600),
      textArb(30),
      fc.constantFrom('', '"', 'yes', 'rebound', '2026-13-45', 'wx123'),
    ),
  )
  .map(([{ csv }, pickRow, pickCell, junk]) => {
    const { rows } = csvRecords(csv.replace(/^\uFEFF/, ''));
    if (rows.length < 2)
      return { kind: 'CSV with one cell damaged', bytes: utf8(csv), expect: { same: csv } };
    const row = 1 + (pickRow % (rows.length - 1));
    const target = rows[row] ?? [];
    target[pickCell % target.length] = junk;
    const text = rows
      .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))
      .join('\r\n');
    return {
      kind: 'CSV with one cell damaged',
      bytes: utf8(text),
      expect: { damagedRow: row + 1, same: csv },
    };
  });

const otherBad: fc.Arbitrary<Case> = fc.oneof(
  fc.constantFrom('', ' ', '\r\n\r\n', BOM, `${BOM}  \n`).map((text) => ({
    kind: 'empty file',
    bytes: utf8(text),
    expect: { error: ['empty'] } as Expect,
  })),
  fc.uint8Array({ minLength: 8, maxLength: 200 }).map((random) => ({
    kind: 'binary file',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, ...random]),
    expect: { error: ['wrong-format', 'encoding'] } as Expect,
  })),
  fc.tuple(exported, fc.nat()).map(([{ csv }, at]) => ({
    kind: 'CSV with an unclosed quote',
    bytes: utf8(`${csv}"${'x'.repeat(at % 20)},a.com\r\nmore,b.com\r\n`),
    expect: { error: ['malformed-csv'] } as Expect,
  })),
  fc
    .array(fc.stringMatching(/^[A-Za-z ]{0,10}$/), { minLength: 1, maxLength: 5 })
    .map((header) => ({
      kind: 'CSV without a name or domain column',
      bytes: utf8(`${header.map((h) => `x${h}`).join(',')}\r\nzhihu.com,知乎\r\n`),
      expect: { error: ['csv-columns'] } as Expect,
    })),
);

const anyFile: fc.Arbitrary<Case> = fc.oneof(
  { weight: 8, arbitrary: truncatedJson },
  { weight: 6, arbitrary: brokenJson },
  { weight: 6, arbitrary: wrongMarker },
  { weight: 4, arbitrary: notOurs },
  { weight: 6, arbitrary: wrongVersion },
  { weight: 14, arbitrary: sameFileOtherBytes },
  { weight: 10, arbitrary: otherEncoding },
  { weight: 2, arbitrary: tooLarge },
  { weight: 1, arbitrary: nearlyTooLarge },
  { weight: 8, arbitrary: duplicates },
  { weight: 6, arbitrary: formulaCells },
  { weight: 14, arbitrary: damagedJson },
  { weight: 10, arbitrary: damagedCsv },
  { weight: 5, arbitrary: otherBad },
  { weight: 4, arbitrary: workbook },
  { weight: 6, arbitrary: otherDelimiter },
  { weight: 2, arbitrary: headerOnly },
);

// ---------------------------------------------------------------------------------------------

describe('malformed import files', () => {
  it('each gets a clear error or a preview of valid entries, and nothing is stored until it is confirmed', async () => {
    await activateLocale('zh_CN');
    const areas = [fakeBrowser.storage.sync, fakeBrowser.storage.local];
    const write = areas.flatMap((area) => [vi.spyOn(area, 'set'), vi.spyOn(area, 'remove')]);
    const kinds = new Map<string, number>();
    const errors = new Map<string, number>();
    let previews = 0;
    let accepted = 0;
    let rejected = 0;
    let applied = 0;
    let codePageRefused = 0;
    let codePageRead = 0;
    let codePageAscii = 0;

    await fc.assert(
      fc.asyncProperty(anyFile, validStateArb, async (file, current) => {
        kinds.set(file.kind, (kinds.get(file.kind) ?? 0) + 1);
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set(itemsOf(current));
        const store = await Store.open();
        try {
          const before = JSON.stringify([
            await fakeBrowser.storage.sync.get(null),
            await fakeBrowser.storage.local.get(null),
          ]);
          for (const spy of write) spy.mockClear();

          // What the options page does with a chosen file, up to the preview.
          const read = readImportBytes(file.bytes);
          const plan = read.ok
            ? planImport(read.incoming, store.snapshot.state, 'zh_CN', NOW)
            : undefined;

          // Reading and planning touched no storage at all.
          for (const spy of write) expect(spy).not.toHaveBeenCalled();
          const unchanged = JSON.stringify([
            await fakeBrowser.storage.sync.get(null),
            await fakeBrowser.storage.local.get(null),
          ]);
          expect(unchanged).toBe(before);

          expectOutcome(file, read, plan, store.snapshot.state);
          if (file.kind.includes(' saved as ')) {
            if (!read.ok) codePageRefused += 1;
            else if (read.incoming.source.encoding === 'gb18030') codePageRead += 1;
            else codePageAscii += 1;
          }
          if (!read.ok) {
            checkError(read.error);
            errors.set(read.error.kind, (errors.get(read.error.kind) ?? 0) + 1);
            return;
          }
          if (!plan) throw new Error('no plan');
          const stored = await fakeBrowser.storage.sync.get(null);
          checkPlan(plan, stored);
          previews += 1;
          accepted += plan.items.length;
          rejected += plan.rejected.length;

          // Confirming writes the plan, once, and storage then holds exactly it.
          if (Object.keys(plan.patch).length === 0) return;
          store.write(plan.patch);
          await store.flush();
          applied += 1;
          const after = await fakeBrowser.storage.sync.get(null);
          const kept = await fakeBrowser.storage.local.get(null);
          for (const [key, value] of Object.entries(plan.patch)) {
            // What sync has no room for waits on this device, as any change does.
            const overflow = kept[`o:${key}`] as { v: unknown } | undefined;
            if (overflow) expect(overflow.v).toEqual(value);
            else if (value === null) expect(after[key]).toBeUndefined();
            else expect(after[key]).toEqual(value);
          }
          expect(decode(after, NOW).repairs).toEqual([]);
        } finally {
          store.close();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );

    const list = (map: Map<string, number>) =>
      [...map].map(([what, n]) => `${what} (${n})`).join(', ');
    record({
      tried: `${RUNS} malformed import files, as bytes through the options page's reader, against a random stored state: ${list(kinds)}`,
      cases: RUNS,
      result: `${RUNS - previews} clear errors (${list(errors)}), each a known kind with its message in both languages; ${previews} previews with ${accepted} valid entries and ${rejected} rejected rows, each with its reason; ${codePageRead} GBK and Latin-1 files with non-ASCII text were read as GB18030 with the preview naming it (every GBK one exactly like the original, apart from characters GBK cannot hold) and ${codePageRefused} were refused with the encoding error (the other ${codePageAscii} were plain ASCII, which is UTF-8, and read exactly like the original); every workbook was named as one; every malformed JSON file got the line and column of its first mistake; storage was not touched until a plan was confirmed, and ${applied} confirmed plans wrote exactly their patch, with nothing left to repair`,
    });
  });
});

/** The outcome the file's kind calls for. */
function expectOutcome(
  file: Case,
  read: ReadResult,
  plan: ImportPlan | undefined,
  state: State,
): void {
  const { expect: wanted } = file;
  const readText = (text: string) => {
    const again = readImport(text);
    if (!again.ok) throw new Error(`baseline unreadable: ${JSON.stringify(again.error)}`);
    return again.incoming;
  };
  if (!read.ok && read.error.kind === 'malformed-json') {
    // The scanner agrees with JSON.parse: every malformed file gets a position inside it.
    const lines = new TextDecoder().decode(file.bytes).split(/\r\n|\r|\n/).length;
    expect(read.error.mistake?.line).toBeGreaterThanOrEqual(1);
    expect(read.error.mistake?.line).toBeLessThanOrEqual(lines);
  }
  if ('error' in wanted) {
    expect(read.ok ? 'preview' : read.error.kind, file.kind).toBeOneOf([...wanted.error]);
    return;
  }
  if ('any' in wanted) return;
  if ('codePage' in wanted) {
    if (read.ok) expect(read.incoming.source.encoding).toBe('gb18030');
    else expect(read.error.kind).toBe('encoding');
    return;
  }
  if (!read.ok) throw new Error(`${file.kind}: refused with ${JSON.stringify(read.error)}`);
  const incoming = read.incoming;
  if ('nothing' in wanted) {
    expect(incoming.sites).toEqual([]);
    expect(incoming.rejected).toEqual([]);
    expect(plan?.items).toEqual([]);
    expect(plan?.patch).toEqual({});
    return;
  }
  if ('damagedJson' in wanted) {
    const base = readText(wanted.same);
    const colon = wanted.where.indexOf(':');
    const kind = wanted.where.slice(0, colon);
    const id = wanted.where.slice(colon + 1);
    // Every site other than the damaged one reads as before.
    const others = (sites: typeof base.sites) =>
      sites.filter((site) => !(kind === 'site' && site.id === id));
    expect(others(incoming.sites)).toEqual(others(base.sites));
    for (const rejection of incoming.rejected) {
      const at = rejection.where;
      if (at.kind === 'site') expect(`site:${at.id}`).toBe(wanted.where);
      else if (at.kind === 'check') expect(`check:${at.id}`).toBe(wanted.where);
      else if (at.kind === 'section') expect(at.section).toBe(wanted.where);
      else throw new Error(`a JSON file has no rows: ${JSON.stringify(at)}`);
    }
    return;
  }
  if ('damagedRow' in wanted) {
    const base = readText(wanted.same);
    for (const rejection of incoming.rejected) {
      expect(rejection.where).toEqual({ kind: 'row', row: wanted.damagedRow });
    }
    // Rows are numbered alike in both files: every other row reads the same.
    expect(incoming.sites.length).toBeGreaterThanOrEqual(base.sites.length - 1);
    const ids = new Set(incoming.sites.map((site) => site.id));
    const missing = base.sites.filter((site) => !ids.has(site.id));
    expect(missing.length).toBeLessThanOrEqual(1);
    return;
  }
  if ('same' in wanted) {
    const base = readText(wanted.same);
    expect(incoming.source).toMatchObject(wanted.readAs ?? {});
    expect(unsourced(incoming)).toEqual(unsourced(base));
    expect(plan && unsourced(plan)).toEqual(unsourced(planImport(base, state, 'zh_CN', NOW)));
    return;
  }
  if ('duplicates' in wanted) {
    expect(incoming.sites).toHaveLength(wanted.accepted);
    expect(incoming.rejected).toHaveLength(wanted.duplicates.size);
    for (const rejection of incoming.rejected) {
      const row = rejection.where.kind === 'row' ? rejection.where.row : -1;
      expect(rejection.reason).toEqual({ code: 'duplicate', first: wanted.duplicates.get(row) });
    }
    return;
  }
  expect(incoming.rejected).toEqual([]);
  expect(
    incoming.sites.map((site) => ({ name: site.fields.name, note: site.fields.note })),
  ).toEqual(wanted.cells);
}

/** What a file says, apart from how its bytes were read. */
function unsourced<T extends Incoming | ImportPlan>(value: T): Omit<T, 'source'> {
  const { source: _source, ...rest } = value;
  return rest;
}

// ---------------------------------------------------------------------------------------------

/** A state whose names and notes are the kind of text that tries to be a formula or markup. */
const formulaArb = (max: number) =>
  fc
    .tuple(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\r\n', "'", "'=", "''+"),
      textArb(40),
      // A formula after a `;` or a line break: a cell of its own where `;` splits lines.
      fc.option(fc.constantFrom(";=cmd|' /C calc'!A0", '; =1+1', ';"=2', '\n@SUM(A1)', ';+86')),
    )
    .map(([start, rest, part]) => `${start}${rest}${part ?? ''}`.slice(0, max))
    .filter((text) => text.trim().length > 0);
const hostileText = (max: number) => fc.oneof(formulaArb(max), hostileArb(max));
const hostileStateArb = fc
  .tuple(
    validStateArb,
    fc.array(fc.tuple(hostileText(80), hostileText(500)), { minLength: 1, maxLength: 25 }),
  )
  .map(([state, hostile]) => {
    const sites = { ...state.sites };
    Object.keys(sites).forEach((id, i) => {
      const bad = hostile[i];
      const site = sites[id];
      if (bad && site) sites[id] = { ...site, name: bad[0], note: bad[1] };
    });
    return { ...state, sites };
  });

describe('exported CSV in a spreadsheet', () => {
  it('never starts a cell with = + - @, a tab or a CR unescaped', () => {
    let cells = 0;
    let neutralised = 0;
    let parts = 0;
    fc.assert(
      fc.property(hostileStateArb, (state) => {
        const csv = exportCsv(state);
        expect(csv.startsWith(BOM)).toBe(true);
        const { rows } = csvRecords(csv.slice(1));
        expect(rows).toHaveLength(Object.keys(state.sites).length + 1);
        for (const row of rows) {
          for (const cell of row) {
            cells += 1;
            expect(cell).not.toMatch(/^[=+\-@\t\r]/);
            if (/^'[=+\-@\t\r']/.test(cell)) neutralised += 1;
            // Where a spreadsheet splits on `;`, each part after a `;` or line break is a cell.
            for (const part of cell.split(/;|\r\n|\r|\n/).slice(1)) {
              expect(part).not.toMatch(/^["\s]*[=+\-@]/);
              if (/^'["\s]*[=+\-@]/.test(part)) parts += 1;
            }
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    record({
      tried: `${RUNS} CSV exports of random site lists whose names and notes hold formulas (=HYPERLINK…, +, -, @, also after a \`;\` or a line break), tabs, CRs, quotes, line breaks and markup, read back by an RFC 4180 reader written apart from the exporter`,
      cases: RUNS,
      result: `none of ${cells} cells started with = + - @, a tab or a CR, nor did any part after a \`;\` or line break (which spreadsheets that split on \`;\` read as a cell); the ${neutralised} cells and ${parts} parts whose text did began with the apostrophe that makes a spreadsheet show them as text`,
    });
  });
});

describe('export, then import', () => {
  it('gives back exactly the state exported, as JSON and as CSV', () => {
    let sites = 0;
    fc.assert(
      fc.property(fc.oneof(validStateArb, hostileStateArb), (state) => {
        sites += Object.keys(state.sites).length;
        // JSON: everything comes back, and importing it again changes nothing.
        const json = readImport(exportJson(state, NOW));
        if (!json.ok) throw new Error(JSON.stringify(json.error));
        expect(json.incoming.rejected).toEqual([]);
        const restored = decode(
          applyPatch({}, planImport(json.incoming, EMPTY_STATE, 'zh_CN', NOW).patch),
          NOW,
        );
        expect(restored.repairs).toEqual([]);
        expect(restored.state).toEqual(state);
        expect(planImport(json.incoming, state, 'zh_CN', NOW).patch).toEqual({});

        // CSV: the site list comes back.
        const csv = readImport(exportCsv(state));
        if (!csv.ok) throw new Error(JSON.stringify(csv.error));
        expect(csv.incoming.rejected).toEqual([]);
        const fromCsv = decode(
          applyPatch({}, planImport(csv.incoming, EMPTY_STATE, 'zh_CN', NOW).patch),
          NOW,
        );
        expect(fromCsv.state.sites).toEqual(state.sites);
        expect(planImport(csv.incoming, state, 'zh_CN', NOW).patch).toEqual({});
      }),
      { seed: SEED, numRuns: RUNS },
    );
    record({
      tried: `${RUNS} random valid states (up to 25 sites: domains, Unicode domains, IPs and apps; names and notes with quotes, commas, line breaks, formulas, markup and emoji; every status, origin, appid and timestamp) exported as JSON and as CSV and imported into an empty store (${sites} sites)`,
      cases: RUNS,
      result:
        'the JSON backup restored the exact state (settings, tracker, checklist, sites, dismissed) and the CSV the exact site list; importing either again over the same state planned no write',
    });
  });
});
