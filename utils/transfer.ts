import * as z from 'zod/mini';
import enCommon from '@/locales/en/common';
import zhCommon from '@/locales/zh_CN/common';
import { DELIMITERS, type Delimiter, parseCsv, toCsv, unneutralise } from './csv';
import { siteFromInput, siteFromUrl } from './domain';
import type { Locale } from './i18n';
import { findJsonMistake, type JsonMistake } from './json-mistake';
import { defaultName, KNOWN_SITES, knownSite } from './known-sites';
import {
  APP_ID_PREFIX,
  AppIdSchema,
  type CheckEntry,
  CheckEntrySchema,
  DismissedSchema,
  LIMITS,
  type Patch,
  patches,
  type Settings,
  SettingsSchema,
  SITE_ORIGINS,
  SITE_STATUSES,
  type Site,
  SiteIdSchema,
  type SiteOrigin,
  SiteSchema,
  type SiteStatus,
  type State,
  type Tracker,
  TrackerSchema,
} from './model';
import { cleanText } from './safe-text';
import { appSiteId, displayDomain, isAppId } from './site-id';
import { addSite } from './sites';

/**
 * Bringing data in and out of the extension: the JSON backup of everything, the CSV of the site
 * list, and lists of sites typed or pasted by hand. Everything here is pure: reading a file gives
 * a plan (what is new, what changes, what is refused and why) and one patch for the store, and
 * nothing is written until the user has seen the plan.
 *
 * An import adds and updates; it never removes. Entries the file does not mention stay as they
 * are, so importing an old backup or a partial spreadsheet can never empty the list.
 */

export const EXPORT_FORMAT = 'wechat-exit-planner';
/** The version of the export file's shape (not of storage); an import reads this one only. */
export const EXPORT_VERSION = 1;
/** Far above any real export (500 sites ≈ 150 KB): a bigger file is not ours. */
export const MAX_IMPORT_BYTES = 1_048_576;

const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  settings: SettingsSchema,
  tracker: TrackerSchema,
  checklist: z.record(z.string().check(z.minLength(1)), CheckEntrySchema),
  sites: z.record(SiteIdSchema, SiteSchema),
  dismissed: DismissedSchema,
});

const byKey = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Everything the user stored, as a JSON backup. Checked against the schema before it leaves. */
export function exportJson(state: State, now: number = Date.now()): string {
  const file = ExportSchema.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: state.settings,
    tracker: state.tracker,
    checklist: byKey(state.checklist),
    sites: byKey(state.sites),
    dismissed: [...state.dismissed],
  });
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The CSV columns. A website is named by its readable domain; an app (no domain) by `app`, its
 * normalised name, which stays its key even after the user renames it.
 */
const CSV_COLUMNS = [
  'name',
  'domain',
  'app',
  'status',
  'origin',
  'pending',
  'note',
  'appid',
  'first_seen',
  'last_changed',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** The site list as CSV for spreadsheet programs, one site a row. */
export function exportCsv(state: State): string {
  const rows = Object.entries(byKey(state.sites)).map(([id, site]) => [
    site.name,
    isAppId(id) ? '' : (displayDomain(id) ?? id),
    isAppId(id) ? id.slice(APP_ID_PREFIX.length) : '',
    site.status,
    site.via,
    site.pending ? 'yes' : '',
    site.note ?? '',
    site.appid ?? '',
    isoTime(site.first),
    isoTime(site.at),
  ]);
  return `${toCsv([[...CSV_COLUMNS], ...rows])}\r\n`;
}

function isoTime(ms: number): string {
  const date = new Date(ms);
  // Past the year 275760 a Date is invalid; keep the raw number, which an import reads back.
  return Number.isNaN(date.getTime()) ? String(ms) : date.toISOString();
}

// ---------------------------------------------------------------------------------------------
// Reading sites typed by a person: the add form, pasted lines, hand-made spreadsheets.

type AddressProblem = 'invalid' | 'not-web' | 'no-domain' | 'wechat';
export type Resolved =
  | { readonly ok: true; readonly id: string; readonly name: string; readonly appid?: string }
  | {
      readonly ok: false;
      readonly field: 'name' | 'address';
      readonly problem: AddressProblem | 'empty' | 'too-long';
    };

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();
const knownByName = new Map(
  KNOWN_SITES.flatMap((site) => [
    [fold(site.name.zh_CN), site] as const,
    [fold(site.name.en), site] as const,
  ]),
);

/**
 * One site from a name and/or an address. An address (a domain or any URL) wins and is reduced
 * to its registrable domain. A name alone is a site from the built-in list when it is one of
 * their names (people type 知乎, not zhihu.com, off WeChat's own list), otherwise a mobile app.
 */
export function resolveSite(
  input: { readonly name?: string; readonly address?: string },
  locale: Locale,
): Resolved {
  const name = cleanText(input.name ?? '').trim();
  const address = input.address?.trim() ?? '';
  if (name.length > LIMITS.name) return { ok: false, field: 'name', problem: 'too-long' };
  if (address) {
    const site = siteFromInput(address);
    if (!site.ok) return { ok: false, field: 'address', problem: site.reason };
    return withAppid(site.id, name || defaultName(site.id, locale));
  }
  if (!name) return { ok: false, field: 'address', problem: 'empty' };
  const known = knownByName.get(fold(name));
  if (known) return withAppid(known.id, name);
  const id = appSiteId(name);
  if (!id) return { ok: false, field: 'name', problem: 'too-long' };
  return { ok: true, id, name };
}

function withAppid(id: string, name: string): Resolved {
  const appid = knownSite(id)?.appid;
  return appid ? { ok: true, id, name, appid } : { ok: true, id, name };
}

export type PastedLine = { readonly line: number; readonly text: string; readonly site: Resolved };

const BULLET = /^(?:[-*•·]\s+|\d{1,3}[.)、]\s*)/;
const LOOKS_LIKE_ADDRESS = /:\/\/|^[^\s]*\.[^\s]*$/;

