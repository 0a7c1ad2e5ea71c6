import type { ChecklistItem } from '@/utils/checklist';
import { t } from '@/utils/i18n';

type ReadinessProps = {
  /** WeChat's own conditions not yet ticked. */
  open: readonly ChecklistItem[];
  sitesToRebind: number;
  sitesToConfirm: number;
  siteListUrl: string;
  onGoTo: (itemId: string) => void;
};

/** What still stands between the user and a successful application. */
export function Readiness({
  open,
  sitesToRebind,
  sitesToConfirm,
  siteListUrl,
  onGoTo,
}: ReadinessProps) {
  if (open.length === 0 && sitesToRebind === 0) {
    return (
      <p class="ready-none">
        {t('popup.ready.none')}
        {sitesToConfirm > 0 && (
          <>
            {' '}
            <a href={siteListUrl} target="_blank" rel="noopener">
              {t('popup.ready.pending', { count: sitesToConfirm })}
            </a>
          </>
        )}
      </p>
    );
  }
  return (
    <div class="ready">
      <h3 class="ready-title">{t('popup.ready.title')}</h3>
      <ul class="ready-list">
        {open.map((item) => (
          <li key={item.id}>
            <button type="button" class="link" onClick={() => onGoTo(item.id)}>
              {t(item.title)}
            </button>
          </li>
        ))}
        {sitesToRebind > 0 && (
          <li>
            <a href={siteListUrl} target="_blank" rel="noopener">
              {t('popup.ready.sites', { count: sitesToRebind })}
            </a>
          </li>
        )}
        {sitesToConfirm > 0 && (
          <li>
            <a href={siteListUrl} target="_blank" rel="noopener">
              {t('popup.ready.pending', { count: sitesToConfirm })}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
