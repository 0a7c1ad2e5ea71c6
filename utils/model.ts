import * as z from 'zod/mini';
// With their extensions: scripts/bench imports this module under plain Node.
import { LOCALES } from './locales.ts';
import { cleanText, hasHiddenChars, isReservedName, stripHidden } from './safe-text.ts';

/**
 * Everything the extension stores, and under which key. storage.sync resolves conflicts between
 * devices per key (the last writer wins), so every thing a user edits on its own gets a key of
 * its own: one per checklist item, one per site. Edits of different items on two devices then
 * never overwrite each other. Entries that hold nothing but defaults are not stored at all,
 * which keeps the 512-item limit for the sites.
 *
 * The zod schemas are the stored types; nothing here has a hand-written twin.
 */

/**
 * 1: first release layout. 2: site records with short field names and defaults left out (see
 * StoredSiteSchema), so that 450+ sites with a Chinese note fit in storage.sync's 100 KB.
 */
export const SCHEMA_VERSION = 2;

export const KEY = {
  meta: 'meta',
  settings: 'settings',
  tracker: 'tracker',
  dismissed: 'dismissed',
} as const;

const SITE_PREFIX = 's:';
const CHECK_PREFIX = 'c:';
/** Mobile apps have no domain; their id is this prefix and the normalised name. */
export const APP_ID_PREFIX = 'app:';

/**
 * Keys of storage.local, which stays on this device: a change that sync had no room for waits
 * under `o:` + its sync key; `reminders` remembers which cooling-off reminders this device has
 * shown (notifications are per device too); `repairs` holds what the background repaired until
 * a page has shown it (the background has no screen of its own); `accessWarned` is set while
 * this device has said that the guard lost its access to WeChat's login page; `proposals` counts
 * what pages proposed through detection on this device (stored, and dropped by reason).
 */
const OVERFLOW_PREFIX = 'o:';
export const LOCAL_KEY = {
  reminders: 'reminders',
  repairs: 'repairs',
  accessWarned: 'accessWarned',
  proposals: 'proposals',
} as const;

/** Why storage.sync refused a change: one of its limits, or `error` when it was none of them. */
const QuotaKindSchema = z.enum(['per-item', 'bytes', 'items', 'rate', 'error']);
export type QuotaKind = z.infer<typeof QuotaKindSchema>;

/** A change kept under `o:` + its sync key: the value (`null`: a removal), when, and why. */
export const OverflowEntrySchema = z.object({
  v: z.unknown(),
  at: z.number(),
  why: QuotaKindSchema,
});
export type OverflowEntry = z.infer<typeof OverflowEntrySchema>;

/** A broken stored entry found by `decode`; the background leaves them under `repairs`. */
export const RepairSchema = z.object({
  key: z.string(),
  /** `fixed`: some fields were reset to defaults; `dropped`: the entry could not be saved. */
  action: z.enum(['fixed', 'dropped']),
  reason: z.string(),
});
export type Repair = z.infer<typeof RepairSchema>;

export const siteKey = (id: string): string => SITE_PREFIX + id;
export const checkKey = (itemId: string): string => CHECK_PREFIX + itemId;
export const overflowKey = (syncKey: string): string => OVERFLOW_PREFIX + syncKey;

// Storage keys are parsed here only: what follows a key's prefix, or undefined for another key.
const after = (prefix: string) => (key: string) =>
  key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
/** The site id a storage.sync key holds (not checked: `decode` does that). */
export const siteIdOfKey = after(SITE_PREFIX);
export const checkIdOfKey = after(CHECK_PREFIX);
/** The storage.sync key whose change a storage.local key keeps. */
export const syncKeyOfOverflow = after(OVERFLOW_PREFIX);

export const LIMITS = {
  name: 80,
  note: 500,
  checkNote: 300,
  dismissed: 300,
} as const;

