import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/**
 * What to do about each site, and what WeChat's own list does and does not do. Open for someone
 * starting out; folded once they have a list, so that the list is what #sites lands on.
 */
export function Guidance({ initiallyOpen }: { initiallyOpen: boolean }) {
  // Only the first render decides: later changes to the list never fold it under the reader.
  const [open] = useState(initiallyOpen);
  return (
    <details class="guidance" open={open}>
      <summary>{t('options.guide.title')}</summary>
      <h3>{t('options.guide.rebind.title')}</h3>
      <p>{t('options.guide.rebind')}</p>
      <h3>{t('options.guide.wechat.title')}</h3>
      <p>{t('options.guide.wechat')}</p>
      <ul class="menu-paths">
        <li>{t('options.guide.wechat.newer')}</li>
        <li>{t('options.guide.wechat.older')}</li>
      </ul>
      <h3>{t('options.guide.revoke.title')}</h3>
      <p>{t('options.guide.revoke')}</p>
    </details>
  );
}
