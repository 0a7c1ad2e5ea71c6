import { SITE_STATUSES, type Site } from '@/utils/model';
import type { Row } from './list-filter';

export type SortOrder = 'status' | 'name' | 'changed';

/** Sort rank for "by status": sites waiting for confirmation first, then the open work. */
const rank = (site: Site) => (site.pending ? -1 : SITE_STATUSES.indexOf(site.status));

/** The rows in `order`; ties, and the name order itself, go by `collator`. */
export function sortRows(rows: readonly Row[], order: SortOrder, collator: Intl.Collator): Row[] {
  const byName = (a: Row, b: Row) => collator.compare(a.site.name, b.site.name);
  const compare: Record<SortOrder, (a: Row, b: Row) => number> = {
    name: byName,
    status: (a, b) => rank(a.site) - rank(b.site) || byName(a, b),
    changed: (a, b) => b.site.at - a.site.at || byName(a, b),
  };
  return [...rows].sort(compare[order]);
}

export function toSort(value: string): SortOrder {
  return value === 'name' || value === 'changed' ? value : 'status';
}
