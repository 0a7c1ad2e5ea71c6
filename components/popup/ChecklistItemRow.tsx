import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChecklistItem, Prerequisite } from '@/utils/checklist';
import { activeLocale, bcp47, t } from '@/utils/i18n';
import { type CheckEntry, type CheckState, LIMITS } from '@/utils/model';

type ChecklistItemRowProps = {
  item: ChecklistItem;
  entry: CheckEntry | undefined;
  /** The longer texts are loaded: until then the (closed) details hold only their summary. */
  detailsShown: boolean;
  siteListUrl: string;
  sitesToRebind: number;
  /** What the item names to do first and is not settled yet. */
  first: readonly Prerequisite[];
  onState: (itemId: string, state: CheckState) => void;
  onNote: (itemId: string, note: string) => void;
};

export function ChecklistItemRow({
  item,
  entry,
  detailsShown,
  siteListUrl,
  sitesToRebind,
  first,
  onState,
  onNote,
}: ChecklistItemRowProps) {
  const state = entry?.state ?? 'open';
  const note = entry?.note ?? '';
  const title = t(item.title);
  const checkId = `check-${item.id}`;
  const [confirming, setConfirming] = useState(false);
  // Once per item per popup, not stored: a stored "asked" would cost sync writes and would
  // silence the question on a later day, when skipping the order can cost just as much.
  const asked = useRef(false);
  const checkRef = useRef<HTMLInputElement>(null);
  const notYetRef = useRef<HTMLButtonElement>(null);
  const outOfOrder = state !== 'done' && state !== 'na' && first.length > 0;
  const askNow = confirming && outOfOrder;
  const firstNames = outOfOrder
    ? listOf(
        first.map(({ title, section }) =>
          section ? t('popup.item.section', { title: t(title) }) : t(title),
        ),
      )
    : '';

  useEffect(() => {
    if (askNow) notYetRef.current?.focus();
  }, [askNow]);

  const tick = (event: Event & { currentTarget: HTMLInputElement }) => {
    const checked = event.currentTarget.checked;
    if (checked && outOfOrder && !asked.current) {
      asked.current = true;
      // Stays unticked until the answer: the box shows what is stored.
      event.currentTarget.checked = false;
      setConfirming(true);
      return;
    }
    setConfirming(false);
    onState(item.id, checked ? 'done' : 'open');
  };
  const answer = (tickAnyway: boolean) => {
    setConfirming(false);
    if (tickAnyway) onState(item.id, 'done');
    checkRef.current?.focus();
  };

  return (
    <li class="item" data-state={state}>
      <div class="item-head">
        <input
          type="checkbox"
          id={checkId}
          checked={state === 'done'}
          ref={checkRef}
          aria-describedby={outOfOrder ? `why-${item.id} first-${item.id}` : `why-${item.id}`}
          onChange={tick}
        />
        <label for={checkId} class="item-title">
          {title}
        </label>
        {state === 'na' && <span class="badge">{t('popup.item.naBadge')}</span>}
      </div>
      <p id={`why-${item.id}`} class="item-why">
        {t(item.why)}
      </p>
      {outOfOrder && (
        <p id={`first-${item.id}`} class="item-first">
          {t('popup.item.first', { items: firstNames })}
        </p>
      )}
      {askNow && (
        <div
          class="notice warn item-confirm"
          role="alert"
          onKeyDown={(event) => event.key === 'Escape' && answer(false)}
        >
          <p>{t('popup.item.confirm', { items: firstNames })}</p>
          <div class="actions">
            <button type="button" onClick={() => answer(true)}>
              {t('popup.item.confirmYes')}
            </button>
            <button type="button" class="primary" ref={notYetRef} onClick={() => answer(false)}>
              {t('popup.item.confirmNo')}
            </button>
          </div>
        </div>
      )}
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
            {item.cite.where?.includes('varies') && (
              <span class="names-vary">{t('popup.item.namesVary')}</span>
            )}
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

/** "A, B and C"; in Chinese "A、B、C", as titles such as 手机应用和游戏 hold a 和 of their own. */
function listOf(names: readonly string[]): string {
  const locale = activeLocale();
  if (locale === 'zh_CN') return names.join('、');
  return new Intl.ListFormat(bcp47(locale), { type: 'conjunction' }).format(names);
}
