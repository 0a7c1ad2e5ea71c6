import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, BUILD_DIR } from './harness';

/** What ships: the built manifests against the README, and the bundles against the CSP. */

const ROOT = path.resolve(import.meta.dirname, '../..');

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: unknown;
};

/** The README's permission table, as the given browser's manifest should ask for it. */
function documentedPermissions(browser: 'chromium' | 'firefox'): Map<string, string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = new Map<string, string>();
  const row = /^\| `([^`]+)` \| (required|optional) \| (both|Chromium|Firefox) \|/gm;
  for (const [, name, kind, where] of section.matchAll(row)) {
    if (name && kind && (where === 'both' || where?.toLowerCase() === browser))
      rows.set(name, kind);
  }
  return rows;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });
}

describe.each(BROWSERS)('the %s package', (name) => {
  const dir = BUILD_DIR[name];
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('asks for exactly the permissions the README documents', () => {
    const asked = new Map<string, string>();
    for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) {
      asked.set(p, 'required');
    }
    for (const p of [
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ]) {
      asked.set(p, 'optional');
    }
    expect(Object.fromEntries(asked)).toEqual(Object.fromEntries(documentedPermissions(name)));
  });

  it('injects nothing into ordinary pages and sets a strict CSP for its own pages', () => {
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    });
  });

  it('ships no eval, no new Function and no remote script', () => {
    const findings: string[] = [];
    for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      const where = path.relative(dir, file);
      if (/\beval\s*\(/.test(code)) findings.push(`${where}: eval(`);
      if (/new\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.test(code))
        findings.push(`${where}: Function(`);
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(code))
        findings.push(`${where}: remote <script>`);
      if (/import\s*\(\s*["'`]https?:/.test(code)) findings.push(`${where}: remote import()`);
    }
    expect(findings).toEqual([]);
  });
});

describe('the sources', () => {
  it('never set HTML from a string', () => {
    const findings = ['components', 'entrypoints', 'utils']
      .flatMap((dir) => files(path.join(ROOT, dir)))
      .filter((file) => /\.(ts|tsx|html)$/.test(file))
      .filter((file) =>
        /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => path.relative(ROOT, file));
    expect(findings).toEqual([]);
  });
});
