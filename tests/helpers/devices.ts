import type { Areas } from '@/utils/store';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

/**
 * An in-memory storage area with the browser's semantics: values are copied through JSON on the
 * way in and out, and every change fires `onChanged` for the devices' listeners. `failWith` lets
 * a test make the next writes reject the way Chrome or Firefox do.
 */
class MemoryArea {
  data: Record<string, unknown> = {};
  writes = 0;
  failWith: (() => Error | undefined) | undefined;
  constructor(
    private readonly name: 'sync' | 'local',
    private readonly listeners: Set<Listener>,
    private readonly onWrite?: (key: string, value: unknown) => void,
  ) {}

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const wanted =
      keys === null || keys === undefined
        ? Object.keys(this.data)
        : Array.isArray(keys)
          ? keys
          : [keys];
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (key in this.data) result[key] = clone(this.data[key]);
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    const error = this.failWith?.();
    if (error) throw error;
    const changes: Record<string, Change> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data[key], newValue: clone(value) };
      this.data[key] = clone(value);
      this.onWrite?.(key, clone(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.writes += 1;
    const error = this.failWith?.();
    if (error) throw error;
    const changes: Record<string, Change> = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (!(key in this.data)) continue;
      changes[key] = { oldValue: this.data[key] };
      delete this.data[key];
      this.onWrite?.(key, undefined);
    }
    this.emit(changes);
  }

  /** A change that arrives from elsewhere (another device through sync). */
  receive(key: string, value: unknown): void {
    const change: Change = { oldValue: this.data[key] };
    if (value === undefined) delete this.data[key];
    else {
      this.data[key] = clone(value);
      change.newValue = clone(value);
    }
    this.emit({ [key]: change });
  }

  private emit(changes: Record<string, Change>): void {
    if (Object.keys(changes).length === 0) return;
    for (const listener of this.listeners) listener(changes, this.name);
  }
}

export type Device = { areas: Areas; sync: MemoryArea; local: MemoryArea };

export function makeDevice(onSyncWrite?: (key: string, value: unknown) => void): Device {
  const listeners = new Set<Listener>();
  const sync = new MemoryArea('sync', listeners, onSyncWrite);
  const local = new MemoryArea('local', listeners);
  const onChanged = {
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
  } as unknown as Areas['onChanged'];
  return { areas: { sync, local, onChanged } as unknown as Areas, sync, local };
}

/**
 * storage.sync between devices: each device's writes reach a server whenever the test says
 * (late, out of order), the server keeps the last write per key, and every device gets the
 * server's value. That is the browser's documented behaviour: last writer wins, per key.
 */
export class SyncNetwork {
  private clock = 0;
  private pending: { from: number; key: string; value: unknown; time: number }[] = [];
  private server = new Map<string, { value: unknown; time: number }>();
  readonly devices: Device[] = [];

  addDevice(): Device {
    const index = this.devices.length;
    const device = makeDevice((key, value) => {
      this.clock += 1;
      this.pending.push({ from: index, key, value, time: this.clock });
    });
    this.devices.push(device);
    return device;
  }

  /** Delivers the waiting writes to the server in the given order (default: as written). */
  deliver(order: (pending: number) => number[] = (n) => [...Array(n).keys()]): void {
    const batch = this.pending;
    this.pending = [];
    for (const index of order(batch.length)) {
      const write = batch[index];
      if (!write) continue;
      const known = this.server.get(write.key);
      if (known && known.time > write.time) continue;
      this.server.set(write.key, { value: write.value, time: write.time });
    }
    for (const [key, { value }] of this.server) {
      for (const device of this.devices) {
        if (JSON.stringify(device.sync.data[key]) !== JSON.stringify(value)) {
          device.sync.receive(key, value);
        }
      }
    }
  }

  get waiting(): number {
    return this.pending.length;
  }
}

function clone<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
