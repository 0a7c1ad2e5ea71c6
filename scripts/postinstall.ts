/**
 * `npm install`'s last step, run by the project's own Node 22 from node_modules/.bin. npm itself
 * may run on an older Node (18 on Debian 12 and Ubuntu 24.04), and then leaves out the optional
 * packages whose engines ask for more: rolldown's and oxc's native bindings, without which
 * nothing builds. When one for this machine is missing, installing once more under Node 22
 * brings it; then `wxt prepare` writes .wxt/ (types and tsconfig).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';

const root = path.resolve(import.meta.dirname, '..');

const LockSchema = z.object({
  packages: z.record(
    z.string(),
    z.object({
      optional: z.optional(z.boolean()),
      os: z.optional(z.array(z.string())),
      cpu: z.optional(z.array(z.string())),
      libc: z.optional(z.array(z.string())),
    }),
  ),
});

// Node's own report says which C library it runs on (glibc names its version; musl does not).
const ReportSchema = z.object({
  header: z.object({ glibcVersionRuntime: z.optional(z.string()) }),
});
const { header } = ReportSchema.parse(process.report.getReport());
const libc =
  process.platform !== 'linux' ? undefined : header.glibcVersionRuntime ? 'glibc' : 'musl';
const fits = (allowed: readonly string[] | undefined, value: string | undefined) =>
  !allowed || !value || allowed.includes(value);

/** Native packages (optional, built for one OS or CPU) that fit this machine but are missing. */
function missingOptional(): string[] {
  const lock = LockSchema.parse(
    JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')),
  );
  return Object.entries(lock.packages)
    .filter(
      ([where, entry]) =>
        where !== '' &&
        entry.optional &&
        (entry.os || entry.cpu) &&
        fits(entry.os, process.platform) &&
        fits(entry.cpu, process.arch) &&
        fits(entry.libc, libc) &&
        !existsSync(path.join(root, where)),
    )
    .map(([where]) => where);
}

function run(command: string, args: readonly string[]): void {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const missing = missingOptional();
const npmCli = process.env.npm_execpath;
if (missing.length > 0 && npmCli) {
  console.log(`Installing with Node ${process.version} what npm left out: ${missing.join(', ')}`);
  run(process.execPath, [
    npmCli,
    'install',
    '--no-save',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
  ]);
}
run(path.join(root, 'node_modules/.bin/wxt'), ['prepare']);
