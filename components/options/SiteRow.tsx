import { Component } from 'preact';
import { whenCatalogue } from '@/utils/catalogue-loader';
import { formatInstant, t } from '@/utils/i18n';
import type { Site, SiteStatus } from '@/utils/model';
import { buildLater, cancelBuild, claimEager } from './idle-builder';
import { ORIGIN_LABEL } from './labels';
import { sameSiteFields } from './list-filter';
import { NoteEditor } from './note-editor';
import { addSettingsLink, buildCells, type Cells } from './row-template';

export type RowActions = {
  readonly onSelect: (id: string, selected: boolean) => void;
  readonly onStatus: (id: string, status: SiteStatus) => void;
  readonly onNote: (id: string, note: string) => void;
  readonly onConfirm: (id: string) => void;
  readonly onDismiss: (id: string) => void;
  readonly onRemove: (ids: readonly string[]) => void;
};

type RowProps = RowActions & {
  readonly id: string;
  readonly site: Site;
  readonly selected: boolean;
};

/**
 * One site of the list, 500 times over. Its cells are cloned from a template row (built once
 * per locale, row-template.ts), off screen ones after the first paint (idle-builder.ts), and then
 * kept up to date field by field. Preact owns the row element, its place in the list and when
 * it updates.
 *
 * Storage hands out fresh objects on every change, so rows compare their site field by field
 * and skip updating when nothing of theirs changed: a status change updates one row, not 500.
 * Whether a row is shown is not a prop: the list sets the row's `hidden` attribute itself
 * (SiteList's `Rows`), so a search renders no row again, and this render never touches it.
 */
export class SiteRow extends Component<RowProps> {
  private row: HTMLTableRowElement | null = null;
  private readonly note: NoteEditor;
  private cells: Cells | undefined;
  /** Cancels the wait for the catalogue (which may add an account-settings link). */
  private stopWaiting: (() => void) | undefined;

  constructor(props: RowProps) {
    super(props);
    this.note = new NoteEditor(
      () => this.cells?.note,
      (note) => this.props.onNote(this.props.id, note),
    );
    if (claimEager()) this.build();
    else buildLater(this);
  }

  /** Makes the cells (once), fills them in and puts them into the row if it exists yet. */
  build(): void {
    if (this.cells) return;
    cancelBuild(this);
    this.cells = buildCells(this.props.id, {
      select: (selected) => this.props.onSelect(this.props.id, selected),
      status: (status) => this.props.onStatus(this.props.id, status),
      confirm: () => this.props.onConfirm(this.props.id),
      dismiss: () => this.props.onDismiss(this.props.id),
      remove: () => this.props.onRemove([this.props.id]),
      note: this.note,
    });
    this.fill(undefined);
    if (this.row) this.attach(this.row);
    // The catalogue follows the first paint; the link joins the row when it is in.
    this.stopWaiting = whenCatalogue((catalogue) => {
      const url = catalogue.knownSite(this.props.id)?.settings;
      if (url && this.cells) addSettingsLink(this.cells, url, this.props.site.name);
    });
  }

  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    return (
      now.id !== next.id ||
      now.selected !== next.selected ||
      !sameSiteFields(now.site, next.site) ||
      now.onSelect !== next.onSelect ||
      now.onStatus !== next.onStatus ||
      now.onNote !== next.onNote ||
      now.onConfirm !== next.onConfirm ||
      now.onDismiss !== next.onDismiss ||
      now.onRemove !== next.onRemove
    );
  }

  /** Preact's row element: the cells move into it once they are built. */
  private readonly attach = (row: HTMLTableRowElement | null): void => {
    this.row = row;
    if (row && this.cells?.parts.firstChild) row.replaceChildren(...this.cells.parts.childNodes);
  };

  override componentDidUpdate(previous: RowProps): void {
    if (this.cells) this.fill(previous);
    else this.build();
  }

  override componentWillUnmount(): void {
    cancelBuild(this);
    this.stopWaiting?.();
    // A note being typed in a row that goes away (removed elsewhere) is still saved.
    this.note.save();
  }

  /** Brings the cells in line with the props; only what changed is touched. */
  private fill(previous: RowProps | undefined): void {
    const cells = this.cells;
    if (!cells) return;
    const { site, selected } = this.props;
    const before = previous?.site;
    cells.select.checked = selected;
    if (site.name !== before?.name) {
      const name = { name: site.name };
      cells.name.textContent = site.name;
      cells.select.setAttribute('aria-label', t('options.list.select', name));
      cells.statusSelect.setAttribute('aria-label', t('options.list.status.label', name));
      cells.confirm.setAttribute('aria-label', t('options.list.confirm.label', name));
      cells.dismiss.setAttribute('aria-label', t('options.list.dismiss.label', name));
      cells.note.setAttribute('aria-label', t('options.list.note.label', name));
      cells.remove.setAttribute('aria-label', t('options.list.remove.label', name));
      cells.settings?.setAttribute('aria-label', t('options.list.settings.label', name));
    }
    if (site.pending !== before?.pending || !before) {
      if (site.pending) {
        cells.nameCell.append(cells.badge);
        cells.statusCell.replaceChildren(cells.pendingActions);
      } else {
        cells.badge.remove();
        cells.statusCell.replaceChildren(cells.statusSelect);
      }
    }
    if (site.status !== before?.status) {
      cells.statusSelect.value = site.status;
      cells.statusSelect.className = `status-select status-${site.status}`;
    }
    if (site.via !== before?.via) cells.origin.textContent = t(ORIGIN_LABEL[site.via]);
    if (site.at !== before?.at) {
      cells.time.setAttribute('datetime', new Date(site.at).toISOString());
      cells.time.textContent = formatInstant(site.at);
    }
    this.note.show(site.note ?? '', !before);
  }

  override render() {
    const { id, site } = this.props;
    // The cells are the row's own (above); Preact places the row and says when it changes.
    return (
      <tr class={site.pending ? 'site-row pending' : 'site-row'} data-site={id} ref={this.attach} />
    );
  }
}
