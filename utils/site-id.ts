import { toUnicode } from 'punycode/';
import { APP_ID_PREFIX, LIMITS } from './model';
import { isConfusableLabel, stripHidden } from './safe-text';

/**
 * Site ids without the public suffix list: a page that only shows ids (the legacy list, the
 * guard page) imports this and stays small; utils/domain.ts, which parses addresses, brings the
 * list (tldts).
 */

/** The id of a mobile app (no domain): its name, normalised so that case and width agree. */
export function appSiteId(name: string): string | undefined {
  const normal = stripHidden(name).normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (normal.length === 0 || normal.length > LIMITS.name) return undefined;
  return APP_ID_PREFIX + normal;
}

export function isAppId(id: string): boolean {
  return id.startsWith(APP_ID_PREFIX);
}

/**
 * The domain of a site id as people read it (Unicode), or undefined for an app. A label that
 * could pass for another (mixed scripts, look-alike letters, hidden characters) stays in its
 * ASCII form: `xn--zhhu-m9d.com`, never a "zhіhu.com" that reads as Zhihu.
 */
export function displayDomain(id: string): string | undefined {
  return isAppId(id) ? undefined : readDomain(id).text;
}

/** Whether a site's domain is shown in its ASCII form because its Unicode form could deceive. */
export function isLookalikeDomain(id: string): boolean {
  return !isAppId(id) && readDomain(id).lookalike;
}

function readDomain(id: string): { text: string; lookalike: boolean } {
  let lookalike = false;
  const labels = id.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    let decoded: string;
    try {
      decoded = toUnicode(label);
    } catch {
      return label;
    }
    if (!isConfusableLabel(decoded)) return decoded;
    lookalike = true;
    return label;
  });
  return { text: labels.join('.'), lookalike };
}
