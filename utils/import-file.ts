import type * as z from 'zod/mini';
import enCommon from '@/locales/en/common';
import zhCommon from '@/locales/zh_CN/common';
import { DELIMITERS, type Delimiter, parseCsv, unneutralise } from './csv';
import { type AddressProblem, siteFromInput, siteFromUrl } from './domain';
import { type Column, CSV_COLUMNS, EXPORT_FORMAT, EXPORT_VERSION } from './export-file';
import { findJsonMistake, type JsonMistake } from './json-mistake';
import { fold, siteNamed } from './known-sites';
import {
  APP_ID_PREFIX,
  AppIdSchema,
  type CheckEntry,
  CheckEntrySchema,
  isRecord,
  LIMITS,
  type Settings,
  SettingsSchema,
  SITE_ORIGINS,
  SITE_STATUSES,
  SiteIdSchema,
  type SiteOrigin,
  SiteSchema,
  type SiteStatus,
  type Tracker,
  TrackerSchema,
} from './model';
import { cleanText } from './safe-text';
import { appSiteId, isAppId } from './site-id';

/**
 * Reading an import file into what it says: the bytes decoded (or named a workbook), JSON backup
 * or CSV told apart by content, and every entry checked on its own. Nothing is compared with
 * what is stored here; import-plan.ts does that, and nothing is written until the user confirms.
 */

/** Far above any real export (500 sites ≈ 150 KB): a bigger file is not ours. */
export const MAX_IMPORT_BYTES = 1_048_576;

export type ImportError =
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'encoding' }
  /** An Excel, WPS or LibreOffice workbook (or another zip or OLE file), not text. */
  | { readonly kind: 'workbook' }
  /** `mistake` is where and what, absent only if the scanner and `JSON.parse` ever disagree. */
  | { readonly kind: 'malformed-json'; readonly mistake?: JsonMistake }
  | { readonly kind: 'wrong-format' }
  | { readonly kind: 'wrong-version'; readonly version: string; readonly newer: boolean }
  | { readonly kind: 'damaged'; readonly section: string }
  | { readonly kind: 'malformed-csv'; readonly row: number }
  /** `header`: the first row as read, shown so that the user sees what it was split on. */
  | { readonly kind: 'csv-columns'; readonly header: string };

export type Where =
  | { readonly kind: 'row'; readonly row: number }
  | { readonly kind: 'site'; readonly id: string }
  | { readonly kind: 'check'; readonly id: string }
  | { readonly kind: 'section'; readonly section: 'settings' | 'tracker' | 'dismissed' };

type CsvField = 'status' | 'origin' | 'pending' | 'appid' | 'first_seen' | 'last_changed';
export type Reason =
  | { readonly code: 'no-site' }
  | { readonly code: 'address'; readonly problem: AddressProblem; readonly value: string }
  | { readonly code: 'too-long'; readonly field: 'name' | 'note'; readonly max: number }
  | { readonly code: 'value'; readonly field: CsvField; readonly value: string }
  | { readonly code: 'duplicate'; readonly first: number }
  | { readonly code: 'invalid'; readonly field: string };

export type Rejection = { readonly where: Where; readonly label: string; readonly reason: Reason };

/** What a file says about one site: the fields it sets (a CSV may leave columns out). */
export type SiteFields = {
  name?: string;
  status?: SiteStatus;
  via?: SiteOrigin;
  pending?: boolean;
  /** `null`: the file says there is no note. */
  note?: string | null;
  appid?: string;
  first?: number;
  at?: number;
};
type IncomingSite = { readonly id: string; readonly fields: SiteFields };

/** How the bytes were read, for the preview to name when it is not plain UTF-8 and commas. */
type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type ReadAs = { readonly encoding: TextEncoding; readonly delimiter?: Delimiter };

export type Incoming = {
  readonly kind: 'json' | 'csv';
  readonly source: ReadAs;
  readonly sites: readonly IncomingSite[];
  readonly checklist: Readonly<Record<string, CheckEntry>>;
  readonly settings?: Settings;
  readonly tracker?: Tracker;
  readonly dismissed: readonly string[];
  readonly rejected: readonly Rejection[];
};

export type ReadResult =
  | { readonly ok: true; readonly incoming: Incoming }
  | { readonly ok: false; readonly error: ImportError };

const encoder = new TextEncoder();

/**
 * Reads an import file (JSON backup or CSV, told apart by content) and checks every entry.
 * Whole-file problems are errors; a bad entry is rejected on its own with the reason.
 */
export function readImport(text: string): ReadResult {
  const bytes = encoder.encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return fail({ kind: 'too-large', bytes });
  return readText(text, 'utf-8');
}