export const SITE_STATUSES = ['rebind', 'rebound', 'abandon', 'not-needed'] as const;
export const SITE_ORIGINS = ['manual', 'detected', 'imported'] as const;
const CHECK_STATES = ['open', 'done', 'na'] as const;
/** The language setting: the browser's language, or one the extension speaks. */
export const LANGUAGES = ['auto', ...LOCALES] as const;

const timestamp = z.int().check(z.nonnegative());
/** Hidden characters (bidi overrides, zero-width…) are stripped however the text came in. */
const text = () => z.string().check(z.overwrite(cleanText));
const note = (max: number) => z.optional(text().check(z.maxLength(max)));

export const AppIdSchema = z.string().check(z.regex(/^wx[0-9a-f]{16}$/));
/** A calendar day in the user's local calendar, `YYYY-MM-DD`. */
export const DaySchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine((day) => isRealDay(day), 'not a calendar day'),
);

export const SiteSchema = z.object({
  name: text().check(z.minLength(1), z.maxLength(LIMITS.name)),
  status: z.enum(SITE_STATUSES),
  via: z.enum(SITE_ORIGINS),
  /** Detected but not yet confirmed by the user (they may only have seen the button). */
  pending: z.optional(z.literal(true)),
  appid: z.optional(AppIdSchema),
  note: note(LIMITS.note),
  /** First seen and last changed, milliseconds since the epoch. */
  first: timestamp,
  at: timestamp,
});

/**
 * A site as storage.sync holds it. The quota counts every byte of every key name, and a
 * record's field names and default values were a third of it, so the stored record spells
 * fields with one or two letters and leaves out what the defaults say:
 *
 * | stored | field   | absent means                          |
 * |--------|---------|---------------------------------------|
 * | `n`    | name    | the site's id (an app: its name)      |
 * | `s`    | status  | `rebind`                              |
 * | `v`    | via     | `manual`                              |
 * | `p`    | pending | not pending                           |
 * | `wx`   | appid   | none                                  |
 * | `t`    | note    | none                                  |
 * | `f`    | first   | the same as `at`                      |
 * | `at`   | at      | (always stored; every record has it)  |
 *
 * `at` keeps its name because the store compares any two copies of a value by it.
 */
export const StoredSiteSchema = z.object({
  n: z.optional(SiteSchema.def.shape.name),
  s: z.optional(SiteSchema.def.shape.status),
  v: z.optional(SiteSchema.def.shape.via),
  p: SiteSchema.def.shape.pending,
  wx: SiteSchema.def.shape.appid,
  t: SiteSchema.def.shape.note,
  f: z.optional(timestamp),
  at: timestamp,
});
export type StoredSite = z.infer<typeof StoredSiteSchema>;

/** Stored field name of each site field, in the order records are written. */
const STORED_FIELD = {
  name: 'n',
  status: 's',
  via: 'v',
  pending: 'p',
  appid: 'wx',
  note: 't',
  first: 'f',
  at: 'at',
} as const satisfies Record<keyof Site, keyof StoredSite>;

/** What a site is when nothing says otherwise; its stored record leaves these out. */
export const SITE_DEFAULTS = { status: 'rebind', via: 'manual' } as const satisfies Partial<Site>;

/**
 * The name a site's record stands for when it stores none: what its id says. Pages show the
 * catalogue's name instead where there is one (`defaultName`, utils/known-sites.ts).
 */
export function defaultSiteName(id: string): string {
  return (id.startsWith(APP_ID_PREFIX) ? id.slice(APP_ID_PREFIX.length) : id).slice(0, LIMITS.name);
}

/**
 * Renames site fields to their stored names and leaves out defaults. Takes any object so that
 * schema-1 records (which may be broken) go through the same door; validation comes after.
 */
