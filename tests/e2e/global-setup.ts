import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Builds exactly what ships, for both browsers, before any journey runs. */
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD) return;
  const root = path.resolve(import.meta.dirname, '../..');
  const wxt = path.join(root, 'node_modules/.bin/wxt');
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync(wxt, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
