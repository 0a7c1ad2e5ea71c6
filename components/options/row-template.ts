import { activeLocale, t } from '@/utils/i18n';
import { LIMITS, SITE_STATUSES, type SiteStatus } from '@/utils/model';
import { isLookalikeDomain } from '@/utils/site-id';
import { domainText, STATUS_LABEL, siteHref } from './labels';
import { toStatus } from './list-filter';
import type { NoteEditor } from './note-editor';

/**
 * A site row's cells, cloned from a template row built once per locale: cloning costs a few
 * microseconds, where building the row's 30-odd nodes through the virtual DOM cost half a
 * millisecond, 500 times over before the options page's first paint.
 */

export type Cells = {
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

export type Handlers = {
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
export function addSettingsLink(cells: Cells, url: string, name: string): void {
  if (cells.settings) return;
  const link = template().settings.cloneNode(true) as HTMLAnchorElement;
  link.setAttribute('href', url);
  link.setAttribute('aria-label', t('options.list.settings.label', { name }));
  cells.settings = link;
  cells.domain.append(' ', link);
}

/** A copy of the template's cells for the site `id`, wired to `on`. */
export function buildCells(id: string, on: Handlers): Cells {
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