function readText(text: string, encoding: TextEncoding): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim().length === 0) return fail({ kind: 'empty' });
  // A NUL never occurs in text: this is a picture, an archive or another binary file.
  if (body.includes('\u0000')) return fail({ kind: 'wrong-format' });
  return /^\s*[[{]/.test(body) ? readJson(body, encoding) : readCsvImport(body, encoding);
}

const fail = (error: ImportError): ReadResult => ({ ok: false, error });

/** The first bytes of a zip (.xlsx, .ods, .numbers) and of an OLE file (.xls, WPS .et). */
const WORKBOOK_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
] as const;

/**
 * Reads an import file from its bytes: UTF-8 (what we export), UTF-16 with a byte-order mark
 * (Excel's "Unicode text"), or GB18030, which covers the GBK that Excel's "CSV (逗号分隔)" and WPS
 * write on Chinese Windows, with no BOM. A workbook is named as such before any decoding.
 *
 * Telling UTF-8 from GB18030: strict UTF-8 first. Chinese text in GBK is practically never valid
 * UTF-8 (its byte pairs break UTF-8's lead/continuation pattern within a character or two), while
 * UTF-8 read as GB18030 would always "succeed" as mojibake; so what decodes as UTF-8 is UTF-8, and
 * only the rest is read as GB18030 (strictly too: a byte it cannot hold means some other encoding).
 * The preview then names GB18030 and shows the names, so the user can see the reading is right
 * before anything is saved.
 */
export function readImportBytes(bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_IMPORT_BYTES) return fail({ kind: 'too-large', bytes: bytes.length });
  if (WORKBOOK_SIGNATURES.some((magic) => magic.every((byte, i) => bytes[i] === byte))) {
    return fail({ kind: 'workbook' });
  }
  const bom: TextEncoding | undefined =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  // A NUL byte never occurs in UTF-8 or GB18030 text: a picture, an archive or another binary file.
  if (!bom && bytes.includes(0)) return fail({ kind: 'wrong-format' });
  for (const encoding of bom ? [bom] : (['utf-8', 'gb18030'] as const)) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    return readText(text, encoding);
  }
  return fail({ kind: 'encoding' });
}

function readJson(text: string, encoding: TextEncoding): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const mistake = findJsonMistake(text);
    return fail(mistake ? { kind: 'malformed-json', mistake } : { kind: 'malformed-json' });
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) return fail({ kind: 'wrong-format' });
  if (data.version !== EXPORT_VERSION) {
    const newer = typeof data.version === 'number' && data.version > EXPORT_VERSION;
    return fail({ kind: 'wrong-version', version: String(data.version), newer });
  }
  for (const section of ['sites', 'checklist'] as const) {
    if (section in data && !isRecord(data[section])) return fail({ kind: 'damaged', section });
  }
  if ('dismissed' in data && !Array.isArray(data.dismissed)) {
    return fail({ kind: 'damaged', section: 'dismissed' });
  }

  const rejected: Rejection[] = [];
  const sites: IncomingSite[] = [];
  for (const [id, raw] of Object.entries(isRecord(data.sites) ? data.sites : {})) {
    const label = isRecord(raw) && typeof raw.name === 'string' ? raw.name : id;
    if (!isImportableId(id)) {
      rejected.push({
        where: { kind: 'site', id },
        label,
        reason: { code: 'invalid', field: 'id' },
      });
      continue;
    }
    const parsed = SiteSchema.safeParse(raw);
    if (!parsed.success) {
      const reason = { code: 'invalid', field: firstField(parsed.error) } as const;
      rejected.push({ where: { kind: 'site', id }, label, reason });
      continue;
    }
    const { note, pending, ...site } = parsed.data;
    sites.push({ id, fields: { ...site, note: note ?? null, pending: pending === true } });
  }

  const checklist: Record<string, CheckEntry> = {};
  for (const [id, raw] of Object.entries(isRecord(data.checklist) ? data.checklist : {})) {
    const parsed = CheckEntrySchema.safeParse(raw);
    if (parsed.success && id.length > 0) checklist[id] = parsed.data;
    else {
      const field = parsed.success ? 'id' : firstField(parsed.error);
      rejected.push({
        where: { kind: 'check', id },
        label: id,
        reason: { code: 'invalid', field },
      });
    }
  }

  const section = <T>(name: 'settings' | 'tracker', schema: z.ZodMiniType<T>): T | undefined => {
    if (!(name in data)) return undefined;
    const parsed = schema.safeParse(data[name]);
    if (parsed.success) return parsed.data;
    const reason = { code: 'invalid', field: firstField(parsed.error) } as const;
    rejected.push({ where: { kind: 'section', section: name }, label: name, reason });
    return undefined;
  };
  const settings = section('settings', SettingsSchema);
  const tracker = section('tracker', TrackerSchema);

  const dismissed: string[] = [];
  for (const id of Array.isArray(data.dismissed) ? data.dismissed : []) {
    if (typeof id === 'string' && isImportableId(id)) dismissed.push(id);
    else {
      const label = typeof id === 'string' ? id : JSON.stringify(id);
      const where = { kind: 'section', section: 'dismissed' } as const;
      rejected.push({ where, label, reason: { code: 'invalid', field: 'id' } });
    }
  }

  return {
    ok: true,
    incoming: {
      kind: 'json',
      source: { encoding },
      sites,
      checklist,
      settings,
      tracker,
      dismissed,
      rejected,
    },
  };
}