function toStored(id: string, fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [field, short] of Object.entries(STORED_FIELD)) {
    if (fields[field] !== undefined) stored[short] = fields[field];
  }
  if (stored.n === defaultSiteName(id)) delete stored.n;
  if (stored.s === SITE_DEFAULTS.status) delete stored.s;
  if (stored.v === SITE_DEFAULTS.via) delete stored.v;
  if (stored.f === stored.at) delete stored.f;
  return stored;
}

export function encodeSite(id: string, site: Site): StoredSite {
  return toStored(id, site) as StoredSite;
}

export function expandSite(id: string, stored: StoredSite): Site {
  const site: Site = {
    name: stored.n ?? defaultSiteName(id),
    status: stored.s ?? SITE_DEFAULTS.status,
    via: stored.v ?? SITE_DEFAULTS.via,
    first: stored.f ?? stored.at,
    at: stored.at,
  };
  if (stored.p) site.pending = true;
  if (stored.wx !== undefined) site.appid = stored.wx;
  if (stored.t !== undefined) site.note = stored.t;
  return site;
}

/** A record in the schema-1 layout (long field names), from storage or from an old device. */
function isSchema1Site(raw: unknown): raw is Record<string, unknown> {
  return isRecord(raw) && ('name' in raw || 'status' in raw || 'via' in raw || 'first' in raw);
}

export const CheckEntrySchema = z.object({
  state: z.enum(CHECK_STATES),
  note: note(LIMITS.checkNote),
  at: timestamp,
});

export const TrackerSchema = z.object({
  /** The day the user applied for deletion; absent when not applied (or cancelled). */
  appliedOn: z.optional(DaySchema),
  at: timestamp,
});

export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES),
  detection: z.boolean(),
  reminders: z.boolean(),
  at: timestamp,
});

const MetaSchema = z.object({ schema: z.int().check(z.positive()) });

/** A host name as ids hold it: ASCII (punycode) labels, or an IPv6 address in brackets. */
const HOST_ID = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])$/;

/**
 * Ids are made by utils/domain.ts (registrable domains, ASCII) and `appSiteId` (app names);
 * anything else came from outside. Object.prototype's names are refused: they are keys of plain
 * objects in every page that holds the list.
 */
export function isSiteId(id: string): boolean {
  if (id.length === 0 || id !== id.trim() || id.toLowerCase() !== id) return false;
  if (hasHiddenChars(id) || isReservedName(id)) return false;
  if (id.startsWith(APP_ID_PREFIX)) return id.length > APP_ID_PREFIX.length && !/[\r\n\t]/.test(id);
  return HOST_ID.test(id);
}

const count = z.int().check(z.nonnegative());
export const ProposalCountsSchema = z.object({
  tried: count,
  stored: count,
  dropped: z.object({
    /** The page around the login is not the site it names, nor is the appid that site's. */
    provenance: count,
    /** The tab had made its PROPOSAL_LIMITS.perPage proposals already. */
    page: count,
    /** PROPOSAL_LIMITS.waiting proposals were waiting for the user already. */
    waiting: count,
  }),
});
export type ProposalCounts = z.infer<typeof ProposalCountsSchema>;
export const NO_PROPOSALS: ProposalCounts = Object.freeze({
  tried: 0,
  stored: 0,
  dropped: Object.freeze({ provenance: 0, page: 0, waiting: 0 }),
});

export const SiteIdSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(LIMITS.name + APP_ID_PREFIX.length),
    z.refine(isSiteId, 'not a site id'),
  );
/** A checklist item id: any key the checklist may name, but never one of Object.prototype's. */
const CheckIdSchema = z.string().check(
  z.minLength(1),
  z.refine((id) => !isReservedName(id) && !hasHiddenChars(id), 'not an item id'),
);
export const DismissedSchema = z.array(SiteIdSchema).check(z.maxLength(LIMITS.dismissed));

