import { type MessageKey, t } from '@/utils/i18n';
import type { SiteOrigin, SiteStatus } from '@/utils/model';
import { displayDomain, isAppId } from '@/utils/site-id';

// Message keys spelled out (not built from strings), so a test can find every key in use.

export const STATUS_LABEL: Readonly<Record<SiteStatus, MessageKey>> = {
  rebind: 'status.rebind',
  rebound: 'status.rebound',
  abandon: 'status.abandon',
  'not-needed': 'status.not-needed',
};

export const ORIGIN_LABEL: Readonly<Record<SiteOrigin, MessageKey>> = {
  manual: 'origin.manual',
  detected: 'origin.detected',
  imported: 'origin.imported',
};

/** A host name as ids hold them: ASCII (punycode) labels, or an IPv6 address in brackets. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/**
 * A link to a site, only for ids that are host names: stored data never picks a scheme or adds
 * a path. Stored ids are registrable domains already: not checked again (BENCHMARKS.md).
 */
export function siteHref(id: string): string | undefined {
  return !isAppId(id) && HOST.test(id) ? `https://${id}/` : undefined;
}

/** The domain as people read it, or "mobile app". */
export function domainText(id: string): string {
  return displayDomain(id) ?? t('site.app');
}