/**
 * An id from a file is taken only if this extension could have made it: a registrable domain in
 * its ASCII form, or an app's normalised name. A hand-edited `www.zh\u202eihu.com` or
 * `__proto__` is refused, not listed.
 */
function isImportableId(id: string): boolean {
  if (!SiteIdSchema.safeParse(id).success) return false;
  if (isAppId(id)) return appSiteId(id.slice(APP_ID_PREFIX.length)) === id;
  const site = siteFromUrl(`https://${id}/`);
  return site.ok && site.id === id;
}

/** Header names a person may use in a spreadsheet of their own, mapped to our columns. */
const HEADER_ALIASES: Readonly<Record<string, Column>> = {
  名称: 'name',
  网站: 'name',
  网址: 'domain',
  域名: 'domain',
  url: 'domain',
  website: 'domain',
  状态: 'status',
  来源: 'origin',
  备注: 'note',
};

const STATUS_WORDS = wordsFor(SITE_STATUSES, 'status');
const ORIGIN_WORDS = wordsFor(SITE_ORIGINS, 'origin');
const YES = new Set(['yes', 'true', '1', 'y', '是']);
const NO = new Set(['', 'no', 'false', '0', 'n', '否']);

/** Codes, and the labels people see in either language ("已改绑", "Rebound"), to the code. */
function wordsFor<T extends string>(codes: readonly T[], prefix: 'status' | 'origin') {
  const words = new Map<string, T>();
  for (const code of codes) {
    words.set(code, code);
    for (const catalog of [zhCommon, enCommon]) {
      const label = (catalog as Readonly<Record<string, unknown>>)[`${prefix}.${code}`];
      if (typeof label === 'string') words.set(fold(label), code);
    }
  }
  return words;
}

const columnsOf = (header: readonly string[]) =>
  header.map((cell) => {
    const name = fold(cell);
    return (CSV_COLUMNS as readonly string[]).includes(name)
      ? (name as Column)
      : HEADER_ALIASES[name];
  });
const namesASite = (columns: readonly (Column | undefined)[]) =>
  columns.some((c) => c === 'name' || c === 'domain' || c === 'app');

/** Excel's own hint on the first line (`sep=;`), which it hides when it opens the file. */
const SEP_LINE = /^sep=(.)\r?\n?$/i;

/**
 * The delimiter is the one that splits the header row into a column we know, tried in the order
 * of DELIMITERS, or the one a `sep=` line names; a comma when none does (the error then shows the
 * header as read).
 */
function sniffDelimiter(firstLine: string): Delimiter {
  const named = SEP_LINE.exec(firstLine)?.[1];
  const fromSep = DELIMITERS.find((d) => d === named);
  if (fromSep) return fromSep;
  for (const delimiter of DELIMITERS) {
    const parsed = parseCsv(firstLine, delimiter);
    if (parsed.ok && namesASite(columnsOf(parsed.rows[0] ?? []))) return delimiter;
  }
  return ',';
}