export type Site = z.infer<typeof SiteSchema>;
export type SiteStatus = Site['status'];
export type SiteOrigin = Site['via'];
export type CheckEntry = z.infer<typeof CheckEntrySchema>;
export type CheckState = CheckEntry['state'];
export type Tracker = z.infer<typeof TrackerSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'auto',
  detection: true,
  reminders: true,
  at: 0,
});
const DEFAULT_TRACKER: Readonly<Tracker> = Object.freeze({ at: 0 });

export type State = {
  readonly settings: Settings;
  readonly tracker: Tracker;
  readonly checklist: Readonly<Record<string, CheckEntry>>;
  readonly sites: Readonly<Record<string, Site>>;
  readonly dismissed: readonly string[];
};

export const EMPTY_STATE: State = Object.freeze({
  settings: DEFAULT_SETTINGS,
  tracker: DEFAULT_TRACKER,
  checklist: Object.freeze({}),
  sites: Object.freeze({}),
  dismissed: Object.freeze([]),
});

/** Raw storage contents: key → stored JSON value. */
export type Items = Readonly<Record<string, unknown>>;
/** A change to storage: key → new value, or `null` to remove the key. */
export type Patch = Readonly<Record<string, unknown>>;

type Decoded = { state: State; repairs: Repair[]; fixes: Patch };

/**
 * Valid entries already parsed, by the stored object itself. A store keeps an unchanged value's
 * object across changes, so re-decoding after one edit parses one entry, and every other entry
 * keeps its identity (pages can skip re-rendering rows whose object did not change).
 */
const parsedSites = new WeakMap<object, { readonly id: string; readonly site: Site }>();
const parsedChecks = new WeakMap<object, CheckEntry>();

type Parsed<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError };

function parseCached<T>(
  cache: WeakMap<object, T>,
  schema: { safeParse(raw: unknown): Parsed<T> },
  raw: unknown,
): Parsed<T> {
  if (typeof raw !== 'object' || raw === null) return schema.safeParse(raw);
  const known = cache.get(raw);
  if (known) return { success: true, data: known };
  const parsed = schema.safeParse(raw);
  if (parsed.success) cache.set(raw, parsed.data);
  return parsed;
}

function readSite(id: string, raw: unknown): Parsed<Site> {
  const known = isRecord(raw) ? parsedSites.get(raw) : undefined;
  if (known?.id === id) return { success: true, data: known.site };
  // A schema-1 record (a change kept on this device before the upgrade, or an older version on
  // another device) is read for what it says rather than repaired as if it were broken.
  const parsed = StoredSiteSchema.safeParse(isSchema1Site(raw) ? toStored(id, raw) : raw);
  if (!parsed.success) return parsed;
  const site = expandSite(id, parsed.data);
  if (isRecord(raw)) parsedSites.set(raw, { id, site });
  return { success: true, data: site };
}

/**
 * Turns raw storage items into the state the UI shows. Every entry is checked on its own: a
 * broken entry is repaired field by field where that keeps the user's data, dropped where it
 * cannot, and never affects the entries around it. `fixes` is the patch that makes storage
 * match what was decoded, so a repair is written (and reported) once.
 */
