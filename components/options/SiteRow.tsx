import { Component } from 'preact';
import { whenCatalogue } from '@/utils/catalogue-loader';
import { activeLocale, formatInstant, t } from '@/utils/i18n';
import { LIMITS, SITE_STATUSES, type Site, type SiteStatus } from '@/utils/model';
import { isLookalikeDomain } from '@/utils/site-id';
import { domainText, ORIGIN_LABEL, STATUS_LABEL, siteHref } from './labels';

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

/** Typing pauses this long before a note is saved: a write per pause, not per keystroke. */
export const NOTE_SAVE_DELAY_MS = 1_000;

/**
 * One site of the list, 500 times over. Its cells are cloned from a template row (built once
 * per locale), off screen ones after the first paint (see `claimEager`), and then kept up to
 * date field by field: cloning a row costs a few microseconds,
 * where building its 30-odd nodes through the virtual DOM cost half a millisecond (the options
 * page with 500 sites spent a quarter of a second there before its first paint). Preact still
 * owns the row element, its place in the list and when it updates.
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
    buildLater.cancel(this);
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
    buildLater.cancel(this);
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

export function toStatus(value: string): SiteStatus | undefined {
  return SITE_STATUSES.find((status) => status === value);
}

function sameSiteFields(a: Site, b: Site): boolean {
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

/**
 * The note is saved when the field loses focus, on Enter, or after a pause in typing; Escape
 * puts back the saved note. A note changed elsewhere (popup, other device) shows up here unless
 * the user is in the middle of editing this one. The field itself holds the draft.
 */
class NoteEditor {
  private saved = '';
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly field: () => HTMLInputElement | undefined,
    private readonly onSave: (note: string) => void,
  ) {}

  /** The stored note; shown unless the user is editing. */
  show(note: string, first: boolean): void {
    this.saved = note;
    const field = this.field();
    if (field && (first || !this.dirty) && field.value !== note) field.value = note;
  }

  readonly input = (): void => {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.save, NOTE_SAVE_DELAY_MS);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.save();
    } else if (event.key === 'Escape') {
      clearTimeout(this.timer);
      this.dirty = false;
      const field = this.field();
      if (field) field.value = this.saved;
    }
  };

  readonly save = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    const draft = this.field()?.value ?? '';
    if (draft.trim() !== this.saved) this.onSave(draft);
  };
}

/**
 * A list renders a screenful of rows and then some at once; the other rows (off screen, where
 * content-visibility skips them anyway) get their cells in the idle time after the first paint,
 * a few milliseconds of work at a time, so a long list shows as fast as a short one and input
 * stays responsive meanwhile. A row that changes before its turn is built there and then.
 */
const EAGER_ROWS = 60;
let eagerLeft = EAGER_ROWS;

function claimEager(): boolean {
  // Rows made in the same task share the budget; the next task starts afresh.
  if (eagerLeft === EAGER_ROWS) queueMicrotask(() => (eagerLeft = EAGER_ROWS));
  if (eagerLeft === 0) return false;
  eagerLeft -= 1;
  return true;
}

const waiting = new Set<SiteRow>();
let draining = false;

function buildLater(row: SiteRow): void {
  waiting.add(row);
  if (draining) return;
  draining = true;
  // After the paint: the next frame, then a task.
  const start = () => setTimeout(drain);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(start);
  else start();
}
buildLater.cancel = (row: SiteRow) => waiting.delete(row);

function drain(): void {
  const until = performance.now() + 8;
  for (const row of waiting) {
    row.build();
    if (performance.now() > until) break;
  }
  if (waiting.size > 0) {
    setTimeout(drain);
    return;
  }
  draining = false;
  // For npm run bench (scripts/bench): every row of the list has its cells.
  if (performance.getEntriesByName('wep:rows-complete', 'mark').length === 0) {
    performance.mark('wep:rows-complete');
  }
}

type Cells = {
  /** The row's cells until they go into the row element. */
  parts: HTMLTableRowElement;
  select: HTMLInputElement;
  nameCell: HTMLTableCellElement;
  name: HTMLElement;
  domain: HTMLTableCellElement;
  badge: HTMLSpanElement;
  statusCell: HTMLTableCellElement;
  statusSelect: HTMLSelectElement;
  pendingActions: HTMLSpanElement;
  confirm: HTMLButtonElement;
  dismiss: HTMLButtonElement;
  origin: HTMLTableCellElement;
  note: HTMLInputElement;
  time: HTMLTimeElement;
  remove: HTMLButtonElement;
  /** "Account settings": only for a catalogue site whose settings page is known. */
  settings: HTMLAnchorElement | undefined;
};

