import { browser } from 'wxt/browser';
import {
  applyPatch,
  changedAt,
  decode,
  type Items,
  isRecord,
  KEY,
  LOCAL_KEY,
  migrate,
  type OverflowEntry,
  OverflowEntrySchema,
  overflowKey,
  type Patch,
  type QuotaKind,
  type Repair,
  RepairSchema,
  SCHEMA_VERSION,
  type State,
  siteIdOfKey,
  syncKeyOfOverflow,
} from './model';

/**
 * The one place that reads and writes extension storage.
 *
 * - One read when a page opens (`storage.sync` and this device's overflow), then live updates
 *   from `storage.onChanged`, so every open page and every other device stays current.
 * - Writes are optimistic and coalesced: the first change goes out at once, changes that follow
 *   within WRITE_INTERVAL_MS are merged into the next single `set` call. Chrome counts each call
 *   as one write against its 120-a-minute quota, however many keys it carries.
 * - A change sync has no room for (or refuses) is kept in `storage.local` under `o:<key>` and
 *   shown as "on this device only"; `retry()` moves it to sync when there is room again.
 */

/** storage.sync's limits, the same in Chrome and Firefox. */
export const SYNC_QUOTA = { bytes: 102_400, perItem: 8_192, items: 512 } as const;
export const WRITE_INTERVAL_MS = 1_500;

/** Maps a rejected write to the limit it ran into; `error` when it was no quota at all. */
export function quotaKind(error: unknown): QuotaKind {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/QuotaBytesPerItem/i.test(text)) return 'per-item';
  if (/kQuotaBytes|QUOTA_BYTES\b/i.test(text)) return 'bytes';
  if (/MaxItems|MAX_ITEMS/i.test(text)) return 'items';
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(text)) return 'rate';
  // Firefox reports every sync limit as one QuotaExceededError; treat it as a full store.
  if (/QuotaExceeded|quota/i.test(text)) return 'bytes';
  return 'error';
}

const encoder = new TextEncoder();
/** Sizes of stored objects already measured: a value's object is kept until it changes. */
const measured = new WeakMap<object, number>();
/** Sizes of keys already measured (a few hundred at most: one per item). */
const keySizes = new Map<string, number>();

/** What one item costs against the quota: its key plus its JSON value, in UTF-8 bytes. */
function itemBytes(key: string, value: unknown): number {
  let size = typeof value === 'object' && value !== null ? measured.get(value) : undefined;
  if (size === undefined) {
    size = encoder.encode(JSON.stringify(value)).length;
    if (typeof value === 'object' && value !== null) measured.set(value, size);
  }
  let keySize = keySizes.get(key);
  if (keySize === undefined) {
    keySize = encoder.encode(key).length;
    keySizes.set(key, keySize);
  }
  return keySize + size;
}

export type Usage = { bytes: number; items: number };
export function usageOf(items: Items): Usage {
  let bytes = 0;
  let count = 0;
  for (const [key, value] of Object.entries(items)) {
    bytes += itemBytes(key, value);
    count += 1;
  }
  return { bytes, items: count };
}

export type Snapshot = {
  readonly state: State;
  /** Sync keys whose latest value is held on this device only, with the reason. */
  readonly localOnly: Readonly<Record<string, QuotaKind>>;
  /** Entries found broken when the page opened or when they arrived; each repaired once. */
  readonly repairs: readonly Repair[];
  /** Storage was written by a newer version of the extension: shown, never rewritten. */
  readonly newerSchema: boolean;
  readonly usage: Usage;
};

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
type ChangeEvent = Pick<typeof browser.storage.onChanged, 'addListener' | 'removeListener'>;
/** The storage a store works on; tests give each simulated device its own. */
export type Areas = { sync: StorageArea; local: StorageArea; onChanged: ChangeEvent };

function browserAreas(): Areas {
  return {
    sync: browser.storage.sync,
    local: browser.storage.local,
    onChanged: browser.storage.onChanged,
  };
}

