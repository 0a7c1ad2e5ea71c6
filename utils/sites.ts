import {
  defaultSiteName,
  LIMITS,
  type Patch,
  patches,
  SITE_DEFAULTS,
  type Site,
  type SiteOrigin,
  type SiteStatus,
  type State,
} from './model';
import { cleanText } from './safe-text';

/**
 * Every change to the site list, as patches for the store. The popup, the options page and the
 * background all go through these, so "flag", "confirm", "dismiss" mean the same everywhere.
 */

export type SiteEntry = Site & { readonly id: string };

/** Sites the user still has to switch to a phone number, e-mail or password. */
function needsRebind(site: Site): boolean {
  return site.status === 'rebind' && !site.pending;
}

export function countNeedingRebind(state: State): number {
  return Object.values(state.sites).filter(needsRebind).length;
}

export type NewSite = {
  readonly id: string;
  readonly name: string;
  readonly via: SiteOrigin;
  readonly status?: SiteStatus;
  readonly note?: string;
  readonly appid?: string;
  readonly pending?: boolean;
};

/**
 * Adds a site, or, when it is already listed, changes only what the new information adds:
 * the user's own status and note are never overwritten by a detection or an import of the
 * same site.
 */
export function addSite(state: State, input: NewSite, now: number = Date.now()): Patch {
  const existing = state.sites[input.id];
  if (existing) {
    const confirmed = existing.pending && input.via !== 'detected';
    const appid = existing.appid ?? input.appid;
    if (!confirmed && appid === existing.appid) return {};
    const { pending: _pending, ...rest } = existing;
    return patches.site(input.id, {
      ...(confirmed ? rest : existing),
      ...(appid ? { appid } : {}),
      at: now,
    });
  }
  const site: Site = {
    name: cleanText(input.name).trim().slice(0, LIMITS.name) || defaultSiteName(input.id),
    status: input.status ?? SITE_DEFAULTS.status,
    via: input.via,
    first: now,
    at: now,
  };
  if (input.pending) site.pending = true;
  if (input.appid) site.appid = input.appid;
  const note = input.note && cleanText(input.note).trim().slice(0, LIMITS.note);
  if (note) site.note = note;
  return patches.site(input.id, site);
}

export function updateSite(
  state: State,
  id: string,
  change: Partial<Pick<Site, 'name' | 'status' | 'note'>>,
  now: number = Date.now(),
): Patch {
  const site = state.sites[id];
  if (!site) return {};
  const next: Site = { ...site, ...change, at: now };
  if (change.name !== undefined) {
    next.name = cleanText(change.name).trim().slice(0, LIMITS.name) || site.name;
  }
  if (next.note !== undefined) {
    const note = cleanText(next.note).trim().slice(0, LIMITS.note);
    if (note) next.note = note;
    else delete next.note;
  }
  return patches.site(id, next);
}

/** The user confirms a detected site: it stays, as needing a rebind unless they said otherwise. */
export function confirmSite(state: State, id: string, now: number = Date.now()): Patch {
  const site = state.sites[id];
  if (!site?.pending) return {};
  const { pending: _pending, ...rest } = site;
  return patches.site(id, { ...rest, at: now });
}

/** The user dismisses a detected site: it leaves the list and is not proposed again. */
export function dismissSite(state: State, id: string): Patch {
  const dismissed = state.dismissed.includes(id) ? state.dismissed : [...state.dismissed, id];
  return { ...patches.site(id, null), ...patches.dismissed(dismissed) };
}

export function removeSites(ids: readonly string[]): Patch {
  return Object.assign({}, ...ids.map((id) => patches.site(id, null)));
}

/** Puts removed sites back exactly as they were (the "undo" after a removal). */
export function restoreSites(sites: readonly SiteEntry[]): Patch {
  return Object.assign({}, ...sites.map(({ id, ...site }) => patches.site(id, site)));
}
