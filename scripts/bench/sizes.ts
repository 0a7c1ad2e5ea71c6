import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What each entry point ships, from the built files: its HTML, the JS chunks its entry imports
 * statically (what the browser must fetch and run before the page's code starts), the CSS it
 * links, and what it imports dynamically later. Source maps (from the hidden-map build) say which
 * module each byte of a chunk came from, source-map-explorer style.
 */

export type Bytes = { raw: number; gzip: number };

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
const bytesOf = (text: string | Buffer): Bytes => ({
  raw: Buffer.byteLength(text),
  gzip: gz(text),
});

/** Modules holding the public suffix list: reported on their own, never counted in a target. */
export const isSuffixData = (module: string) => /^(tldts|tldts-core|tldts-icann)$/.test(module);

type ModuleShare = { module: string; raw: number };

export type FileSize = Bytes & {
  file: string;
  /** This file without the public suffix list's bytes (equal to raw/gzip when it has none). */
  withoutSuffix: Bytes;
  modules: ModuleShare[];
};

export type EntrySize = {
  name: string;
  /** HTML + statically imported JS + linked CSS: all of it loads before the page's code runs. */
  initial: FileSize[];
  /** Chunks imported dynamically from the initial ones (and what they import in turn). */
  later: FileSize[];
};

export function analyseEntry(
  build: string,
  mapped: string,
  name: string,
  htmlOrScript: string,
): EntrySize {
  const initial: string[] = [];
  const entryScripts: string[] = [];
  if (htmlOrScript.endsWith('.html')) {
    const html = readFileSync(path.join(build, htmlOrScript), 'utf8');
    initial.push(htmlOrScript);
    for (const match of html.matchAll(/<script[^>]*\bsrc="\/?([^"]+)"/g))
      entryScripts.push(match[1] as string);
    for (const match of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)) {
      initial.push(match[1] as string);
    }
  } else {
    entryScripts.push(htmlOrScript);
  }
  const staticGraph = follow(build, entryScripts, staticImports);
  initial.push(...staticGraph);
  const dynamicRoots = staticGraph.flatMap((file) => dynamicImports(build, file));
  const later = follow(build, dynamicRoots, (b, f) => [
    ...staticImports(b, f),
    ...dynamicImports(b, f),
  ]).filter((file) => !staticGraph.includes(file));
  return {
    name,
    initial: initial.map((file) => fileSize(build, mapped, file)),
    later: later.map((file) => fileSize(build, mapped, file)),
  };
}

function follow(
  build: string,
  roots: string[],
  next: (build: string, file: string) => string[],
): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    if (seen.includes(file)) return;
    seen.push(file);
    for (const child of next(build, file)) visit(child);
  };
  for (const root of roots) visit(root);
  return seen;
}

const resolveFrom = (file: string, specifier: string) =>
  path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));

/** `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; never `import("./x.js")`. */
function staticImports(build: string, file: string): string[] {
  const code = readFileSync(path.join(build, file), 'utf8');
  const found = [
    ...code.matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g),
    ...code.matchAll(/\bexport\s*\{[^}]*\}\s*from\s*["'](\.{1,2}\/[^"']+)["']/g),
  ];
  return [...new Set(found.map((match) => resolveFrom(file, match[1] as string)))];
}

function dynamicImports(build: string, file: string): string[] {
  const code = readFileSync(path.join(build, file), 'utf8');
  const found = code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g);
  return [...new Set([...found].map((match) => resolveFrom(file, match[1] as string)))];
}

