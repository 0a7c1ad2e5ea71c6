import { Component, createRef } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { bcp47, type Locale, t } from '@/utils/i18n';
import { SITE_ORIGINS, SITE_STATUSES, type Site, type SiteStatus } from '@/utils/model';
import { ORIGIN_LABEL, STATUS_LABEL } from './labels';
import {
  countByStatus,
  filterRows,
  type OriginFilter,
  type Row,
  rowOf,
  type StatusFilter,
  toOriginFilter,
  toStatus,
  toStatusFilter,
} from './list-filter';
import { type SortOrder, sortRows, toSort } from './list-sort';
import { type RowActions, SiteRow } from './SiteRow';

type ListProps = Omit<RowActions, 'onSelect'> & {
  readonly sites: Readonly<Record<string, Site>>;
  readonly locale: Locale;
  readonly onBulkStatus: (ids: readonly string[], status: SiteStatus) => void;
};

/**
 * The list itself: summary, search, filters, sort, selection and bulk actions. All of it is
 * derived in memory from the one snapshot; nothing here touches storage.
 */
export function SiteList({ sites, locale, onBulkStatus, ...actions }: ListProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [origin, setOrigin] = useState<OriginFilter>('all');
  const [sort, setSort] = useState<SortOrder>('status');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<SiteStatus | ''>('');

  const rows = useMemo<Row[]>(
    () => Object.entries(sites).map(([id, site]) => rowOf(id, site)),
    [sites],
  );

  const counts = useMemo(() => countByStatus(rows), [rows]);

  const collator = useMemo(() => new Intl.Collator(bcp47(locale), { numeric: true }), [locale]);
  // Every row, in order. Filtering only hides rows (below): a row filtered away keeps its DOM,
  // so clearing a search shows 500 rows again without building them again.
  const sorted = useMemo(() => sortRows(rows, sort, collator), [rows, sort, collator]);
  const shown = useMemo(
    () => filterRows(sorted, { query, status, origin }),
    [sorted, query, status, origin],
  );
  // The same set while a keystroke leaves the same rows shown: the rows then have nothing to do.
  const shownIds = useRef<ReadonlySet<string>>(new Set());
  const visible = useMemo(() => {
    const previous = shownIds.current;
    if (shown.length === previous.size && shown.every((row) => previous.has(row.id))) {
      return previous;
    }
    shownIds.current = new Set(shown.map((row) => row.id));
    return shownIds.current;
  }, [shown]);

  // Sites removed meanwhile (here, in the popup, on another device) drop out of the selection.
  const chosen = useMemo(() => [...selected].filter((id) => id in sites), [selected, sites]);
  const allShownChosen = shown.length > 0 && shown.every((row) => selected.has(row.id));
  const someShownChosen = !allShownChosen && shown.some((row) => selected.has(row.id));
  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = someShownChosen;
  }, [someShownChosen]);

  const onSelect = useCallback((id: string, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const { onRemove } = actions;
  const removeChosen = () => {
    onRemove(chosen);
    setSelected(new Set());
  };
  const filtered = query !== '' || status !== 'all' || origin !== 'all';
  const clearFilters = () => {
    setQuery('');
    setStatus('all');
    setOrigin('all');
  };

  return (
    <div class="site-list">
      <ul class="summary" aria-label={t('options.summary.label')}>
        {(['all', 'pending', ...SITE_STATUSES] as const).map((key) =>
          key === 'pending' && counts.pending === 0 ? null : (
            <li key={key}>
              <button
                type="button"
                class={`summary-item summary-${key}`}
                aria-pressed={status === key}
                onClick={() => setStatus(status === key && key !== 'all' ? 'all' : key)}
              >
                <span class="count">{counts[key]}</span>
                <span class="label">{statusFilterLabel(key)}</span>
              </button>
            </li>
          ),
        )}
      </ul>

      <search class="filters">
        <div class="field">
          <label for="site-search">{t('options.filter.search')}</label>
          <input
            id="site-search"
            type="search"
            value={query}
            placeholder={t('options.filter.search.placeholder')}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="site-status-filter">{t('options.filter.status')}</label>
          <select
            id="site-status-filter"
            value={status}
            onChange={(event) => setStatus(toStatusFilter(event.currentTarget.value))}
          >
            {(['all', 'pending', ...SITE_STATUSES] as const).map((key) => (
              <option key={key} value={key}>
                {statusFilterLabel(key)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="site-origin-filter">{t('options.filter.origin')}</label>
          <select
            id="site-origin-filter"
            value={origin}
            onChange={(event) => setOrigin(toOriginFilter(event.currentTarget.value))}
          >
            <option value="all">{t('options.filter.any')}</option>
            {SITE_ORIGINS.map((key) => (
              <option key={key} value={key}>
                {t(ORIGIN_LABEL[key])}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="site-sort">{t('options.filter.sort')}</label>
          <select
            id="site-sort"
            value={sort}
            onChange={(event) => setSort(toSort(event.currentTarget.value))}
          >
            <option value="status">{t('options.sort.status')}</option>
            <option value="name">{t('options.sort.name')}</option>
            <option value="changed">{t('options.sort.changed')}</option>
          </select>
        </div>
      </search>

      {chosen.length > 0 && (
        <div class="bulk-bar">
          <span>{t('options.bulk.selected', { count: chosen.length })}</span>
          <label for="bulk-status">{t('options.bulk.status')}</label>
          <select
            id="bulk-status"
            value={bulkStatus}
            onChange={(event) => setBulkStatus(toStatus(event.currentTarget.value) ?? '')}
          >
            <option value="">{t('options.bulk.choose')}</option>
            {SITE_STATUSES.map((key) => (
              <option key={key} value={key}>
                {t(STATUS_LABEL[key])}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={bulkStatus === ''}
            onClick={() => {
              if (bulkStatus) onBulkStatus(chosen, bulkStatus);
            }}
          >
            {t('options.bulk.apply')}
          </button>
          <button type="button" class="danger" onClick={removeChosen}>
            {t('options.bulk.remove', { count: chosen.length })}
          </button>
          <button type="button" class="quiet" onClick={() => setSelected(new Set())}>
            {t('options.bulk.clear')}
          </button>
        </div>
      )}

      {rows.length === 0 && <p class="empty">{t('options.list.empty')}</p>}
      {rows.length > 0 && shown.length === 0 && (
        <p class="empty">
          {t('options.list.none')}{' '}
          <button type="button" onClick={clearFilters}>
            {t('options.filter.clear')}
          </button>
        </p>
      )}
      {rows.length > 0 && (
        // Kept (hidden) while nothing matches, so that its rows need not be built again.
        <div class="table-wrap" hidden={shown.length === 0}>
          {/* Explicit roles: the table is laid out as grid rows (options.css), and the roles keep it a
              table for assistive technology whatever its CSS display. */}
          <table class="site-table">
            <caption class="visually-hidden">
              {filtered
                ? t('options.list.caption.filtered', { count: shown.length, total: rows.length })
                : t('options.list.caption', { count: rows.length })}
            </caption>
            <colgroup>
              <col class="col-select" />
              <col class="col-name" />
              <col class="col-domain" />
              <col class="col-origin" />
              <col class="col-status" />
              <col class="col-note" />
              <col class="col-changed" />
              <col class="col-remove" />
            </colgroup>
            <thead>
              <tr>
                <td class="select">
                  <input
                    ref={selectAll}
                    type="checkbox"
                    checked={allShownChosen}
                    aria-label={t('options.list.selectShown', { count: shown.length })}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setSelected((current) => {
                        const next = new Set(current);
                        for (const row of shown) {
                          if (on) next.add(row.id);
                          else next.delete(row.id);
                        }
                        return next;
                      });
                    }}
                  />
                </td>
                <th scope="col">{t('options.col.name')}</th>
                <th scope="col">{t('options.col.domain')}</th>
                <th scope="col">{t('options.col.origin')}</th>
                <th scope="col">{t('options.col.status')}</th>
                <th scope="col">{t('options.col.note')}</th>
                <th scope="col">{t('options.col.changed')}</th>
                <td />
              </tr>
            </thead>
            <Rows
              sorted={sorted}
              visible={visible}
              selected={selected}
              onSelect={onSelect}
              {...actions}
            />
          </table>
        </div>
      )}
      {filtered && shown.length > 0 && (
        <p class="hint">
          {t('options.list.filtered', { count: shown.length, total: rows.length })}{' '}
          <button type="button" class="quiet" onClick={clearFilters}>
            {t('options.filter.clear')}
          </button>
        </p>
      )}
    </div>
  );
}

type RowsProps = Omit<RowActions, 'onSelect'> & {
  readonly sorted: readonly Row[];
  /** Ids of the rows the filters let through; the others are hidden. */
  readonly visible: ReadonlySet<string>;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: RowActions['onSelect'];
};

/**
 * The table body: every row, in order, hidden or shown by the filters. A keystroke in the search
 * box changes only which rows are shown, and that is one attribute per row that changes, set
 * here without rendering the 500 rows again (Preact would otherwise make and compare 500 row
 * elements per keystroke, about 2 ms of a 16 ms frame).
 */
class Rows extends Component<RowsProps> {
  private readonly body = createRef<HTMLTableSectionElement>();

  override shouldComponentUpdate(next: RowsProps): boolean {
    const now = this.props;
    const changed = (Object.keys(next) as (keyof RowsProps)[]).some(
      (key) => key !== 'visible' && now[key] !== next[key],
    );
    if (!changed && now.visible !== next.visible) this.showOnly(next.visible);
    return changed;
  }

  override componentDidMount(): void {
    this.showOnly(this.props.visible);
  }

  override componentDidUpdate(): void {
    // Rows added meanwhile (a site detected, pasted, synced) follow the filters too.
    this.showOnly(this.props.visible);
  }

  private showOnly(visible: ReadonlySet<string>): void {
    // Its children, not `rows`: the same in a browser, and happy-dom (component tests) has no `rows`.
    for (const row of (this.body.current?.children ?? []) as Iterable<HTMLTableRowElement>) {
      const hidden = !visible.has(row.getAttribute('data-site') ?? '');
      if (row.hidden !== hidden) row.hidden = hidden;
    }
  }

  override render() {
    const { sorted, selected, onSelect, onStatus, onNote, onConfirm, onDismiss, onRemove } =
      this.props;
    return (
      <tbody ref={this.body}>
        {sorted.map((row) => (
          <SiteRow
            key={row.id}
            id={row.id}
            site={row.site}
            selected={selected.has(row.id)}
            {...{ onSelect, onStatus, onNote, onConfirm, onDismiss, onRemove }}
          />
        ))}
      </tbody>
    );
  }
}

function statusFilterLabel(key: StatusFilter): string {
  if (key === 'all') return t('options.filter.all');
  if (key === 'pending') return t('site.pending');
  return t(STATUS_LABEL[key]);
}