function readCsvImport(text: string, encoding: TextEncoding): ReadResult {
  const firstLine = /^[^\r\n]*(?:\r\n|\r|\n)?/.exec(text.replace(/^\s+/, ''))?.[0] ?? '';
  const delimiter = sniffDelimiter(firstLine);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return fail({ kind: 'malformed-csv', row: parsed.row });
  const rows = parsed.rows;
  const filled = (row: readonly string[]) => row.some((cell) => cell.trim() !== '');
  let headerIndex = rows.findIndex(filled);
  if (SEP_LINE.test(firstLine)) {
    headerIndex = rows.findIndex((row, index) => index > headerIndex && filled(row));
  }
  // Only empty cells: what a spreadsheet saves for an empty sheet.
  if (headerIndex < 0) return fail({ kind: 'empty' });
  const header = rows[headerIndex] ?? [];
  const columns = columnsOf(header);
  if (!namesASite(columns)) {
    const shown = header.join(delimiter === '\t' ? ' ' : delimiter).trim();
    return fail({ kind: 'csv-columns', header: [...shown].slice(0, 60).join('') });
  }
  const sites: IncomingSite[] = [];
  const rejected: Rejection[] = [];
  const firstRow = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    if (index <= headerIndex || row.every((cell) => cell.trim() === '')) continue;
    const number = index + 1;
    const raw = (column: Column): string | undefined => {
      const at = columns.indexOf(column);
      return at < 0 ? undefined : unneutralise(row[at] ?? '');
    };
    const label = [raw('name'), raw('domain'), raw('app')].find((v) => v?.trim())?.trim() ?? '';
    const read = readRow(raw);
    const first = 'id' in read ? firstRow.get(read.id) : undefined;
    const reason = !('id' in read) ? read : first !== undefined ? duplicate(first) : undefined;
    if (reason) {
      rejected.push({ where: { kind: 'row', row: number }, label, reason });
    } else if ('id' in read) {
      firstRow.set(read.id, number);
      sites.push(read);
    }
  }

  return {
    ok: true,
    incoming: {
      kind: 'csv',
      source: { encoding, delimiter },
      sites,
      checklist: {},
      dismissed: [],
      rejected,
    },
  };
}

const duplicate = (first: number): Reason => ({ code: 'duplicate', first });

/**
 * One row of a sheet. A column that is missing says nothing (the stored value stays); a column
 * that is there but empty says "none" for the note and "not pending" for pending.
 */
function readRow(raw: (column: Column) => string | undefined): IncomingSite | Reason {
  const cell = (column: Column) => raw(column)?.trim() ?? '';
  const name = cleanText(raw('name') ?? '');
  const site = resolveRow(name, cell('domain'), cell('app'));
  if ('code' in site) return site;

  const fields: SiteFields = {};
  if (name.trim()) fields.name = name;
  if (cell('status')) {
    const status = STATUS_WORDS.get(fold(cell('status')));
    if (!status) return { code: 'value', field: 'status', value: cell('status') };
    fields.status = status;
  }
  if (cell('origin')) {
    const via = ORIGIN_WORDS.get(fold(cell('origin')));
    if (!via) return { code: 'value', field: 'origin', value: cell('origin') };
    fields.via = via;
  }
  if (raw('pending') !== undefined) {
    const word = fold(cell('pending'));
    if (!YES.has(word) && !NO.has(word)) {
      return { code: 'value', field: 'pending', value: cell('pending') };
    }
    fields.pending = YES.has(word);
  }
  const rawNote = raw('note');
  const note = rawNote === undefined ? undefined : cleanText(rawNote);
  if (note !== undefined) {
    if (note.length > LIMITS.note) return { code: 'too-long', field: 'note', max: LIMITS.note };
    fields.note = note.trim() ? note : null;
  }
  if (cell('appid')) {
    if (!AppIdSchema.safeParse(cell('appid')).success) {
      return { code: 'value', field: 'appid', value: cell('appid') };
    }
    fields.appid = cell('appid');
  }
  for (const [column, field] of [
    ['first_seen', 'first'],
    ['last_changed', 'at'],
  ] as const) {
    if (!cell(column)) continue;
    const ms = readTime(cell(column));
    if (ms === undefined) return { code: 'value', field: column, value: cell(column) };
    fields[field] = ms;
  }
  return { id: site.id, fields };
}

function resolveRow(name: string, domain: string, app: string): { id: string } | Reason {
  if (name.trim().length > LIMITS.name)
    return { code: 'too-long', field: 'name', max: LIMITS.name };
  if (domain) {
    const site = siteFromInput(domain);
    return site.ok ? { id: site.id } : { code: 'address', problem: site.reason, value: domain };
  }
  const key = app || name.trim();
  if (!key) return { code: 'no-site' };
  // Only a name (no app column) may stand for a site of the built-in list, as when typed by hand.
  const known = app ? undefined : siteNamed(key);
  if (known) return { id: known.id };
  const id = appSiteId(key);
  return id ? { id } : { code: 'too-long', field: 'name', max: LIMITS.name };
}

/** An ISO date-time (what we export), milliseconds since the epoch, or a date a spreadsheet wrote. */
function readTime(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    const ms = Number(text);
    return Number.isSafeInteger(ms) ? ms : undefined;
  }
  const ms = Date.parse(text);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function firstField(error: z.core.$ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return path.length > 0 ? path.map(String).join('.') : 'value';
}
