import './access-notices.css';
import { t } from '@/utils/i18n';

export type AccessNoticeProps = {
  readonly denied: boolean;
  readonly onAllow: () => void;
};

/** Shown only while access to WeChat's login pages is taken away: what stops working, and a fix. */
export function LostAccessNotice({ denied, onAllow }: AccessNoticeProps) {
  return (
    <div class="notice warn host-access">
      <p>{t('access.missing')}</p>
      <button type="button" onClick={onAllow}>
        {t('access.allow')}
      </button>
      {denied && <p role="status">{t('access.denied')}</p>}
    </div>
  );
}

/** Until the optional access is granted: which logins the guard cannot stop, and a fix. */
export function OwnLoginAccessNotice({ denied, onAllow }: AccessNoticeProps) {
  return (
    <div class="notice warn own-login-access">
      <p>{t('access.own.missing')}</p>
      <button type="button" onClick={onAllow}>
        {t('access.own.allow')}
      </button>
      {denied && <p role="status">{t('access.own.denied')}</p>}
    </div>
  );
}