export class Store {
  /** What storage.sync holds, as far as this page knows. */
  private synced: Record<string, unknown>;
  private overflow: Record<string, OverflowEntry>;
  /** Changes waiting for the next write, and changes being written right now. */
  private queue = new Map<string, unknown>();
  private inFlight = new Map<string, unknown>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastWrite = Number.NEGATIVE_INFINITY;
  private writing: Promise<void> | undefined;
  private listeners = new Set<(snapshot: Snapshot) => void>();
  private repairs: Repair[] = [];
  /** Repairs the background made and left for a page to show (storage.local). */
  private reported: Repair[];
  private newer = false;
  /** A recent copy the model found anything to migrate or repair in: not to be shown. */
  private rejected = false;
  /** The storage read that replaces the recent copy, while it runs. */
  private reading: Promise<void> | undefined;
  private current: Snapshot;
  private readonly onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) =>
    this.receive(changes, area);

  private constructor(
    private readonly areas: Areas,
    synced: Items,
    overflow: Record<string, OverflowEntry>,
    reported: Repair[],
    private readonly options: StoreOptions,
    /** Built from the recent copy, not yet from storage: nothing is written until it is. */
    private provisional = false,
    /**
     * The state the recent copy's page derived from `synced`, validated then: shown as it is,
     * so that validation waits until storage answers (it does again then).
     */
    derived?: State,
  ) {
    this.reported = reported;
    const migrated = migrate(synced);
    this.newer = migrated.newer;
    if (provisional && (this.newer || Object.keys(migrated.patch).length > 0)) {
      this.rejected = true;
    }
    this.synced = { ...synced };
    this.overflow = overflow;
    // Migrated values are written like any change; until then the page already shows them.
    if (!this.newer) {
      for (const [key, value] of Object.entries(migrated.patch)) this.queue.set(key, value);
    }
    this.current =
      derived && provisional && !this.rejected ? this.snapshotOf(derived) : this.derive();
    this.schedule();
    areas.onChanged.addListener(this.onChanged);
  }

  /** Reads everything once and starts following changes. */
  static async open(areas: Areas = browserAreas(), options: StoreOptions = {}): Promise<Store> {
    const { synced, overflow, reported } = await readAreas(areas);
    return new Store(areas, synced, overflow, reported, options);
  }

  /**
   * A store that starts from this device's copy of the last state a page read (`recent`),
   * without waiting for storage, and is brought in line with storage as soon as it answers
   * (`reconciled`), or once `settled` resolves if that is later: a page passes its first paint,
   * so that storage's answer does not delay it. Undefined when there is no usable copy: an
   * unreadable one, or one in which the model finds anything to repair or migrate, costs a page
   * only the wait for storage.
   */
  static openRecent(
    recent: RecentCopy,
    areas: Areas = browserAreas(),
    settled: Promise<unknown> = Promise.resolve(),
  ): { store: Store; reconciled: Promise<void> } | undefined {
    const copy = readRecent(recent);
    if (!copy) return undefined;
    const store = new Store(areas, copy.synced, copy.overflow, copy.reported, {}, true, copy.state);
    if (store.rejected) {
      store.close();
      return undefined;
    }
    const reconciled = readAreas(areas).then(
      async (read) => {
        await settled;
        store.reconcile(read);
      },
      (error: unknown) => {
        // The copy was valid when it was written and stays on screen; writes go ahead.
        console.error('storage could not be read:', error);
        store.provisional = false;
      },
    );
    store.reading = reconciled;
    return { store, reconciled };
  }

  /** Keeps what this page last read, for the next page's `openRecent`. */
  saveRecent(recent: RecentCopy): void {
    if (this.newer || this.provisional) return;
    const local: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(this.overflow)) local[overflowKey(key)] = entry;
    if (this.reported.length > 0) local[LOCAL_KEY.repairs] = this.reported;
    // The state shown is what `synced` gives only when nothing is queued or on its way.
    const settled = this.queue.size === 0 && this.inFlight.size === 0;
    const state = settled ? this.current.state : undefined;
    try {
      recent.setItem(RECENT_KEY, sealRecent({ sync: this.synced, local, state }));
    } catch {
      // No room or no access: the next page waits for storage, as it did before.
    }
  }

  get snapshot(): Snapshot {
    return this.current;
  }

  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies a change at once (every subscriber sees it) and queues it for storage. */
  write(patch: Patch): void {
    for (const [key, value] of Object.entries(patch)) this.queue.set(key, value ?? null);
    this.refresh();
    this.schedule();
  }

  /** Sends queued changes now, e.g. when the page is being closed. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    return this.send();
  }

  /**
   * Tries again to move changes kept on this device into sync. A kept change that another
   * device has since overwritten with something newer is dropped: the newer edit wins.
   */
  async retry(): Promise<void> {
    for (const [key, entry] of Object.entries(this.overflow)) {
      if (this.queue.has(key) || this.inFlight.has(key)) continue;
      if (key in this.synced && changedAt(this.synced[key]) > entry.at) {
        await this.forget([key]);
      } else {
        this.queue.set(key, entry.v);
      }
    }
    await this.flush();
  }

  /**
   * How many of the changes in `patch` sync has no room for right now (they would be kept on
   * this device only), so that a large import can say so before it is confirmed.
   */
  keptLocally(patch: Patch): number {
    const pending = new Map([...this.inFlight, ...this.queue]);
    const after = planWrite(this.synced, pending);
    const synced = applyPatch(this.synced, after.toSet);
    for (const key of after.toRemove) delete synced[key];
    const batch = new Map(Object.entries(patch).map(([key, value]) => [key, value ?? null]));
    return Object.keys(planWrite(synced, batch).kept).filter((key) => batch.has(key)).length;
  }

  close(): void {
    this.areas.onChanged.removeListener(this.onChanged);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.listeners.clear();
  }

  /** Drops the repair report once the user has read it (here and in every other page). */
  acknowledgeRepairs(): void {
    this.repairs = [];
    if (this.reported.length > 0) {
      this.reported = [];
      void this.areas.local.remove(LOCAL_KEY.repairs);
    }
    this.refresh();
  }

  /** Replaces the recent copy with what storage holds, as if the page had opened with it. */
  private reconcile(read: StoredAreas): void {
    this.provisional = false;
    this.reading = undefined;
    const migrated = migrate(read.synced);
    this.newer = migrated.newer;
    // Changes that arrived meanwhile are in the read too; those made here are still queued.
    this.synced = { ...read.synced };
    this.overflow = read.overflow;
    this.reported = read.reported;
    if (!this.newer) {
      for (const [key, value] of Object.entries(migrated.patch)) {
        if (!this.queue.has(key)) this.queue.set(key, value);
      }
    }
    this.refresh();
    this.schedule();
  }

  /** Everything this page should show: sync, overlaid by kept changes, overlaid by pending. */
  private view(): Items {
    let items: Items = this.synced;
    const overlay: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(this.overflow)) overlay[key] = entry.v;
    for (const [key, value] of this.inFlight) overlay[key] = value;
    for (const [key, value] of this.queue) overlay[key] = value;
    items = applyPatch(items, overlay);
    return items;
  }

  private derive(): Snapshot {
    const items = this.view();
    const { state, repairs, fixes } = decode(items);
    if (this.provisional) {
      if (repairs.length > 0) this.rejected = true;
    } else if (this.newer) {
      // Keys a newer version added are not damage; leave everything as that version wrote it.
      this.repairs = repairs.filter((r) => r.reason !== 'unknown key');
    } else if (repairs.length > 0) {
      console.warn('WeChat Exit Planner repaired stored entries:', repairs);
      if (this.options.leaveRepairReport) {
        // Nobody sees the background: leave the report for the next page that opens.
        this.reported = [...this.reported, ...repairs].slice(-MAX_REPORTED);
        void this.areas.local.set({ [LOCAL_KEY.repairs]: this.reported });
      } else {
        this.repairs = [...this.repairs, ...repairs];
      }
      for (const [key, value] of Object.entries(fixes)) this.queue.set(key, value ?? null);
      this.schedule();
    }
    return this.snapshotOf(state);
  }

  /** The snapshot of a state derived from what this store holds. */
  private snapshotOf(state: State): Snapshot {
    const localOnly: Record<string, QuotaKind> = {};
    for (const [key, entry] of Object.entries(this.overflow)) localOnly[key] = entry.why;
    const synced = this.synced;
    let usage: Usage | undefined;
    return {
      state,
      localOnly,
      repairs: this.options.leaveRepairReport ? [] : [...this.reported, ...this.repairs],
      newerSchema: this.newer,
      // Counted when read: only the storage panel shows it (BENCHMARKS.md, popup start).
      get usage() {
        usage ??= usageOf(synced);
        return usage;
      },
    };
  }

  private refresh(): void {
    this.current = this.derive();
    for (const listener of this.listeners) listener(this.current);
  }

  private schedule(): void {
    if (this.newer || this.queue.size === 0 || this.timer !== undefined) return;
    const wait = Math.max(0, this.lastWrite + WRITE_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send();
    }, wait);
  }

  private async send(): Promise<void> {
    // Quota arithmetic needs what sync holds, not the recent copy.
    if (this.reading) await this.reading;
    // One write at a time: a second caller waits for the first, then sends what is left.
    while (this.writing) await this.writing;
    if (this.queue.size === 0) return;
    const batch = new Map(this.queue);
    this.queue.clear();
    for (const [key, value] of batch) this.inFlight.set(key, value);
    this.lastWrite = Date.now();
    this.writing = this.writeBatch(batch).finally(() => {
      this.writing = undefined;
      for (const key of batch.keys()) this.inFlight.delete(key);
      this.refresh();
      this.schedule();
    });
    await this.writing;
  }

  private async writeBatch(batch: Map<string, unknown>): Promise<void> {
    if (!(KEY.meta in this.synced)) batch.set(KEY.meta, { schema: SCHEMA_VERSION });
    const { toSet, toRemove, kept, evicted } = planWrite(this.synced, batch);
    const done = new Set<string>();
    try {
      if (toRemove.length > 0) {
        await this.areas.sync.remove(toRemove);
        for (const key of toRemove) {
          delete this.synced[key];
          done.add(key);
        }
      }
      if (Object.keys(toSet).length > 0) {
        await this.areas.sync.set(toSet);
        Object.assign(this.synced, toSet);
        for (const key of Object.keys(toSet)) done.add(key);
      }
    } catch (error) {
      const why = quotaKind(error);
      if (why === 'error') console.error('storage.sync refused a write:', error);
      for (const key of [...toRemove, ...Object.keys(toSet)]) {
        if (!done.has(key)) kept[key] = why;
      }
      // The per-minute quota clears itself: try again once it has.
      if (why === 'rate') setTimeout(() => void this.retry(), 60_000);
    }
    const now = Date.now();
    const keep: Record<string, OverflowEntry> = {};
    for (const [key, why] of Object.entries(kept)) {
      const value = (batch.has(key) ? batch.get(key) : evicted[key]) ?? null;
      const entry = { v: value, at: Math.max(now, changedAt(value)), why };
      keep[overflowKey(key)] = entry;
      this.overflow[key] = entry;
    }
    if (Object.keys(keep).length > 0) await this.areas.local.set(keep);
    // A change that reached sync no longer needs the copy kept on this device.
    const settled = [...batch.keys()].filter((key) => !(key in kept) && key in this.overflow);
    if (settled.length > 0) await this.forget(settled);
  }

  private async forget(keys: string[]): Promise<void> {
    for (const key of keys) delete this.overflow[key];
    await this.areas.local.remove(keys.map(overflowKey));
  }

  private receive(changes: Record<string, { newValue?: unknown }>, area: string): void {
    let touched = false;
    for (const [key, change] of Object.entries(changes)) {
      if (area === 'sync') {
        // Our own pending value stays on screen until its write lands.
        if (this.queue.has(key) || this.inFlight.has(key)) continue;
        // A removal says `undefined` in browsers, `null` in some fakes: neither is a value.
        if (change.newValue === undefined || change.newValue === null) delete this.synced[key];
        else this.synced[key] = change.newValue;
        touched = true;
      } else if (area === 'local' && key === LOCAL_KEY.repairs) {
        this.reported = readRepairs(change.newValue);
        touched = true;
      } else if (area === 'local') {
        const syncKey = syncKeyOfOverflow(key);
        if (syncKey === undefined) continue;
        const entry = readOverflow(change.newValue);
        if (entry) this.overflow[syncKey] = entry;
        else delete this.overflow[syncKey];
        touched = true;
      }
    }
    if (touched) this.refresh();
  }
}