export function decode(items: Items, now: number = Date.now()): Decoded {
  const repairs: Repair[] = [];
  const fixes: Record<string, unknown> = Object.create(null);
  const report = (key: string, action: Repair['action'], reason: string, fix: unknown) => {
    repairs.push({ key, action, reason });
    fixes[key] = fix;
  };

  // No prototype: a key such as `constructor` finds nothing unless it was stored.
  const checklist: Record<string, CheckEntry> = Object.create(null);
  const sites: Record<string, Site> = Object.create(null);
  let settings: Settings = DEFAULT_SETTINGS;
  let tracker: Tracker = DEFAULT_TRACKER;
  let dismissed: readonly string[] = EMPTY_STATE.dismissed;

  for (const [key, raw] of Object.entries(items)) {
    const id = siteIdOfKey(key);
    const itemId = checkIdOfKey(key);
    if (id !== undefined) {
      if (!SiteIdSchema.safeParse(id).success) {
        // An app named before hidden characters were stripped (a pasted name with a zero-width
        // joiner) keeps its entry under the cleaned id, unless that id is listed already.
        const cleaned = id.startsWith(APP_ID_PREFIX) ? stripHidden(id) : id;
        const site =
          cleaned !== id && !(siteKey(cleaned) in items) ? readSite(cleaned, raw) : undefined;
        if (site?.success && SiteIdSchema.safeParse(cleaned).success) {
          sites[cleaned] = site.data;
          report(key, 'fixed', 'hidden characters in the id', null);
          fixes[siteKey(cleaned)] = encodeSite(cleaned, site.data);
        } else {
          report(key, 'dropped', 'invalid site id', null);
        }
        continue;
      }
      const parsed = readSite(id, raw);
      if (parsed.success) {
        sites[id] = parsed.data;
        continue;
      }
      const repaired = repairSite(id, raw, now);
      if (repaired) {
        sites[id] = repaired;
        report(key, 'fixed', describe(parsed.error), encodeSite(id, repaired));
      } else {
        report(key, 'dropped', 'not a site record', null);
      }
    } else if (itemId !== undefined) {
      const parsed = parseCached(parsedChecks, CheckEntrySchema, raw);
      if (parsed.success && CheckIdSchema.safeParse(itemId).success) {
        checklist[itemId] = parsed.data;
      } else {
        // A checklist entry is one tick and a short note: resetting it is the honest repair.
        report(key, 'dropped', parsed.success ? 'invalid item id' : describe(parsed.error), null);
      }
    } else if (key === KEY.settings) {
      const parsed = SettingsSchema.safeParse(raw);
      if (parsed.success) {
        settings = parsed.data;
      } else {
        settings = repairFields(SettingsSchema, DEFAULT_SETTINGS, raw);
        report(key, 'fixed', describe(parsed.error), settings);
      }
    } else if (key === KEY.tracker) {
      const parsed = TrackerSchema.safeParse(raw);
      if (parsed.success) {
        tracker = parsed.data;
      } else {
        tracker = repairFields(TrackerSchema, { ...DEFAULT_TRACKER, at: now }, raw);
        report(key, 'fixed', describe(parsed.error), tracker);
      }
    } else if (key === KEY.dismissed) {
      const parsed = DismissedSchema.safeParse(raw);
      if (parsed.success) {
        dismissed = parsed.data;
      } else {
        const kept = Array.isArray(raw)
          ? raw.filter((id) => SiteIdSchema.safeParse(id).success).slice(-LIMITS.dismissed)
          : [];
        dismissed = kept as string[];
        report(key, 'fixed', describe(parsed.error), kept);
      }
    } else if (key !== KEY.meta) {
      report(key, 'dropped', 'unknown key', null);
    }
  }

  return { state: { settings, tracker, checklist, sites, dismissed }, repairs, fixes };
}

function repairSite(id: string, raw: unknown, now: number): Site | undefined {
  if (!isRecord(raw)) return undefined;
  const record = isSchema1Site(raw) ? toStored(id, raw) : raw;
  const stored = repairFields<StoredSite>(StoredSiteSchema, { at: now }, record);
  // A long note is cut rather than lost: the start of it is what the user wrote first.
  if (typeof record.t === 'string' && stored.t === undefined && record.t.length > 0) {
    stored.t = record.t.slice(0, LIMITS.note);
  }
  if (typeof record.n === 'string' && record.n.trim().length > 0 && stored.n === undefined) {
    stored.n = record.n.trim().slice(0, LIMITS.name);
  }
  return expandSite(id, stored);
}

/**
 * Keeps each field of `raw` that is valid on its own and takes the fallback for the rest,
 * the way a settings form would be repaired by hand. Unknown fields are left out.
 */
