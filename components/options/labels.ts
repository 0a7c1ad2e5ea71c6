import { displayDomain, isAppId, siteFromInput } from '@/utils/domain';
import { type MessageKey, t } from '@/utils/i18n';
import type { SiteOrigin, SiteStatus } from '@/utils/model';
import type { QuotaKind } from '@/utils/store';

// Message keys spelled out (not built from strings), so a test can find every key in use.

export const STATUS_LABEL: Readonly<Record<SiteStatus, MessageKey>> = {
  rebind: 'status.rebind',
  rebound: 'status.rebound',
  abandon: 'status.abandon',
  'not-needed': 'status.not-needed',
};

export const STATUS_HINT: Readonly<Record<SiteStatus, MessageKey>> = {
  rebind: 'status.rebind.hint',
  rebound: 'status.rebound.hint',
  abandon: 'status.abandon.hint',
  'not-needed': 'status.not-needed.hint',
};

export const ORIGIN_LABEL: Readonly<Record<SiteOrigin, MessageKey>> = {
  manual: 'origin.manual',
  detected: 'origin.detected',
  imported: 'origin.imported',
};

export const QUOTA_REASON: Readonly<Record<QuotaKind, MessageKey>> = {
  'per-item': 'options.storage.why.per-item',
  bytes: 'options.storage.why.bytes',
  items: 'options.storage.why.items',
  rate: 'options.storage.why.rate',
  error: 'options.storage.why.error',
};

const hrefs = new Map<string, string | undefined>();

/** A link to a site, only for ids that are real web domains: stored data never picks a scheme. */
export function siteHref(id: string): string | undefined {
  // An id's answer never changes; the suffix list is asked once per id, not once per render.
  if (hrefs.has(id)) return hrefs.get(id);
  const parsed = isAppId(id) ? undefined : siteFromInput(id);
  const href = parsed?.ok && parsed.id === id ? `https://${id}/` : undefined;
  hrefs.set(id, href);
  return href;
}

/** The domain as people read it, or "mobile app". */
export function domainText(id: string): string {
  return displayDomain(id) ?? t('site.app');
}