type Handlers = {
  select(selected: boolean): void;
  status(status: SiteStatus): void;
  confirm(): void;
  dismiss(): void;
  remove(): void;
  note: NoteEditor;
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

type Template = {
  cells: HTMLTableRowElement;
  badge: HTMLSpanElement;
  pending: HTMLSpanElement;
  link: HTMLAnchorElement;
  app: HTMLSpanElement;
  settings: HTMLAnchorElement;
};
const templates = new Map<string, Template>();

/** The parts every row clones, with the texts that are the same in every row. */
function template(): Template {
  const locale = activeLocale();
  let made = templates.get(locale);
  if (!made) {
    made = {
      cells: element(
        'tr',
        {},
        element('td', { class: 'select' }, element('input', { type: 'checkbox' })),
        // <bdi>: a name in another writing direction cannot reorder the cells around it.
        element('th', { scope: 'row', class: 'name' }, element('bdi')),
        element('td', { class: 'domain' }),
        element('td', { class: 'origin' }),
        element(
          'td',
          { class: 'status' },
          element(
            'select',
            { class: 'status-select' },
            ...SITE_STATUSES.map((status) =>
              element('option', { value: status }, t(STATUS_LABEL[status])),
            ),
          ),
        ),
        element(
          'td',
          { class: 'note' },
          element('input', { type: 'text', class: 'note-input', maxlength: String(LIMITS.note) }),
        ),
        element('td', { class: 'changed' }, element('time')),
        element(
          'td',
          { class: 'remove' },
          element('button', { type: 'button', class: 'quiet' }, t('options.list.remove')),
        ),
      ),
      badge: element('span', { class: 'badge pending-badge' }, t('site.pending')),
      link: element('a', { target: '_blank', rel: 'noopener noreferrer' }),
      settings: element(
        'a',
        { class: 'site-settings', target: '_blank', rel: 'noopener noreferrer' },
        t('options.list.settings'),
      ),
      app: element('span', { class: 'app' }),
      pending: element(
        'span',
        { class: 'pending-actions' },
        element('button', { type: 'button', class: 'primary' }, t('options.list.confirm')),
        element('button', { type: 'button' }, t('options.list.dismiss')),
      ),
    };
    templates.set(locale, made);
  }
  return made;
}

/** The catalogue's own https address (checked by its test), never one made from stored data. */
function addSettingsLink(cells: Cells, url: string, name: string): void {
  if (cells.settings) return;
  const link = template().settings.cloneNode(true) as HTMLAnchorElement;
  link.setAttribute('href', url);
  link.setAttribute('aria-label', t('options.list.settings.label', { name }));
  cells.settings = link;
  cells.domain.append(' ', link);
}

/** A copy of the template's cells for the site `id`, wired to `on`. */
function buildCells(id: string, on: Handlers): Cells {
  const made = template();
  const copy = made.cells.cloneNode(true) as HTMLTableRowElement;
  const [selectCell, nameCell, domainCell, origin, statusCell, noteCell, changedCell, removeCell] =
    copy.children as unknown as HTMLTableCellElement[];
  const pendingActions = made.pending.cloneNode(true) as HTMLSpanElement;
  const [confirm, dismiss] = pendingActions.children as unknown as HTMLButtonElement[];
  const cells: Cells = {
    parts: copy,
    select: selectCell?.firstElementChild as HTMLInputElement,
    nameCell: nameCell as HTMLTableCellElement,
    name: nameCell?.firstElementChild as HTMLElement,
    domain: domainCell as HTMLTableCellElement,
    badge: made.badge.cloneNode(true) as HTMLSpanElement,
    statusCell: statusCell as HTMLTableCellElement,
    statusSelect: statusCell?.firstElementChild as HTMLSelectElement,
    pendingActions,
    confirm: confirm as HTMLButtonElement,
    dismiss: dismiss as HTMLButtonElement,
    origin: origin as HTMLTableCellElement,
    note: noteCell?.firstElementChild as HTMLInputElement,
    time: changedCell?.firstElementChild as HTMLTimeElement,
    remove: removeCell?.firstElementChild as HTMLButtonElement,
    settings: undefined,
  };
  // The domain never changes for a row (its id is its key in the list).
  const href = siteHref(id);
  const domain = (href ? made.link : made.app).cloneNode() as HTMLElement;
  if (href) domain.setAttribute('href', href);
  domain.textContent = domainText(id);
  domainCell?.append(domain);
  if (isLookalikeDomain(id)) {
    domainCell?.append(element('span', { class: 'lookalike', role: 'note' }, t('site.lookalike')));
  }

  cells.select.addEventListener('change', () => on.select(cells.select.checked));
  cells.statusSelect.addEventListener('change', () => {
    const status = toStatus(cells.statusSelect.value);
    if (status) on.status(status);
  });
  cells.confirm.addEventListener('click', on.confirm);
  cells.dismiss.addEventListener('click', on.dismiss);
  cells.remove.addEventListener('click', on.remove);
  cells.note.addEventListener('input', on.note.input);
  cells.note.addEventListener('blur', on.note.save);
  cells.note.addEventListener('keydown', on.note.keydown);
  return cells;
}
