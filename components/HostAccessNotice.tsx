import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { WECHAT_LOGIN_ORIGINS, WECHAT_OWN_LOGIN_ORIGINS } from '@/utils/host-access';
import { addAreas, hasArea } from '@/utils/i18n';

const ACCESS = { origins: [...WECHAT_LOGIN_ORIGINS] };
const OWN_ACCESS = { origins: [...WECHAT_OWN_LOGIN_ORIGINS] };

export type Access = {
  /** undefined until the browser answers, or when it cannot. */
  readonly held: boolean | undefined;
  readonly denied: boolean;
  /** Asks the browser; call it inside the click, before any await (it needs the user gesture). */
  readonly request: () => void;
};

/**
 * Follows whether the extension holds host access to `origins`: asked when the page opens, again
 * when the browser reports a permission change, and when the user comes back to the tab (after
 * changing site access on the browser's extensions page, which not every browser reports).
 */
function useHostAccess(origins: { origins: string[] }): Access {
  const [held, setHeld] = useState<boolean>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    const check = () => {
      browser.permissions.contains(origins).then(
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
  }, [origins]);

  return {
    held,
    denied,
    request: () => {
      browser.permissions.request(origins).then(
        (granted) => {
          setHeld(granted);
          setDenied(!granted);
        },
        () => setDenied(true),
      );
    },
  };
}

/** Access to WeChat's own web logins (web WeChat, File Transfer, the MP platform): optional. */
export function useOwnLoginAccess(): Access {
  return useHostAccess(OWN_ACCESS);
}

export type HostAccessContainerProps = {
  /** Also offer the optional access to WeChat's own web logins while it is missing. */
  readonly ownLogins?: boolean;
};

type Notices = typeof import('./access-notices');
let notices: Notices | undefined;

/**
 * The notices, their messages and styles, loaded the first time one is to be shown. Each waits
 * for the browser's answer to a permission check anyway, so none is part of a first render.
 */
function useNotices(wanted: boolean): Notices | undefined {
  const [loaded, setLoaded] = useState(() => (hasArea('access') ? notices : undefined));
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    Promise.all([import('./access-notices'), addAreas(['access'])]).then(
      ([module]) => {
        notices = module;
        if (live) setLoaded(module);
      },
      // Only when the extension was updated underneath this page, which then has to be reopened.
      (error: unknown) => console.error('access notices: not loaded', error),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return wanted ? loaded : undefined;
}

/** The tracker's notice: which of WeChat's own logins the guard cannot stop yet, and a fix. */
export function OwnLoginNotice({ access }: { access: Access }) {
  const shown = useNotices(access.held === false);
  return shown ? (
    <shown.OwnLoginAccessNotice denied={access.denied} onAllow={access.request} />
  ) : null;
}

/**
 * The popup and the options page both show it: during the cooling-off period the guard depends
 * on access to WeChat's login pages.
 */
export function HostAccessContainer({ ownLogins = false }: HostAccessContainerProps) {
  const access = useHostAccess(ACCESS);
  const own = useOwnLoginAccess();
  const lost = access.held === false;
  const ownMissing = ownLogins && own.held === false;
  const shown = useNotices(lost || ownMissing);
  if (!shown) return null;
  return (
    <>
      {lost && <shown.LostAccessNotice denied={access.denied} onAllow={access.request} />}
      {ownMissing && <shown.OwnLoginAccessNotice denied={own.denied} onAllow={own.request} />}
    </>
  );
}
