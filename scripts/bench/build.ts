import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'wxt';

/**
 * Builds the Chromium extension twice from the working tree, each into a directory of its own
 * (so a build another process starts in `.output/` cannot change what is being measured):
 * exactly as `npm run build` does, and again with hidden source maps for the per-module
 * accounting. Hidden maps do not change a byte of the code: that is checked, so the accounting
 * describes what ships.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

const quiet = {
  debug() {},
  log() {},
  info() {},
  success() {},
  warn: (...args: unknown[]) => console.warn('wxt:', ...args),
  error: (...args: unknown[]) => console.error('wxt:', ...args),
  fatal: (...args: unknown[]) => console.error('wxt:', ...args),
  level: 3,
};

export type Builds = { shipped: string; mapped: string };

export async function buildExtension(workDir: string): Promise<Builds> {
  const shippedOut = path.join(workDir, 'build');
  const mappedOut = path.join(workDir, 'build-maps');
  await build({ root: ROOT, browser: 'chrome', outDir: shippedOut, logger: quiet });
  await build({
    root: ROOT,
    browser: 'chrome',
    outDir: mappedOut,
    logger: quiet,
    vite: () => ({ build: { sourcemap: 'hidden' } }),
  });
  const shipped = path.join(shippedOut, 'chrome-mv3');
  const mapped = path.join(mappedOut, 'chrome-mv3');
  for (const file of files(shipped)) {
    const other = path.join(mapped, file);
    if (!readFileSync(path.join(shipped, file)).equals(readFileSync(other))) {
      throw new Error(`${file} differs between the plain and the source-mapped build`);
    }
  }
  return { shipped, mapped };
}

/** Every file under `dir`, relative to it. */
function files(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under)).flatMap((name) => {
    const relative = path.join(under, name);
    return statSync(path.join(dir, relative)).isDirectory() ? files(dir, relative) : [relative];
  });
}