/**
 * Reads pasted lines, one site a line: "zhihu.com", "https://www.zhihu.com/…", "知乎", or a name
 * and an address together ("知乎 zhihu.com", "知乎, https://…", a tab from a spreadsheet).
 * List bullets and numbers are ignored; blank lines are skipped.
 */
export function readLines(text: string, locale: Locale): PastedLine[] {
  const result: PastedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim().replace(BULLET, '').trim();
    if (!line) return;
    result.push({ line: index + 1, text: line, site: readLine(line, locale) });
  });
  return result;
}

function readLine(line: string, locale: Locale): Resolved {
  const whole = siteFromInput(line);
  if (whole.ok) return resolveSite({ address: line }, locale);
  const split = /^(.*?)[\s,，、;；|]+(\S+)$/u.exec(line);
  if (split?.[1] && split[2] && LOOKS_LIKE_ADDRESS.test(split[2])) {
    return resolveSite({ name: split[1], address: split[2] }, locale);
  }
  if (LOOKS_LIKE_ADDRESS.test(line)) return resolveSite({ address: line }, locale);
  return resolveSite({ name: line }, locale);
}

export type PasteEntry = PastedLine & {
  /** `listed`: already on the list; `repeat`: an earlier line names the same site. */
  readonly outcome: 'new' | 'listed' | 'repeat' | 'rejected';
};

export function planPaste(
  lines: readonly PastedLine[],
  state: State,
  now: number = Date.now(),
): { entries: PasteEntry[]; patch: Patch; added: number } {
  const seen = new Set<string>();
  const patch: Record<string, unknown> = {};
  const entries = lines.map((entry): PasteEntry => {
    const { site } = entry;
    if (!site.ok) return { ...entry, outcome: 'rejected' };
    if (seen.has(site.id)) return { ...entry, outcome: 'repeat' };
    seen.add(site.id);
    if (state.sites[site.id] && !state.sites[site.id]?.pending)
      return { ...entry, outcome: 'listed' };
    // A detected site waiting for confirmation is confirmed by naming it here.
    Object.assign(patch, addSite(state, { ...site, via: 'manual' }, now));
    return { ...entry, outcome: 'new' };
  });
  return { entries, patch, added: entries.filter((e) => e.outcome === 'new').length };
}

