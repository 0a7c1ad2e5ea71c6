import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WECHAT_LOGIN_ORIGINS } from '@/utils/host-access';
import { t } from '@/utils/i18n';

const ACCESS = { origins: [...WECHAT_LOGIN_ORIGINS] };

type HostAccessNoticeProps = {
  readonly denied: boolean;
  readonly onAllow: () => void;
};

/** Shown only while access to WeChat's login pages is taken away: what stops working, and a fix. */
function HostAccessNotice({ denied, onAllow }: HostAccessNoticeProps) {
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

/**
 * Follows whether the extension may still reach WeChat's login pages (the popup and the options
 * page both show it: during the cooling-off period the guard depends on it): asked when the page opens,
 * again when the browser reports a permission change, and when the user comes back to the tab
 * (after changing site access on the browser's extensions page, which not every browser reports).
 */
export function HostAccessContainer() {
  const [held, setHeld] = useState<boolean>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    const check = () => {
      browser.permissions.contains(ACCESS).then(
        (answer) => live && setHeld(answer),
        // A browser that cannot answer is not told it lost something it may still have.
        () => live && setHeld(undefined),
      );
    };
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    window.addEventListener('focus', check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
      window.removeEventListener('focus', check);
    };
  }, []);

  if (held !== false) return null;
  return (
    <HostAccessNotice
      denied={denied}
      onAllow={() => {
        // Asked during the click: the browser shows its prompt only for a user gesture.
        browser.permissions.request(ACCESS).then(
          (granted) => {
            setHeld(granted);
            setDenied(!granted);
          },
          () => setDenied(true),
        );
      }}
    />
  );
}