export function fileSize(build: string, mapped: string, file: string): FileSize {
  const text = readFileSync(path.join(build, file), 'utf8');
  const total = bytesOf(text);
  const mapFile = path.join(mapped, `${file}.map`);
  if (!file.endsWith('.js') || !existsSync(mapFile)) {
    return {
      file,
      ...total,
      withoutSuffix: total,
      modules: [{ module: label(file), raw: total.raw }],
    };
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap;
  const modules = map.sources.map((source) =>
    moduleName(path.resolve(path.dirname(mapFile), source)),
  );
  const spans = attribute(text, map.mappings, modules);
  const byModule = new Map<string, number>();
  let kept = '';
  for (const span of spans) {
    byModule.set(span.module, (byModule.get(span.module) ?? 0) + Buffer.byteLength(span.text));
    if (!isSuffixData(span.module)) kept += span.text;
  }
  const shares = [...byModule]
    .map(([module, raw]) => ({ module, raw }))
    .sort((a, b) => b.raw - a.raw);
  const suffix = shares.filter((share) => isSuffixData(share.module));
  const suffixBytes = suffix.reduce((sum, share) => sum + share.raw, 0);
  // The chunk that is the suffix list (with its few lines of wrapper) counts as the list.
  const withoutSuffix =
    suffixBytes === 0 ? total : suffixBytes > 0.9 * total.raw ? { raw: 0, gzip: 0 } : bytesOf(kept);
  return { file, ...total, withoutSuffix, modules: shares };
}

function label(file: string): string {
  if (file.endsWith('.html')) return `(html) ${file}`;
  if (file.endsWith('.css')) return `(css) ${file}`;
  return file;
}

type SourceMap = { sources: string[]; mappings: string };
const ROOT = path.resolve(import.meta.dirname, '../..');
type Span = { module: string; text: string };

/** Splits generated code into spans, each attributed to the module its mapping points at. */
function attribute(code: string, mappings: string, modules: readonly string[]): Span[] {
  const lines = code.split('\n');
  const spans: Span[] = [];
  const mappingLines = mappings.split(';');
  let source = 0;
  for (const [index, line] of lines.entries()) {
    const segments = (mappingLines[index] ?? '').split(',').filter(Boolean);
    let column = 0;
    const starts: { column: number; module: string }[] = [];
    for (const segment of segments) {
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        starts.push({ column, module: modules[source] ?? '(unknown)' });
      } else {
        starts.push({ column, module: '(generated)' });
      }
      // Only the source index carries over between segments for attribution; the source
      // line/column deltas do not matter here, but they must be consumed, which decodeVlq does.
    }
    const nl = index < lines.length - 1 ? '\n' : '';
    if (starts.length === 0 || (starts[0] as { column: number }).column > 0) {
      spans.push({ module: '(generated)', text: line.slice(0, starts[0]?.column ?? line.length) });
    }
    for (const [i, start] of starts.entries()) {
      const end = starts[i + 1]?.column ?? line.length;
      spans.push({ module: start.module, text: line.slice(start.column, end) });
    }
    if (nl) spans.push({ module: '(generated)', text: nl });
  }
  return spans;
}

/** `…/node_modules/preact/hooks/dist/x.js` → `preact`; `…/utils/store.ts` → `utils/store.ts`. */
function moduleName(source: string): string {
  const inModules = source.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = source.slice(inModules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source);
  }
  const relative = path.relative(ROOT, source);
  return relative.startsWith('..') || relative.includes('\0') ? '(bundler runtime)' : relative;
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export function sum(files: readonly FileSize[], pick: (file: FileSize) => Bytes = (f) => f): Bytes {
  return files.reduce(
    (total, file) => ({ raw: total.raw + pick(file).raw, gzip: total.gzip + pick(file).gzip }),
    {
      raw: 0,
      gzip: 0,
    },
  );
}

/** Modules across files, largest first, each with an estimate of its gzip share. */
export function modulesOf(
  files: readonly FileSize[],
): { module: string; raw: number; gzip: number }[] {
  const total = new Map<string, { raw: number; gzip: number }>();
  for (const file of files) {
    for (const share of file.modules) {
      const entry = total.get(share.module) ?? { raw: 0, gzip: 0 };
      entry.raw += share.raw;
      entry.gzip += file.raw > 0 ? (file.gzip * share.raw) / file.raw : 0;
      total.set(share.module, entry);
    }
  }
  return [...total].map(([module, size]) => ({ module, ...size })).sort((a, b) => b.raw - a.raw);
}
