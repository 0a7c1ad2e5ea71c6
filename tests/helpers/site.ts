// A relative path: the browser journeys and the benchmark use these too, outside vite's `@`.
import {
  decode,
  encodeSite,
  type Items,
  type Site,
  SiteIdSchema,
  SiteSchema,
  siteIdOfKey,
} from '../../utils/model.ts';

/** A fixed "now" for tests that build stored records by hand. */
export const NOW = 1_764_000_000_000;

/** A site record, needing rebinding and added by hand unless `extra` says otherwise. */
export const site = (name: string, extra: Partial<Site> = {}): Site => ({
  name,
  status: 'rebind',
  via: 'manual',
  first: NOW,
  at: NOW,
  ...extra,
});

/**
 * Storage items as the extension would have written them: a site given under its `s:` key is
 * stored in its compact form (utils/model.ts, StoredSiteSchema). Anything else, including a
 * value that is not a valid site, is stored as given, so tests can still plant broken data.
 */
export function storageItems(items: Items): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) {
    const id = siteIdOfKey(key);
    const valid =
      id !== undefined && SiteIdSchema.safeParse(id).success && SiteSchema.safeParse(value).success;
    stored[key] = valid ? encodeSite(id, value as Site) : value;
  }
  return stored;
}

/**
 * Raw storage items with every site read the way the extension reads it, so that a test can
 * say what a user would see (`status: 'rebound'`) instead of how it is spelled in storage.
 */
export function readItems(items: Items): Record<string, unknown> {
  const read: Record<string, unknown> = { ...items };
  for (const key of Object.keys(items)) {
    const id = siteIdOfKey(key);
    if (id !== undefined) read[key] = decode({ [key]: items[key] }).state.sites[id];
  }
  return read;
}
