import { type AddressProblem, siteFromInput } from './domain';
import type { Locale } from './i18n';
import { defaultName, knownSite, siteNamed } from './known-sites';
import { LIMITS, type Patch, type State } from './model';
import { cleanText } from './safe-text';
import { appSiteId } from './site-id';
import { addSite } from './sites';

/**
 * Sites typed by a person: the add form's name and address, and lines pasted from a note or a
 * spreadsheet. Reading them is pure; `planPaste` gives one patch, written only when confirmed.
 */

/** What can be wrong with a typed site: its address (domain.ts), or a field empty or too long. */
export type TypedProblem = AddressProblem | 'empty' | 'too-long';
export type Resolved =
  | { readonly ok: true; readonly id: string; readonly name: string; readonly appid?: string }
  | { readonly ok: false; readonly field: 'name' | 'address'; readonly problem: TypedProblem };

/**
 * One site from a name and/or an address. An address (a domain or any URL) wins and is reduced
 * to its registrable domain. A name alone is a site from the built-in list when it is one of
 * their names (people type 知乎, not zhihu.com, off WeChat's own list), otherwise a mobile app.
 */
export function resolveSite(
  input: { readonly name?: string; readonly address?: string },
  locale: Locale,
): Resolved {
  const name = cleanText(input.name ?? '').trim();
  const address = input.address?.trim() ?? '';
  if (name.length > LIMITS.name) return { ok: false, field: 'name', problem: 'too-long' };
  if (address) {
    const site = siteFromInput(address);
    if (!site.ok) return { ok: false, field: 'address', problem: site.reason };
    return withAppid(site.id, name || defaultName(site.id, locale));
  }
  if (!name) return { ok: false, field: 'address', problem: 'empty' };
  const known = siteNamed(name);
  if (known) return withAppid(known.id, name);
  const id = appSiteId(name);
  if (!id) return { ok: false, field: 'name', problem: 'too-long' };
  return { ok: true, id, name };
}

function withAppid(id: string, name: string): Resolved {
  const appid = knownSite(id)?.appid;
  return appid ? { ok: true, id, name, appid } : { ok: true, id, name };
}

export type PastedLine = { readonly line: number; readonly text: string; readonly site: Resolved };

const BULLET = /^(?:[-*•·]\s+|\d{1,3}[.)、]\s*)/;
const LOOKS_LIKE_ADDRESS = /:\/\/|^[^\s]*\.[^\s]*$/;

/**
 * Reads pasted lines, one site a line: "zhihu.com", "https://www.zhihu.com/…", "知乎", or a name
 * and an address together ("知乎 zhihu.com", "知乎, https://…", a tab from a spreadsheet).
 * List bullets and numbers are ignored; blank lines are skipped.
 */
export function readLines(text: string, locale: Locale): PastedLine[] {
  const result: PastedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim().replace(BULLET, '').trim();
    if (!line) return;
    result.push({ line: index + 1, text: line, site: readLine(line, locale) });
  });
  return result;
}

function readLine(line: string, locale: Locale): Resolved {
  const whole = siteFromInput(line);
  if (whole.ok) return resolveSite({ address: line }, locale);
  const split = /^(.*?)[\s,，、;；|]+(\S+)$/u.exec(line);
  if (split?.[1] && split[2] && LOOKS_LIKE_ADDRESS.test(split[2])) {
    return resolveSite({ name: split[1], address: split[2] }, locale);
  }
  if (LOOKS_LIKE_ADDRESS.test(line)) return resolveSite({ address: line }, locale);
  return resolveSite({ name: line }, locale);
}

export type PasteEntry = PastedLine & {
  /** `listed`: already on the list; `repeat`: an earlier line names the same site. */
  readonly outcome: 'new' | 'listed' | 'repeat' | 'rejected';
};

export function planPaste(
  lines: readonly PastedLine[],
  state: State,
  now: number = Date.now(),
): { entries: PasteEntry[]; patch: Patch; added: number } {
  const seen = new Set<string>();
  const patch: Record<string, unknown> = {};
  const entries = lines.map((entry): PasteEntry => {
    const { site } = entry;
    if (!site.ok) return { ...entry, outcome: 'rejected' };
    if (seen.has(site.id)) return { ...entry, outcome: 'repeat' };
    seen.add(site.id);
    if (state.sites[site.id] && !state.sites[site.id]?.pending)
      return { ...entry, outcome: 'listed' };
    // A detected site waiting for confirmation is confirmed by naming it here.
    Object.assign(patch, addSite(state, { ...site, via: 'manual' }, now));
    return { ...entry, outcome: 'new' };
  });
  return { entries, patch, added: entries.filter((e) => e.outcome === 'new').length };
}
