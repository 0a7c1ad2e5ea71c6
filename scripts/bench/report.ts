import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { BrowsingResult } from './browsing.ts';
import type { DetectionResult } from './detection.ts';
import type { OptionsResult } from './options.ts';
import type { PopupResult } from './popup.ts';
import { type EntrySize, type FileSize, isSuffixData, modulesOf, sum } from './sizes.ts';
import { kb, type Summary } from './stats.ts';
import type { CapacityResult } from './sync.ts';
import type { WritesResult } from './writes.ts';

export type Results = {
  machine: string;
  chromium: string;
  date: string;
  seconds: number;
  sizes: EntrySize[];
  /** The files each page asked for before its first render (item 2 and 3 observe them). */
  firstRender: { popup: FileSize[]; options: FileSize[] };
  popup: PopupResult;
  options: OptionsResult;
  writes: WritesResult;
  detection: DetectionResult;
  browsing: BrowsingResult;
  capacity: CapacityResult[];
};

const TARGET_KB = { popup: 25, options: 40, background: 15 } as const;

export function machine(): string {
  const cpus = os.cpus();
  return `${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, ${os.type()} ${os.release()}, Node ${process.version}`;
}

const BEGIN = '<!-- bench:begin (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of BENCHMARKS.md, keeping what people wrote around it. */
export function writeReport(file: string, generated: string): void {
  const block = `${BEGIN}\n${generated}\n${END}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + END.length)
      : `# Benchmarks\n\n${block}\n`;
  writeFileSync(file, next);
}

const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const timing = (s: Summary) => `${f(s.median)} ms (${f(s.min)}–${f(s.max)})`;
const both = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

/**
 * Item 6's verdict: the extension must not slow a page beyond what two identical browsers differ
 * by. A ratio inside the noise band, or below it (faster with the extension), is met.
 */
export function browsingMet(ratio: number, noise: number): boolean {
  const band = Math.max(0.05, Math.abs(noise - 1));
  return ratio <= 1 + band;
}

