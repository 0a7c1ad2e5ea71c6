import * as z from 'zod/mini';
import { toCsv } from './csv';
import {
  APP_ID_PREFIX,
  CheckEntrySchema,
  DismissedSchema,
  SettingsSchema,
  SiteIdSchema,
  SiteSchema,
  type State,
  TrackerSchema,
} from './model';
import { displayDomain, isAppId } from './site-id';

/**
 * The files a user takes out of the extension: the JSON backup of everything, and the CSV of the
 * site list for spreadsheet programs. Both are read back by import-file.ts.
 */

export const EXPORT_FORMAT = 'wechat-exit-planner';
/** The version of the export file's shape (not of storage); an import reads this one only. */
export const EXPORT_VERSION = 1;

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
export const CSV_COLUMNS = [
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
export type Column = (typeof CSV_COLUMNS)[number];

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
