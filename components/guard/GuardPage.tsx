import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageProps } from '@/components/Page';
import { coolingOff, dayOf } from '@/utils/cooling-off';
import type { WechatLogin } from '@/utils/detect';
import {
  bounceOf,
  type ContinueReply,
  type GuardMessage,
  guardActive,
  interceptedLogin,
  rememberLeaving,
  stepsPastBounce,
  type TabHistory,
  type TabSession,
} from '@/utils/guard';
import { activeLocale, formatDay, type Locale, t } from '@/utils/i18n';
import { knownSiteByAppid } from '@/utils/known-sites';
import { displayDomain } from '@/utils/site-id';
import { useSnapshot } from '@/utils/use-store';
import { type GuardStatus, GuardView } from './GuardView';

export type GuardPageProps = PageProps & {
  /** The page's own address; the redirect put the intercepted URL after its `#`. */
  readonly href: string;
  readonly inFrame: boolean;
  /** Leaves for the login page (location.replace in the browser). */
  readonly navigate: (url: string) => void;
  /** Goes back `steps` entries (history.go in the browser); false when the history is shorter. */
  readonly goBack: (steps: number) => boolean;
  /**
   * Chromium: the tab's sessionStorage, whether this load is a reload, and the tab's history, to
   * step over the "blocked" entry a typed login leaves behind (BOUNCE_MS in utils/guard.ts).
   * Firefox leaves none: it redirects typed logins like any other.
   */
  readonly tab?: {
    readonly session: TabSession;
    readonly reloaded: boolean;
    readonly history: () => TabHistory;
  };
};

/** The guard page's container: reads the tracker, records the site, asks to continue. */
export function GuardPage({ store, href, inFrame, navigate, goBack, tab }: GuardPageProps) {
  const { state } = useSnapshot(store);
  const [status, setStatus] = useState<GuardStatus>('idle');
  const login = useMemo(() => interceptedLogin(href), [href]);
  const locale = activeLocale();

  useLayoutEffect(() => {
    document.title = t('guard.title');
  }, []);

  useLayoutEffect(() => {
    if (!tab || !login || inFrame) return;
    // Read (and forgotten) whatever brought this page here, so an old note never applies later.
    const left = bounceOf(tab.session, login.url, Date.now());
    const steps = !tab.reloaded && left ? stepsPastBounce(left, tab.history()) : undefined;
    if (steps === 0 || (steps !== undefined && !goBack(steps))) setStatus('no-back');
    // Left by "Go back", the browser's back button, or "continue anyway" alike.
    const leaving = () =>
      rememberLeaving(tab.session, {
        url: login.url,
        at: Date.now(),
        length: tab.history().length,
      });
    addEventListener('pagehide', leaving);
    return () => removeEventListener('pagehide', leaving);
  }, [tab, login, inFrame, goBack]);

  const today = dayOf();
  const appliedOn = state.tracker.appliedOn;
  const period =
    appliedOn && guardActive(state.tracker, today) ? coolingOff(appliedOn, today) : undefined;

  const onContinue = async () => {
    if (!login) return;
    setStatus('continuing');
    try {
      const ask: GuardMessage = { type: 'guard:continue', url: login.url };
      const reply = (await browser.runtime.sendMessage(ask)) as ContinueReply | undefined;
      // Only ever to the login this page intercepted, even if the reply named another URL, or
      // another WeChat login (one for a site the user never chose to log in to).
      if (reply?.ok && reply.url === login.url) {
        navigate(login.url);
        return;
      }
    } catch (error) {
      console.error('guard: continue failed', error);
    }
    setStatus('failed');
  };

  return (
    <GuardView
      site={login?.kind === 'site' ? siteLabel(login.login, locale) : undefined}
      own={login && login.kind !== 'site' ? login.kind : undefined}
      period={period}
      valid={login !== undefined}
      inFrame={inFrame}
      status={status}
      formatDate={(day) => formatDay(day)}
      onBack={() => {
        if (!goBack(1)) setStatus('no-back');
      }}
      onContinue={() => void onContinue()}
    />
  );
}

/** What startPage mounts: the real address, frame and navigation of this document. */
export function GuardApp({ store }: PageProps) {
  const tab = useMemo(() => (import.meta.env.BROWSER === 'firefox' ? undefined : thisTab()), []);
  return (
    <GuardPage
      store={store}
      href={location.href}
      inFrame={window.top !== window}
      navigate={(url) => location.replace(url)}
      goBack={goBack}
      tab={tab}
    />
  );
}

function goBack(steps: number): boolean {
  if (history.length <= steps) return false;
  history.go(-steps);
  return true;
}

/** This tab's sessionStorage and how this page was loaded; undefined where storage is refused. */
function thisTab(): GuardPageProps['tab'] {
  try {
    const [entry] = performance.getEntriesByType('navigation');
    // Not `navigate` only: Chromium reports the bounce itself as `back_forward` (measured).
    const reloaded = (entry as PerformanceNavigationTiming | undefined)?.type === 'reload';
    const tabHistory = () => ({
      length: history.length,
      // The Navigation API sees the guard page left behind after the bounce (same origin).
      forward: globalThis.navigation?.canGoForward === true,
    });
    return { session: sessionStorage, reloaded, history: tabHistory };
  } catch {
    return undefined;
  }
}

/**
 * The site as the page names it: the callback's host, with the catalogue's name when the appid
 * is known and belongs to that host. Hosts, not registrable domains: this page does without the
 * public suffix list, and the host is the more exact answer anyway.
 */
function siteLabel(login: WechatLogin, locale: Locale): string | undefined {
  const known = login.appid ? knownSiteByAppid(login.appid) : undefined;
  const host = login.redirectHost;
  if (!host) return known?.name[locale];
  const domain = displayDomain(host) ?? host;
  const belongs = known && (host === known.id || host.endsWith(`.${known.id}`));
  return belongs ? t('guard.siteDomain', { name: known.name[locale], domain }) : domain;
}

/**
 * Tells the background which login the guard stands in for, so it records the site like any
 * detection (it ignores it when detection is off or the site was dismissed): Firefox's
 * webRequest never reports a login iframe. Sent as the page starts, not from an effect: effects
 * wait for a frame to be painted, which a background tab may not do for a long time (measured in
 * Firefox ESR: seconds).
 */
export function announceIntercepted(href: string): void {
  const login = interceptedLogin(href);
  // WeChat's own logins are WeChat itself, never a site for the list.
  if (login?.kind !== 'site') return;
  const seen: GuardMessage = { type: 'guard:seen', url: login.url };
  browser.runtime.sendMessage(seen).catch(() => {});
}