function repairFields<T extends Record<string, unknown>>(
  schema: z.ZodMiniObject,
  fallback: Readonly<T>,
  raw: unknown,
): T {
  const result: Record<string, unknown> = { ...fallback };
  const source = isRecord(raw) ? raw : {};
  for (const [field, fieldSchema] of Object.entries(schema.def.shape)) {
    const parsed = (fieldSchema as z.ZodMiniType).safeParse(source[field]);
    if (parsed.success && parsed.data !== undefined) result[field] = parsed.data;
  }
  // The result is checked as a whole: a repair that still fails means the fallback is wrong.
  return schema.parse(result) as T;
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** A plain object (not an array, not null), as JSON and storage hand them over. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRealDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

// Patch builders: the only way the UI and the background name keys. Each value is checked
// against its schema first, so a bug can never write something the decoder would then drop.

export const patches = {
  site: (id: string, site: Site | null): Patch => ({
    [siteKey(SiteIdSchema.parse(id))]: site && encodeSite(id, SiteSchema.parse(site)),
  }),
  check: (itemId: string, entry: CheckEntry | null): Patch => ({
    // An open item without a note is the default: remove the key instead of storing it.
    [checkKey(CheckIdSchema.parse(itemId))]:
      entry && (entry.state !== 'open' || entry.note) ? CheckEntrySchema.parse(entry) : null,
  }),
  tracker: (tracker: Tracker): Patch => ({ [KEY.tracker]: TrackerSchema.parse(tracker) }),
  settings: (settings: Settings): Patch => ({ [KEY.settings]: SettingsSchema.parse(settings) }),
  dismissed: (ids: readonly string[]): Patch => ({
    [KEY.dismissed]: DismissedSchema.parse(ids.slice(-LIMITS.dismissed)),
  }),
};

/** The last-changed time of a stored value, used to tell which of two copies is newer. */
export function changedAt(value: unknown): number {
  return isRecord(value) && typeof value.at === 'number' ? value.at : 0;
}

/** A migration turns the items of schema version N into a patch that brings them to N + 1. */
export type Migration = (items: Items) => Patch;
/** Keyed by the version they start from. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Site records get their short field names and lose their default fields (StoredSiteSchema).
  // Broken records are converted as they are; decode then repairs them like any other.
  1: (items) => {
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(items)) {
      const id = siteIdOfKey(key);
      if (id !== undefined && isSchema1Site(value)) patch[key] = toStored(id, value);
    }
    return patch;
  },
};

export type Migrated = {
  readonly items: Items;
  /** What to write so storage holds the migrated items (empty when nothing changed). */
  readonly patch: Patch;
  /** Storage was written by a newer version of the extension: read it, but change nothing. */
  readonly newer: boolean;
};

/** Brings stored items to the current schema version, one step at a time. */
export function migrate(
  items: Items,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): Migrated {
  const meta = MetaSchema.safeParse(items[KEY.meta]);
  const hasData = Object.keys(items).some((key) => key !== KEY.meta);
  // Data without a (valid) version can only come from version 1, which introduced the field.
  const from = meta.success ? meta.data.schema : 1;
  if (from > target) return { items, patch: {}, newer: true };
  let current: Record<string, unknown> = { ...items };
  const patch: Record<string, unknown> = {};
  for (let version = from; version < target; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`no migration from schema ${version}`);
    const change = step(current);
    Object.assign(patch, change);
    current = applyPatch(current, change);
  }
  if (hasData && (!meta.success || from !== target)) {
    patch[KEY.meta] = { schema: target };
    current[KEY.meta] = { schema: target };
  }
  return { items: current, patch, newer: false };
}

/** Applies a patch to a copy of the items: `null` removes a key. */
export function applyPatch(items: Items, patch: Patch): Record<string, unknown> {
  // No prototype: a stored key named `__proto__` is a key like any other here.
  const next: Record<string, unknown> = Object.assign(Object.create(null), items);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}