/**
 * Decides which changes fit into sync, using the same arithmetic as the browser, so that a
 * write which would fail is not even tried (a failed `set` costs a write and stores nothing).
 *
 * Proposals (sites detected but not confirmed) never take room from what the user entered or
 * confirmed: they are placed after everything else in the batch, and a user's entry that does
 * not fit moves proposals waiting in sync (oldest first) to this device (`evicted`, kept like any
 * change sync has no room for) until it fits. A page can thus fill sync with proposals, but the
 * next thing the user writes still syncs. A proposal never moves anything out.
 */
export function planWrite(
  synced: Items,
  batch: ReadonlyMap<string, unknown>,
  quota: typeof SYNC_QUOTA = SYNC_QUOTA,
): {
  toSet: Record<string, unknown>;
  toRemove: string[];
  kept: Record<string, QuotaKind>;
  evicted: Record<string, unknown>;
} {
  const toSet: Record<string, unknown> = {};
  const toRemove: string[] = [];
  const kept: Record<string, QuotaKind> = {};
  const evicted: Record<string, unknown> = {};
  let { bytes, items } = usageOf(synced);
  // Removals first: they free the room the additions may need.
  for (const [key, value] of batch) {
    if (value !== null || !(key in synced)) continue;
    toRemove.push(key);
    bytes -= itemBytes(key, synced[key]);
    items -= 1;
  }
  let movable: string[] | undefined;
  const order = [...batch].sort(
    ([a, x], [b, y]) => Number(isProposal(a, x)) - Number(isProposal(b, y)),
  );
  for (const [key, value] of order) {
    if (value === null) continue;
    const size = itemBytes(key, value);
    const previous = key in synced ? itemBytes(key, synced[key]) : 0;
    const isNew = !(key in synced);
    const full = (): QuotaKind | undefined =>
      isNew && items + 1 > quota.items
        ? 'items'
        : bytes - previous + size > quota.bytes
          ? 'bytes'
          : undefined;
    if (size <= quota.perItem && full() && !isProposal(key, value)) {
      movable ??= proposalsIn(synced, batch);
      const room = movable.reduce(
        (sum, k) => ({ bytes: sum.bytes + itemBytes(k, synced[k]), items: sum.items + 1 }),
        { bytes: 0, items: 0 },
      );
      // Only when moving them out makes room: otherwise they stay where they are.
      const fits =
        (!isNew || items - room.items + 1 <= quota.items) &&
        bytes - room.bytes - previous + size <= quota.bytes;
      for (let why = full(); fits && why; why = full()) {
        const victim = movable.shift();
        if (victim === undefined) break;
        toRemove.push(victim);
        evicted[victim] = synced[victim];
        kept[victim] = why;
        bytes -= itemBytes(victim, synced[victim]);
        items -= 1;
      }
    }
    const why: QuotaKind | undefined = size > quota.perItem ? 'per-item' : full();
    if (why) kept[key] = why;
    else {
      toSet[key] = value;
      bytes += size - previous;
      if (isNew) items += 1;
    }
  }
  return { toSet, toRemove, kept, evicted };
}

