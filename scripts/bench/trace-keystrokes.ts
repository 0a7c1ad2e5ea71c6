/**
 * Diagnostic, not part of `npm run bench`: where a keystroke in the options page's search box
 * spends its time (item 3). Loads a built extension with 500 sites, types the bench's keystrokes
 * ('7' narrowing to 95 rows, Backspace back to all) with a Chromium trace running, and prints,
 * per kind of keystroke, medians of: our input handler (Preact's render and the rows' `hidden`
 * included), the style and layout the browser's editor forces inside the key event, and the
 * frames that follow (how many, and their style, layout and paint).
 * `node scripts/bench/trace-keystrokes.ts <chrome-mv3 dir> [keystrokes of each kind]`
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './browser.ts';
import { storeOptionsData } from './options.ts';
import { copyWithReferencePages } from './pages.ts';
import { summarise } from './stats.ts';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string } };
};

const [build, countArg] = process.argv.slice(2);
if (!build) throw new Error('usage: trace-keystrokes.ts <chrome-mv3 dir> [count]');
const count = Number(countArg ?? 8);
const work = mkdtempSync(path.join(tmpdir(), 'wep-trace-'));
const chromium = await launchChromium(copyWithReferencePages(build, work));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
try {
  await storeOptionsData(chromium, 500);
  const page = await chromium.browser.newPage();
  await page.goto(`${chromium.base}/options.html`);
  await page.waitForFunction(
    () => performance.getEntriesByName('wep:rows-complete', 'mark').length > 0,
    { timeout: 30_000 },
  );
  const search = await page.waitForSelector('#site-search');
  await search?.focus();
  // Once untraced, as the bench does before it times.
  await page.keyboard.press('7');
  await sleep(800);
  await page.keyboard.press('Backspace');
  await sleep(800);
  const file = path.join(work, 'trace.json');
  await page.tracing.start({ path: file, categories: ['devtools.timeline', 'blink'] });
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('7');
    await sleep(400);
    await page.keyboard.press('Backspace');
    await sleep(400);
  }
  await page.tracing.stop();

  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  // The page's main thread: the renderer thread that saw the key events.
  const key = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!key) throw new Error('no keydown in the trace');
  const main = events.filter((e) => e.pid === key.pid && e.tid === key.tid && e.ph === 'X');
  const keydowns = main
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .sort((a, b) => a.ts - b.ts);
  const kinds = [new Map<string, number[]>(), new Map<string, number[]>()];
  keydowns.forEach((down, i) => {
    const end = Math.min(keydowns[i + 1]?.ts ?? Number.POSITIVE_INFINITY, down.ts + 300_000);
    const inside = main.filter((e) => e.ts >= down.ts && e.ts < end);
    const ms = (list: TraceEvent[]) => list.reduce((total, e) => total + (e.dur ?? 0) / 1000, 0);
    const named = (name: string) => inside.filter((e) => e.name === name);
    const frames = named('WebFrameWidgetImpl::UpdateLifecycle').filter((e) => (e.dur ?? 0) > 300);
    const figures = {
      'input handler': ms(named('EventDispatch').filter((e) => e.args?.data?.type === 'input')),
      'forced style + layout': ms(named('Blink.ForcedStyleAndLayout.UpdateTime')),
      frames: frames.length,
      'frames, all work': ms(frames),
      'style, all': ms(named('UpdateLayoutTree')),
      'layout, all': ms(named('Layout')),
      'paint, all': ms(named('Paint')),
    };
    const kind = kinds[i % 2];
    for (const [name, value] of Object.entries(figures)) {
      kind?.set(name, [...(kind.get(name) ?? []), value]);
    }
  });
  for (const [i, label] of ['narrowing (500 → 95)', 'back to all 500'].entries()) {
    const figures = [...(kinds[i] ?? [])].map(
      ([name, values]) => `${name} ${summarise(values).median?.toFixed(1)}`,
    );
    console.log(`${label}: ${figures.join(', ')} (ms; medians of ${count})`);
  }
} finally {
  await chromium.close();
  rmSync(work, { recursive: true, force: true });
}
