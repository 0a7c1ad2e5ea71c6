import { t } from '@/utils/i18n';

type NoticesProps = {
  /** Changes kept on this device because sync had no room for them. */
  localOnly: number;
  repairs: number;
  newerSchema: boolean;
  onAcknowledgeRepairs: () => void;
};

/**
 * Storage news, in a live region that is always in the page: a region added together with its
 * text is often not announced at all.
 */
export function Notices({ localOnly, repairs, newerSchema, onAcknowledgeRepairs }: NoticesProps) {
  return (
    <div class="notices" role="status" aria-live="polite">
      {newerSchema && <p class="notice warn">{t('popup.storage.newer')}</p>}
      {localOnly > 0 && <p class="notice warn">{t('storage.localOnly', { count: localOnly })}</p>}
      {repairs > 0 && (
        <p class="notice">
          {t('storage.repaired', { count: repairs })}{' '}
          <button type="button" class="link" onClick={onAcknowledgeRepairs}>
            {t('popup.storage.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
