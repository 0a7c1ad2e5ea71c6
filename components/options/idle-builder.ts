/**
 * A list renders a screenful of rows and then some at once; the other rows (off screen, where
 * content-visibility skips them anyway) get their cells in the idle time after the first paint,
 * a few milliseconds of work at a time, so a long list shows as fast as a short one and input
 * stays responsive meanwhile. A row that changes before its turn is built there and then.
 */
export type Buildable = { build(): void };

const EAGER_ROWS = 60;
let eagerLeft = EAGER_ROWS;

/** Whether a row made now is built at once (within the first screenful and then some). */
export function claimEager(): boolean {
  // Rows made in the same task share the budget; the next task starts afresh.
  if (eagerLeft === EAGER_ROWS) queueMicrotask(() => (eagerLeft = EAGER_ROWS));
  if (eagerLeft === 0) return false;
  eagerLeft -= 1;
  return true;
}

const waiting = new Set<Buildable>();
let draining = false;

/** Builds `row` after the paint, in slices of a few milliseconds. */
export function buildLater(row: Buildable): void {
  waiting.add(row);
  if (draining) return;
  draining = true;
  // After the paint: the next frame, then a task.
  const start = () => setTimeout(drain);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(start);
  else start();
}

/** Drops `row` from the queue (built meanwhile, or gone). */
export function cancelBuild(row: Buildable): void {
  waiting.delete(row);
}

function drain(): void {
  const until = performance.now() + 8;
  for (const row of waiting) {
    row.build();
    if (performance.now() > until) break;
  }
  if (waiting.size > 0) {
    setTimeout(drain);
    return;
  }
  draining = false;
  // For npm run bench (scripts/bench): every row of the list has its cells.
  if (performance.getEntriesByName('wep:rows-complete', 'mark').length === 0) {
    performance.mark('wep:rows-complete');
  }
}
