import type { ChecklistItem } from '@/utils/checklist';
import { t } from '@/utils/i18n';
import { type CheckEntry, type CheckState, LIMITS } from '@/utils/model';

type ChecklistItemRowProps = {
  item: ChecklistItem;
  entry: CheckEntry | undefined;
  /** The longer texts are loaded: until then the (closed) details hold only their summary. */
  detailsShown: boolean;
  siteListUrl: string;
  sitesToRebind: number;
  onState: (itemId: string, state: CheckState) => void;
  onNote: (itemId: string, note: string) => void;
};

export function ChecklistItemRow({
  item,
  entry,
  detailsShown,
  siteListUrl,
  sitesToRebind,
  onState,
  onNote,
}: ChecklistItemRowProps) {
  const state = entry?.state ?? 'open';
  const note = entry?.note ?? '';
  const title = t(item.title);
  const checkId = `check-${item.id}`;
  return (
    <li class="item" data-state={state}>
      <div class="item-head">
        <input
          type="checkbox"
          id={checkId}
          checked={state === 'done'}
          aria-describedby={`why-${item.id}`}
          onChange={(event) => onState(item.id, event.currentTarget.checked ? 'done' : 'open')}
        />
        <label for={checkId} class="item-title">
          {title}
        </label>
        {state === 'na' && <span class="badge">{t('popup.item.naBadge')}</span>}
      </div>
      <p id={`why-${item.id}`} class="item-why">
        {t(item.why)}
      </p>
      {item.sites && (
        <p class="item-sites">
          <a href={siteListUrl} target="_blank" rel="noopener">
            {t('popup.item.sites')}
          </a>
          {sitesToRebind > 0 && (
            <span class="item-sites-left">
              {t('popup.item.sitesLeft', { count: sitesToRebind })}
            </span>
          )}
        </p>
      )}
      {note && <p class="item-note">{t('popup.item.notePreview', { note })}</p>}
      <details class="item-details">
        <summary>
          {t('popup.item.details')}
          <span class="visually-hidden">: {title}</span>
        </summary>
        {detailsShown && item.where && (
          <p>
            <span class="where-label">{t('popup.item.where')}</span>
            {t(item.where)}
          </p>
        )}
        {detailsShown && item.details && <p>{t(item.details)}</p>}
        {detailsShown && item.na && (
          <label class="na">
            <input
              type="checkbox"
              checked={state === 'na'}
              onChange={(event) => onState(item.id, event.currentTarget.checked ? 'na' : 'open')}
            />
            <span>{t('popup.item.na', { hint: t(item.na) })}</span>
          </label>
        )}
        <label for={`note-${item.id}`} class="note-label">
          {t('popup.item.note')}
        </label>
        <textarea
          id={`note-${item.id}`}
          rows={2}
          maxLength={LIMITS.checkNote}
          value={note}
          onInput={(event) => onNote(item.id, event.currentTarget.value)}
          // Spaces are kept while typing (the next word follows them) and trimmed on leaving.
          onBlur={(event) => {
            const trimmed = event.currentTarget.value.trim();
            if (trimmed !== note) onNote(item.id, trimmed);
          }}
        />
      </details>
    </li>
  );
}
