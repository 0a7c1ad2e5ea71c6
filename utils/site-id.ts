import { toUnicode } from 'punycode/';
import { APP_ID_PREFIX, LIMITS } from './model';

/**
 * Site ids without the public suffix list: a page that only shows ids (the legacy list, the
 * guard page) imports this and stays small; utils/domain.ts, which parses addresses, brings the
 * list (tldts, about 116 KB gzip).
 */

/** The id of a mobile app (no domain): its name, normalised so that case and width agree. */
export function appSiteId(name: string): string | undefined {
  const normal = name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (normal.length === 0 || normal.length > LIMITS.name) return undefined;
  return APP_ID_PREFIX + normal;
}

export function isAppId(id: string): boolean {
  return id.startsWith(APP_ID_PREFIX);
}

/** The domain of a site id as people read it (Unicode), or undefined for an app. */
export function displayDomain(id: string): string | undefined {
  if (isAppId(id)) return undefined;
  try {
    return toUnicode(id);
  } catch {
    return id;
  }
}
