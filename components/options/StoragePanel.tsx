import { formatNumber, type MessageKey, t } from '@/utils/i18n';
import type { QuotaKind } from '@/utils/model';
import { SYNC_QUOTA, type Usage } from '@/utils/store';

const QUOTA_REASON: Readonly<Record<QuotaKind, MessageKey>> = {
  'per-item': 'options.storage.why.per-item',
  bytes: 'options.storage.why.bytes',
  items: 'options.storage.why.items',
  rate: 'options.storage.why.rate',
  error: 'options.storage.why.error',
};

export type LocalOnlyEntry = {
  readonly key: string;
  readonly label: string;
  readonly why: QuotaKind;
};

const kb = (bytes: number) => formatNumber(Math.round((bytes / 1024) * 10) / 10);

/** One of sync's two limits (bytes, items) as a meter: amber from 70 %, red from 90 %. */
function UsageMeter(props: {
  id: string;
  label: string;
  used: number;
  total: number;
  text: string;
}) {
  return (
    <>
      <dt id={`${props.id}-label`}>{props.label}</dt>
      <dd>
        <meter
          aria-labelledby={`${props.id}-label`}
          min={0}
          max={props.total}
          low={props.total * 0.7}
          high={props.total * 0.9}
          optimum={0}
          value={props.used}
        />
        <span>{props.text}</span>
      </dd>
    </>
  );
}

/**
 * How full browser sync is, which changes it had no room for (kept on this device until there
 * is), and a way to try again.
 */
export function StoragePanel({
  usage,
  localOnly,
  repairs,
  newerSchema,
  retrying,
  onRetry,
  onAcknowledgeRepairs,
}: {
  usage: Usage;
  localOnly: readonly LocalOnlyEntry[];
  repairs: number;
  newerSchema: boolean;
  retrying: boolean;
  onRetry: () => void;
  onAcknowledgeRepairs: () => void;
}) {
  const bytesShare = Math.round((usage.bytes / SYNC_QUOTA.bytes) * 100);
  return (
    <div class="storage">
      <p class="hint">{t('options.storage.where')}</p>
      <dl class="usage">
        <UsageMeter
          id="usage-bytes"
          label={t('options.storage.bytes')}
          used={usage.bytes}
          total={SYNC_QUOTA.bytes}
          text={t('options.storage.bytes.value', {
            used: kb(usage.bytes),
            total: kb(SYNC_QUOTA.bytes),
            share: bytesShare,
          })}
        />
        <UsageMeter
          id="usage-items"
          label={t('options.storage.items')}
          used={usage.items}
          total={SYNC_QUOTA.items}
          text={t('options.storage.items.value', { count: usage.items, total: SYNC_QUOTA.items })}
        />
      </dl>

      {newerSchema && <p class="notice warn">{t('options.storage.newer')}</p>}

      {repairs > 0 && (
        <div class="notice warn">
          <p>{t('storage.repaired', { count: repairs })}</p>
          <button type="button" onClick={onAcknowledgeRepairs}>
            {t('options.storage.repaired.ok')}
          </button>
        </div>
      )}

      {localOnly.length === 0 ? (
        <p>{t('options.storage.allSynced')}</p>
      ) : (
        <div class="local-only notice warn">
          <p>{t('storage.localOnly', { count: localOnly.length })}</p>
          <ul>
            {localOnly.map((entry) => (
              <li key={entry.key}>
                <strong>{entry.label}</strong>
                {t('options.storage.why.separator')}
                {t(QUOTA_REASON[entry.why])}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onRetry} disabled={retrying}>
            {retrying ? t('options.storage.retrying') : t('options.storage.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
