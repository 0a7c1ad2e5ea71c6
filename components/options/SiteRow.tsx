import { Component, createRef } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatInstant, t } from '@/utils/i18n';
import { LIMITS, SITE_STATUSES, type Site, type SiteStatus } from '@/utils/model';
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
  /** Filtered away: the row stays in the DOM, hidden, ready to come back. */
  readonly hidden: boolean;
  readonly selected: boolean;
};

/** Typing pauses this long before a note is saved: a write per pause, not per keystroke. */
export const NOTE_SAVE_DELAY_MS = 1_000;

/**
 * One site of the list. Storage hands out fresh objects on every change, so rows compare their
 * site field by field and skip rendering when nothing of theirs changed: with 500 rows, a status
 * change re-renders one row, not 500. A search shows and hides rows: that is one attribute,
 * set here without rendering the row again.
 */
export class SiteRow extends Component<RowProps> {
  private readonly row = createRef<HTMLTableRowElement>();

  override shouldComponentUpdate(next: RowProps): boolean {
    const now = this.props;
    const changed =
      now.id !== next.id ||
      now.selected !== next.selected ||
      !sameSiteFields(now.site, next.site) ||
      now.onSelect !== next.onSelect ||
      now.onStatus !== next.onStatus ||
      now.onNote !== next.onNote ||
      now.onConfirm !== next.onConfirm ||
      now.onDismiss !== next.onDismiss ||
      now.onRemove !== next.onRemove;
    // The DOM then always shows the current `hidden`, so a later render agrees with it.
    const row = this.row.current;
    if (!changed && now.hidden !== next.hidden && row) {
      row.hidden = next.hidden;
    }
    return changed;
  }

  override render() {
    const { id, site, selected, hidden } = this.props;
    const href = siteHref(id);
    const domain = domainText(id);
    return (
      <tr
        class={site.pending ? 'site-row pending' : 'site-row'}
        data-site={id}
        hidden={hidden}
        ref={this.row}
      >
        <td class="select">
          <input
            type="checkbox"
            checked={selected}
            aria-label={t('options.list.select', { name: site.name })}
            onChange={(event) => this.props.onSelect(id, event.currentTarget.checked)}
          />
        </td>
        <th scope="row" class="name">
          <span>{site.name}</span>
          {site.pending && <span class="badge pending-badge">{t('site.pending')}</span>}
        </th>
        <td class="domain">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {domain}
            </a>
          ) : (
            <span class="app">{domain}</span>
          )}
        </td>
        <td class="origin">{t(ORIGIN_LABEL[site.via])}</td>
        <td class="status">
          {site.pending ? (
            <span class="pending-actions">
              <button
                type="button"
                class="primary"
                aria-label={t('options.list.confirm.label', { name: site.name })}
                onClick={() => this.props.onConfirm(id)}
              >
                {t('options.list.confirm')}
              </button>
              <button
                type="button"
                aria-label={t('options.list.dismiss.label', { name: site.name })}
                onClick={() => this.props.onDismiss(id)}
              >
                {t('options.list.dismiss')}
              </button>
            </span>
          ) : (
            <select
              class={`status-select status-${site.status}`}
              aria-label={t('options.list.status.label', { name: site.name })}
              value={site.status}
              onChange={(event) => {
                const status = toStatus(event.currentTarget.value);
                if (status) this.props.onStatus(id, status);
              }}
            >
              {SITE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(STATUS_LABEL[status])}
                </option>
              ))}
            </select>
          )}
        </td>
        <td class="note">
          <NoteField id={id} name={site.name} note={site.note} onSave={this.props.onNote} />
        </td>
        <td class="changed">
          <time dateTime={new Date(site.at).toISOString()}>{formatInstant(site.at)}</time>
        </td>
        <td class="remove">
          <button
            type="button"
            class="quiet"
            aria-label={t('options.list.remove.label', { name: site.name })}
            onClick={() => this.props.onRemove([id])}
          >
            {t('options.list.remove')}
          </button>
        </td>
      </tr>
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
 * the user is in the middle of editing this one.
 */
function NoteField({
  id,
  name,
  note,
  onSave,
}: {
  id: string;
  name: string;
  note: string | undefined;
  onSave: (id: string, note: string) => void;
}) {
  const [draft, setDraft] = useState(note ?? '');
  const draftRef = useRef(draft);
  const saved = useRef(note ?? '');
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  saved.current = note ?? '';

  const show = (value: string) => {
    draftRef.current = value;
    setDraft(value);
  };
  const save = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    if (draftRef.current.trim() !== saved.current) onSave(id, draftRef.current);
  };
  // Always the latest `save` for the unmount clean-up (a row filtered away mid-edit).
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!dirty.current) show(note ?? '');
  }, [note]);
  useEffect(() => () => saveRef.current(), []);

  return (
    <input
      type="text"
      class="note-input"
      maxLength={LIMITS.note}
      value={draft}
      aria-label={t('options.list.note.label', { name })}
      onInput={(event) => {
        show(event.currentTarget.value);
        dirty.current = true;
        clearTimeout(timer.current);
        timer.current = setTimeout(save, NOTE_SAVE_DELAY_MS);
      }}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          save();
        } else if (event.key === 'Escape') {
          clearTimeout(timer.current);
          dirty.current = false;
          show(saved.current);
        }
      }}
    />
  );
}
