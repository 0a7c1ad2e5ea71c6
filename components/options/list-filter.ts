import {
  SITE_ORIGINS,
  SITE_STATUSES,
  type Site,
  type SiteOrigin,
  type SiteStatus,
} from '@/utils/model';
import { displayDomain } from '@/utils/site-id';

export type StatusFilter = 'all' | 'pending' | SiteStatus;
export type OriginFilter = 'all' | SiteOrigin;

/** A site of the list with the text a search looks in. */
export type Row = { readonly id: string; readonly site: Site; readonly text: string };

/** Full-width letters and digits match their ASCII twins; case does not matter. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Rows by id, reused while their site object is the same: the store keeps an unchanged site's
 * object across changes, so one edit folds one row's search text, not 500.
 */
const rowCache = new Map<string, Row>();
export function rowOf(id: string, site: Site): Row {
  const known = rowCache.get(id);
  if (known?.site === site) return known;
  const row = {
    id,
    site,
    text: fold(`${site.name}\n${readableDomain(id)}\n${id}\n${site.note ?? ''}`),
  };
  rowCache.set(id, row);
  return row;
}

/** An id's readable domain never changes: work it out once, not on every snapshot. */
const domains = new Map<string, string>();
function readableDomain(id: string): string {
  let domain = domains.get(id);
  if (domain === undefined) {
    domain = displayDomain(id) ?? '';
    domains.set(id, domain);
  }
  return domain;
}

export type Filters = {
  readonly query: string;
  readonly status: StatusFilter;
  readonly origin: OriginFilter;
};

/** The rows the filters let through, in the order given; every word of the query must match. */
export function filterRows(rows: readonly Row[], { query, status, origin }: Filters): Row[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return rows.filter(
    ({ site, text }) =>
      (status === 'all' ||
        (status === 'pending' ? site.pending === true : !site.pending && site.status === status)) &&
      (origin === 'all' || site.via === origin) &&
      words.every((word) => text.includes(word)),
  );
}

/** How many sites each summary button stands for; a pending site counts as pending only. */
export function countByStatus(rows: readonly Row[]): Record<StatusFilter, number> {
  const result: Record<StatusFilter, number> = {
    all: rows.length,
    pending: 0,
    rebind: 0,
    rebound: 0,
    abandon: 0,
    'not-needed': 0,
  };
  for (const { site } of rows) result[site.pending ? 'pending' : site.status] += 1;
  return result;
}

export function toStatus(value: string): SiteStatus | undefined {
  return SITE_STATUSES.find((status) => status === value);
}

export function toStatusFilter(value: string): StatusFilter {
  return value === 'pending' ? 'pending' : (toStatus(value) ?? 'all');
}

export function toOriginFilter(value: string): OriginFilter {
  return SITE_ORIGINS.find((origin) => origin === value) ?? 'all';
}

/** Whether a row would show anything different for `b` than for `a`. */
export function sameSiteFields(a: Site, b: Site): boolean {
  return (
    a === b ||
    (a.name === b.name &&
      a.status === b.status &&
      a.via === b.via &&
      a.pending === b.pending &&
      a.note === b.note &&
      a.appid === b.appid &&
      a.first === b.first &&
      a.at === b.at)
  );
}