export function render(r: Results): string {
  const lines: string[] = [];
  const out = (...text: string[]) => lines.push(...text);
  const entry = (name: string) => r.sizes.find((e) => e.name === name) as EntrySize;
  const firstFiles = (name: 'popup' | 'options' | 'background') =>
    name === 'background' ? entry(name).initial : r.firstRender[name];
  const laterFiles = (name: 'popup' | 'options' | 'background') => {
    const first = firstFiles(name).map((file) => file.file);
    const e = entry(name);
    return [...e.initial, ...e.later].filter((file) => !first.includes(file.file));
  };
  const firstKb = (name: 'popup' | 'options' | 'background') =>
    sum(firstFiles(name), (file) => file.withoutSuffix).gzip / 1024;
  const listedRatio = r.popup.listed.ready.median / r.popup.blank.ready.median;
  const unlistedRatio = r.popup.unlisted.ready.median / r.popup.blank.ready.median;
  // The floor of any popup that shows this content: its own DOM and CSS, no script at all.
  const twinRatio = r.popup.twin.ready.median / r.popup.blank.ready.median;
  const overTwin = r.popup.listed.ready.median / r.popup.twin.ready.median;
  const optionsRatio = r.options.page.median / r.options.staticPage.median;
  const browsingRatio = r.browsing.with.median / r.browsing.without.median;
  const noiseRatio = r.browsing.again.median / r.browsing.without.median;
  const withinNoise = browsingMet(browsingRatio, noiseRatio);
  const ours = r.capacity.map((c) => c.ours.sites);
  const writes = r.writes.sets + r.writes.removes;

  out(
    `Measured ${r.date.slice(0, 10)} by \`npm run bench\` (${r.seconds} s): ${r.machine}; ${r.chromium}.`,
    'Medians with (min–max); each ratio compares medians from this same run. Sizes are gzip -9 unless',
    'marked raw; KB = 1024 bytes.',
    '',
    '| # | what | result | target | |',
    '|---|---|---|---|---|',
    `| 1 | popup before first render, gzip, without the suffix list | ${f(firstKb('popup'))} KB | ≤ 25 KB | ${met(firstKb('popup') <= 25)} |`,
    `| 1 | options page before first render, gzip, without the suffix list | ${f(firstKb('options'))} KB | ≤ 40 KB | ${met(firstKb('options') <= 40)} |`,
    `| 1 | background, gzip, without the suffix list | ${f(firstKb('background'))} KB | ≤ 15 KB | ${met(firstKb('background') <= 15)} |`,
    `| 2 | popup shown (checklist + site card; 40 states, 300 sites) ÷ blank extension page shown, over a listed / an unlisted site | ${f(listedRatio, 2)}× / ${f(unlistedRatio, 2)}× (${f(r.popup.listed.ready.median)} / ${f(r.popup.unlisted.ready.median)} ÷ ${f(r.popup.blank.ready.median)} ms) | ≤ 1.3× | ${met(Math.max(listedRatio, unlistedRatio) <= 1.3)} |`,
    `| 2 | floor: the popup's static twin (its rendered HTML and CSS, no script) ÷ blank page; popup over a listed site ÷ its twin | ${f(twinRatio, 2)}×; ${f(overTwin, 2)}× (${f(r.popup.twin.ready.median)} ms) | – | |`,
    `| 3 | options list shown (500 sites) ÷ static HTML of the same page | ${f(optionsRatio, 2)}× (${f(r.options.page.median)} / ${f(r.options.staticPage.median)} ms) | ≤ 1.5× | ${met(optionsRatio <= 1.5)} |`,
    `| 3 | one keystroke in the search box → list updated (narrowing / back to all 500) | ${f(r.options.narrow.median)} / ${f(r.options.widen.median)} ms | ≤ 16 ms | ${met(Math.max(r.options.narrow.median, r.options.widen.median) <= 16)} |`,
    `| 4 | sites with a 40-character note in storage.sync before any overflow (Chinese / ASCII note) | ${ours.join(' / ')} | ≥ 450 | ${met(Math.min(...ours) >= 450)} |`,
    `| 5 | storage writes for 200 clicks in ${f(r.writes.seconds)} s; refused; final state | ${writes}; ${r.writes.refused}; ${r.writes.correct ? 'correct' : 'WRONG'} | ≤ 30; 0; correct | ${met(writes <= 30 && r.writes.refused === 0 && r.writes.correct)} |`,
    `| 6 | heavy page load with ÷ without the extension (noise: without ÷ without) | ${f(browsingRatio, 2)}× (${f(noiseRatio, 2)}×) | ≤ 1 + noise | ${met(withinNoise && r.browsing.workerRan !== true)} |`,
    `| 7 | WeChat login request → site stored | ${f(r.detection.warm.median)} ms | ≤ 100 ms | ${met(r.detection.warm.median <= 100)} |`,
    '',
  );

  out('### 1. Shipped size', '');
  out(
    'Per entry point, "first render" is every file the page asked for before its first render, as',
    'Chromium saw it (CDP Network, the page opened in a tab): the HTML, the JS its entry imports',
    'statically, the CSS it links, the messages it awaits, and whatever it has merely started',
    'fetching by then. "Can load later" is the rest of what the entry can import (both languages\'',
    'messages, whether or not the page ever asks for them). The background is one file. "Without PSL"',
    'leaves out the bytes that source maps attribute to tldts (the public suffix list; the chunk that',
    'is the list counts whole) and gzips the rest.',
    '',
    '| entry | first render, raw / gzip | without PSL, gzip | target | can load later, raw / gzip |',
    '|---|---|---|---|---|',
  );
  for (const name of ['popup', 'options', 'background'] as const) {
    const first = firstFiles(name);
    const later = laterFiles(name);
    out(
      `| ${name} | ${both(sum(first))} | ${kb(sum(first, (x) => x.withoutSuffix).gzip)} | ≤ ${TARGET_KB[name]} KB | ${later.length ? both(sum(later)) : '–'} |`,
    );
  }
  out('');
  for (const name of ['popup', 'options', 'background'] as const) {
    const first = firstFiles(name);
    out(
      `**${name}**, files before first render: ${first.map((x) => `\`${x.file}\` ${kb(x.gzip)}`).join(', ')}.`,
    );
    const later = laterFiles(name);
    if (later.length) {
      out(`Can load later: ${later.map((x) => `\`${x.file}\` ${kb(x.gzip)}`).join(', ')}.`);
    }
    out(
      '',
      `What takes the space (modules by source map; gzip is each module's share of its file):`,
      '',
    );
    out('| module | raw | ≈ gzip |', '|---|---|---|');
    const modules = modulesOf(first);
    const shown = modules.filter((m) => !isSuffixData(m.module)).slice(0, 14);
    for (const m of shown) out(`| ${m.module} | ${kb(m.raw)} | ${kb(m.gzip)} |`);
    const rest = modules.filter((m) => !isSuffixData(m.module)).slice(14);
    if (rest.length) {
      out(
        `| ${rest.length} more | ${kb(rest.reduce((s, m) => s + m.raw, 0))} | ${kb(rest.reduce((s, m) => s + m.gzip, 0))} |`,
      );
    }
    const psl = modules.filter((m) => isSuffixData(m.module));
    if (psl.length)
      out(
        `| *public suffix list (${psl.map((m) => m.module).join(', ')}), not counted* | ${kb(psl.reduce((s, m) => s + m.raw, 0))} | ${kb(psl.reduce((s, m) => s + m.gzip, 0))} |`,
      );
    out('');
  }
  const pslFile = entry('popup').later.find((file) =>
    file.modules.some((m) => isSuffixData(m.module)),
  );
  if (pslFile) out(`The public suffix list ships as \`${pslFile.file}\`: ${both(pslFile)}.`, '');

  out(
    '### 2. Popup time to shown',
    '',
    `${r.popup.opens} opens each, by pressing the toolbar button (CDP \`Extensions.triggerAction\`) over a tab of a site in the`,
    `list (\`www.shop0.com\`, listed as shop0.com) and over one that is not (\`www.unlisted-shop.com.cn\`: only the suffix`,
    "list can tell its site), in turn with a blank page of the same extension and with the popup's static twin, opened",
    'the same way (`action.setPopup`). The twin is the popup over the listed site as it was shown, saved as HTML with its',
    'stylesheets and no script: what a prerendered popup, or any other way of showing the same content, cannot beat.',
    'Storage holds 40 checklist entries and 300 sites. Times from navigation start, read inside the page: the popup sets',
    '`wep:popup-ready` in an effect (after the paint) once the checklist and the site card are rendered; the blank page',
    'and the twin set their mark the same way (next frame, then a task).',
    '',
    '| page | shown | first render (DOM committed) | load event end |',
    '|---|---|---|---|',
    `| popup over a listed site | ${timing(r.popup.listed.ready)} | ${timing(r.popup.listed.firstRender)} | ${timing(r.popup.listed.loaded)} |`,
    `| popup over an unlisted site | ${timing(r.popup.unlisted.ready)} | ${timing(r.popup.unlisted.firstRender)} | ${timing(r.popup.unlisted.loaded)} |`,
    `| blank extension page | ${timing(r.popup.blank.ready)} | – | ${timing(r.popup.blank.loaded)} |`,
    `| the popup's static twin | ${timing(r.popup.twin.ready)} | – | ${timing(r.popup.twin.loaded)} |`,
    '',
    `Ratio, shown ÷ shown: **${f(listedRatio, 2)}×** over a listed site, **${f(unlistedRatio, 2)}×** over an unlisted one;`,
    `the static twin ${f(twinRatio, 2)}× the blank page, and the popup over a listed site ${f(overTwin, 2)}× its twin.`,
    '(Paint timing cannot be used: Chromium loads a popup hidden, sizes it and then shows it, and a page that painted',
    'while hidden reports no first contentful paint.)',
    '',
    `Requested before the popup's first render (CDP Network, popup.html in a tab): ${r.popup.requestedBeforeFirstRender.map((x) => `\`${x}\``).join(', ')};`,
    `after it: ${r.popup.requestedAfter.map((x) => `\`${x}\``).join(', ') || 'nothing'}.`,
    '',
  );

  out(
    '### 3. Options page, 500 sites',
    '',
    `${r.options.opens} opens each, alternated, of the options page (\`wep:options-ready\`, after the paint) and of its`,
    `static twin: the page's rendered DOM (${r.options.nodes} elements) with its CSS and no script, marked the same way.`,
    "Interactions are timed inside the page from the event's timestamp to the end of the frame that shows the result.",
    '',
    '| measure | result |',
    '|---|---|',
    `| options page, list shown | ${timing(r.options.page)} |`,
    `| options page, every row complete (off-screen rows are completed after the first paint) | ${timing(r.options.complete)} |`,
    `| static twin, shown | ${timing(r.options.staticPage)} |`,
    `| ratio | **${f(optionsRatio, 2)}×** |`,
    `| keystroke narrowing the search (500 → ${r.options.narrowRows} rows) | ${timing(r.options.narrow)} |`,
    `| Backspace back to all 500 | ${timing(r.options.widen)} |`,
    `| status picked in a row | ${timing(r.options.status)} |`,
    `| floor: the same keystrokes, timed the same way, into a blank page with one input | ${timing(r.options.keystrokeFloor)} |`,
    '',
  );

  out(
    '### 4. storage.sync capacity',
    '',
    '| note | our layout: sites stored | refused by | bytes in use / items | Store predicted | calls | naive layout (one value) | refused by |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const c of r.capacity) {
    out(
      `| 40 ${c.note} characters | **${c.ours.sites}** | ${c.ours.refusedBy || '–'} | ${c.ours.bytesInUse} / ${c.ours.items} | ${c.ours.predicted} | ${c.ours.calls} | ${c.naive.sites} | ${c.naive.refusedBy || '–'} |`,
    );
  }
  out(
    '',
    'Our layout also holds meta, settings, tracker and all 36 checklist entries. "Store predicted" is the Store\'s own',
    'quota arithmetic (key + JSON, UTF-8 bytes) applied to the same sites: it must equal what Chromium accepts, or',
    'the Store would try writes that fail (or keep on the device what would fit).',
    '',
  );

  out(
    '### 5. Write economy',
    '',
    `${r.writes.toggles} clicks on 12 checklist checkboxes in the popup over ${f(r.writes.seconds)} s: ${r.writes.sets} \`set\` and ${r.writes.removes} \`remove\``,
    `calls reached \`storage.sync\` (counted by wrapping the API before the page ran), ${r.writes.refused} refused,`,
    `${r.writes.keptOnDevice} changes kept on the device; storage matches the checkboxes: ${r.writes.correct ? 'yes' : `no (${r.writes.mismatches.join('; ')})`}.`,
    '',
  );

  out(
    '### 6. Cost to ordinary browsing',
    '',
    `A generated shop page (400 cards, 400 inline SVG images, 10 scripts doing work; no-store), ${r.browsing.loads} loads each in`,
    'a Chromium with the extension and in two without, in turn; navigation start to load end. The two without differ',
    'in nothing: their ratio is the noise on this machine.',
    '',
    '| with the extension | without | without, again | with ÷ without | without, again ÷ without |',
    '|---|---|---|---|---|',
    `| ${timing(r.browsing.with)} | ${timing(r.browsing.without)} | ${timing(r.browsing.again)} | **${f(browsingRatio, 2)}×** | ${f(noiseRatio, 2)}× |`,
    '',
    r.browsing.workerRan === undefined
      ? ''
      : `The extension's service worker was stopped before the loads and ${r.browsing.workerRan ? '**ran** during them' : 'stayed stopped throughout: nothing of the extension woke for these navigations'}.`,
    '',
  );

  out(
    '### 7. Detection latency',
    '',
    `${r.detection.trials} trials: a click on a 127.0.0.1 page's link to open.weixin.qq.com/connect/qrconnect, in a tab of its own (offline: the request`,
    'fails, webRequest fires first) with another site in `redirect_uri` each time; an extension page notes when',
    '`s:<site>` appears (storage.onChanged). Both ends read performance.timeOrigin + performance.now().',
    '',
    `Request → stored: ${timing(r.detection.warm)}${r.detection.cold ? `; with the service worker stopped first: ${timing(r.detection.cold)}` : ''}; missed: ${r.detection.missed}.`,
  );
  return lines.join('\n');
}
