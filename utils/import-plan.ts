import type { Locale } from './i18n';
import type { Incoming, ReadAs, Rejection, SiteFields } from './import-file';
import { defaultName } from './known-sites';
import { type Patch, patches, SITE_DEFAULTS, type Site, type State } from './model';

/**
 * What an import would change, against what is stored right now: a plan for the preview and
 * one patch for the store. An import adds and updates; it never removes. Entries the file does
 * not mention stay as they are, so importing an old backup or a partial spreadsheet can never
 * empty the list.
 */

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
    name: defaultName(id, locale),
    status: SITE_DEFAULTS.status,
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
