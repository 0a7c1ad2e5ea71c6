import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OwnLoginKind } from '@/utils/detect';
import { t } from '@/utils/i18n';

export type GuardStatus = 'idle' | 'continuing' | 'failed' | 'no-back';

export type GuardViewProps = {
  /** The site that wants the login, as shown; undefined when nothing names it. */
  readonly site: string | undefined;
  /** Set when the login stopped is one of WeChat's own (web WeChat, File Transfer, MP). */
  readonly own?: OwnLoginKind;
  /** The running period; undefined when there is none (the guard is out of date). */
  readonly period: { readonly daysLeft: number; readonly permanentOn: string } | undefined;
  /** The page's address held a WeChat login URL to continue to. */
  readonly valid: boolean;
  /** Shown inside a site's page, where wxLogin.js put the QR code: a small box. */
  readonly inFrame: boolean;
  readonly status: GuardStatus;
  readonly formatDate: (day: string) => string;
  readonly onBack: () => void;
  readonly onContinue: () => void;
};

/** What the user sees instead of WeChat's login page. Going back is the default. */
export function GuardView(props: GuardViewProps) {
  const { site, own, period, valid, inFrame, status } = props;
  const name = site ?? t('guard.unknownSite');
  const busy = status === 'continuing';
  const primary = useRef<HTMLButtonElement>(null);
  // `autofocus` is not honoured for content rendered after load in Chromium (measured): the
  // default button gets the focus by hand, so Enter means "go back". Not inside a site's page:
  // an embedded frame must not take the focus from the form the user is typing in.
  const mode = !valid ? 'invalid' : period ? 'guard' : 'inactive';
  useLayoutEffect(() => {
    if (!inFrame) primary.current?.focus();
  }, [mode, inFrame]);

  const back = (
    <button type="button" class="primary" autofocus={!inFrame} ref={primary} onClick={props.onBack}>
      {t('guard.back')}
    </button>
  );

  let body: ComponentChildren;
  if (!valid) {
    body = (
      <>
        <h1>{t('guard.title')}</h1>
        <p>{t('guard.invalid')}</p>
        <div class="guard-actions">{back}</div>
      </>
    );
  } else if (!period) {
    body = (
      <>
        <h1>{t('guard.title')}</h1>
        <p>{t('guard.inactive')}</p>
        <div class="guard-actions">
          <button
            type="button"
            class="primary"
            ref={primary}
            disabled={busy}
            onClick={props.onContinue}
          >
            {t('guard.inactiveContinue')}
          </button>
        </div>
      </>
    );
  } else {
    const date = props.formatDate(period.permanentOn);
    const count = period.daysLeft;
    let text: string;
    if (own) {
      const login = t(`guard.own.${own}`);
      text =
        count === 0
          ? t('guard.own.body.lastDay', { login })
          : t('guard.own.body', { login, count, date });
    } else {
      text =
        count === 0
          ? t('guard.body.lastDay', { site: name })
          : t('guard.body', { site: name, count, date });
    }
    body = (
      <>
        <h1>{t('guard.heading')}</h1>
        <p>{text}</p>
        <p class="guard-advice">{t(own ? `guard.own.${own}.advice` : 'guard.advice')}</p>
        <div class="guard-actions">
          {back}
          <button
            type="button"
            disabled={busy}
            aria-describedby="guard-continue-hint"
            onClick={props.onContinue}
          >
            {t('guard.continue')}
          </button>
        </div>
        <p id="guard-continue-hint" class="guard-hint">
          {t('guard.continueHint')}
        </p>
      </>
    );
  }

  return (
    <main class={inFrame ? 'guard guard-frame' : 'guard'}>
      {body}
      {status === 'failed' && <p role="alert">{t('guard.failed')}</p>}
      {status === 'no-back' && <p role="status">{t('guard.noBack')}</p>}
    </main>
  );
}