/** A site detected and not yet confirmed, as storage holds it. */
function isProposal(key: string, value: unknown): boolean {
  return siteIdOfKey(key) !== undefined && isRecord(value) && value.p === true;
}

/** Proposals in sync that the batch does not touch, the oldest first. */
function proposalsIn(synced: Items, batch: ReadonlyMap<string, unknown>): string[] {
  return Object.keys(synced)
    .filter((key) => !batch.has(key) && isProposal(key, synced[key]))
    .sort((a, b) => changedAt(synced[a]) - changedAt(synced[b]));
}

export type StoreOptions = {
  /**
   * For the background, which has no screen: repairs it makes are kept in storage.local until
   * a page shows them, instead of being reported to no one.
   */
  readonly leaveRepairReport?: boolean;
};

const MAX_REPORTED = 50;

function readRepairs(value: unknown): Repair[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = RepairSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function readOverflow(value: unknown): OverflowEntry | undefined {
  const parsed = OverflowEntrySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

type StoredAreas = {
  synced: Items;
  overflow: Record<string, OverflowEntry>;
  reported: Repair[];
};

/** storage.sync, and this device's overflow and repair report from storage.local. */
async function readAreas(areas: Areas): Promise<StoredAreas> {
  const [synced, local] = await Promise.all([areas.sync.get(null), areas.local.get(null)]);
  return { synced, ...readLocal(local) };
}

function readLocal(local: Record<string, unknown>): Omit<StoredAreas, 'synced'> {
  const overflow: Record<string, OverflowEntry> = {};
  for (const [key, value] of Object.entries(local)) {
    const syncKey = syncKeyOfOverflow(key);
    const entry = readOverflow(value);
    if (syncKey !== undefined && entry) overflow[syncKey] = entry;
  }
  return { overflow, reported: readRepairs(local[LOCAL_KEY.repairs]) };
}

/**
 * Where a page keeps the recent copy: the extension origin's `localStorage`, the one storage a
 * page can read without waiting. It holds what storage.sync and the overflow held when a page
 * last read them, on this device only, and the state that page derived from them through the
 * model (validated then), sealed with a checksum of the whole.
 */
export type RecentCopy = Pick<Storage, 'getItem' | 'setItem'>;
export const RECENT_KEY = 'wep:recent';
/** Bumped whenever the copy's layout or the shape of `State` changes. */
const RECENT_VERSION = 2;

type RecentBody = { sync: Items; local: Record<string, unknown>; state?: State };
type RecentAreas = StoredAreas & { state?: State };

/**
 * The recent copy as stored: version, checksum of the body, body. Only this extension's pages
 * write its localStorage, so the checksum is there for damage (a disk, a half-written value),
 * not for an attacker.
 */
export function sealRecent(body: RecentBody): string {
  const text = JSON.stringify(body);
  return `${RECENT_VERSION}:${checksum(text)}:${text}`;
}

function readRecent(recent: RecentCopy): RecentAreas | undefined {
  const copy = recent.getItem(RECENT_KEY);
  const found = copy ? /^(\d+):([0-9a-z]+):/.exec(copy) : null;
  if (!copy || !found || Number(found[1]) !== RECENT_VERSION) return undefined;
  const text = copy.slice(found[0].length);
  // A damaged copy costs only the wait for storage.
  if (checksum(text) !== found[2]) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { sync, local, state } = parsed;
  if (!isRecord(sync) || !isRecord(local)) return undefined;
  return { synced: sync, ...readLocal(local), state: isStateShaped(state) ? state : undefined };
}

/**
 * FNV-1a over the UTF-16 code units, in base 36: ~0.1 ms for a copy of 300 sites, against
 * ~7 ms to validate the same copy again (BENCHMARKS.md, popup start).
 */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The outline of a derived state, as a guard against a copy of another layout; its values were
 * validated by the model before the copy was written, and the checksum says they are unchanged.
 */
function isStateShaped(state: unknown): state is State {
  return (
    isRecord(state) &&
    isRecord(state.settings) &&
    isRecord(state.tracker) &&
    isRecord(state.checklist) &&
    isRecord(state.sites) &&
    Array.isArray(state.dismissed)
  );
}