// ---------------------------------------------------------------------------------------------
// Import: read a file into what it says, then plan what changes.

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
type SiteFields = {
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
  const known = app ? undefined : knownByName.get(fold(key));
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// The plan: what an import would change, against what is stored right now.

export type Change = 'new' | 'changed' | 'unchanged';
export type PlanItem =
  | {
      readonly kind: 'site';
      readonly id: string;
      readonly change: Change;
      readonly before?: Site;
      readonly after: Site;
    }
  | { readonly kind: 'check'; readonly id: string; readonly change: Change }
  | { readonly kind: 'settings' | 'tracker' | 'dismissed'; readonly change: Change };

export type ImportPlan = {
  readonly kind: Incoming['kind'];
  readonly source: ReadAs;
  readonly items: readonly PlanItem[];
  readonly rejected: readonly Rejection[];
  readonly counts: Readonly<Record<Change | 'rejected', number>>;
  /** Everything the import writes, for one `store.write`; empty when nothing changes. */
  readonly patch: Patch;
};

/**
 * Compares what a file says with what is stored. New entries keep the file's timestamps (a
 * restored backup is the same data as before); changed entries are stamped `now`, since they
 * change now, which also lets sync's last-writer-wins favour them.
 */
export function planImport(
  incoming: Incoming,
  state: State,
  locale: Locale,
  now: number = Date.now(),
): ImportPlan {
  const items: PlanItem[] = [];
  const patch: Record<string, unknown> = {};

  for (const { id, fields } of incoming.sites) {
    const before = state.sites[id];
    const after = mergeSite(id, before, fields, locale, now);
    const change: Change = !before ? 'new' : sameSite(before, after) ? 'unchanged' : 'changed';
    if (change === 'changed') after.at = now;
    if (change !== 'unchanged') Object.assign(patch, patches.site(id, after));
    items.push(
      before ? { kind: 'site', id, change, before, after } : { kind: 'site', id, change, after },
    );
  }

  for (const [id, entry] of Object.entries(incoming.checklist)) {
    const before = state.checklist[id];
    const isDefault = entry.state === 'open' && !entry.note;
    const change: Change = !before
      ? isDefault
        ? 'unchanged'
        : 'new'
      : before.state === entry.state && (before.note ?? '') === (entry.note ?? '')
        ? 'unchanged'
        : 'changed';
    if (change !== 'unchanged') {
      Object.assign(patch, patches.check(id, change === 'new' ? entry : { ...entry, at: now }));
    }
    items.push({ kind: 'check', id, change });
  }

  if (incoming.settings) {
    const file = incoming.settings;
    const stored = state.settings;
    const same =
      stored.language === file.language &&
      stored.detection === file.detection &&
      stored.reminders === file.reminders;
    // `at: 0` is the built-in default: nothing was ever chosen here, so take the file's as is.
    const change = changeOfSingleton(stored.at, file.at, same);
    if (change !== 'unchanged') {
      Object.assign(patch, patches.settings(change === 'new' ? file : { ...file, at: now }));
    }
    items.push({ kind: 'settings', change });
  }

  if (incoming.tracker) {
    const file = incoming.tracker;
    const stored = state.tracker;
    const change = changeOfSingleton(stored.at, file.at, stored.appliedOn === file.appliedOn);
    if (change !== 'unchanged') {
      Object.assign(patch, patches.tracker(change === 'new' ? file : { ...file, at: now }));
    }
    items.push({ kind: 'tracker', change });
  }

  if (incoming.dismissed.length > 0) {
    const added = incoming.dismissed.filter((id) => !state.dismissed.includes(id));
    const change: Change =
      added.length === 0 ? 'unchanged' : state.dismissed.length === 0 ? 'new' : 'changed';
    if (added.length > 0) Object.assign(patch, patches.dismissed([...state.dismissed, ...added]));
    items.push({ kind: 'dismissed', change });
  }

  const counts = { new: 0, changed: 0, unchanged: 0, rejected: incoming.rejected.length };
  for (const item of items) counts[item.change] += 1;
  return {
    kind: incoming.kind,
    source: incoming.source,
    items,
    rejected: incoming.rejected,
    counts,
    patch,
  };
}

function changeOfSingleton(storedAt: number, fileAt: number, same: boolean): Change {
  if (storedAt === 0) return same && fileAt === 0 ? 'unchanged' : 'new';
  return same ? 'unchanged' : 'changed';
}

function mergeSite(
  id: string,
  before: Site | undefined,
  fields: SiteFields,
  locale: Locale,
  now: number,
): Site {
  const base: Site = before ?? {
    name: defaultName(id, locale).slice(0, LIMITS.name),
    status: 'rebind',
    via: 'imported',
    first: now,
    at: now,
  };
  const site: Site = {
    name: fields.name ?? base.name,
    status: fields.status ?? base.status,
    via: fields.via ?? base.via,
    first: fields.first ?? base.first,
    at: fields.at ?? now,
  };
  if (fields.pending ?? base.pending) site.pending = true;
  const appid = fields.appid ?? base.appid;
  if (appid) site.appid = appid;
  const note = fields.note === undefined ? base.note : (fields.note ?? undefined);
  if (note) site.note = note;
  return site;
}

/** Same for the user: timestamps alone do not make an entry "changed". */
function sameSite(a: Site, b: Site): boolean {
  return (
    a.name === b.name &&
    a.status === b.status &&
    a.via === b.via &&
    (a.pending ?? false) === (b.pending ?? false) &&
    a.appid === b.appid &&
    (a.note ?? '') === (b.note ?? '')
  );
}
