import { t } from '@/utils/i18n';

/** What to do about each site, and what WeChat's own list does and does not do. */
export function Guidance() {
  return (
    <details class="guidance" open>
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
