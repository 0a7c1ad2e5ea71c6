import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { LIMITS, SITE_STATUSES, type Site, type SiteStatus } from '@/utils/model';
import { isLookalikeDomain } from '@/utils/site-id';
import type { CurrentSite, PageReason } from './current-site';

type SiteCardProps = {
  current: CurrentSite;
  /** The site's entry in the list, when it has one. */
  entry: Site | undefined;
  /** Set for sites with public evidence of WeChat login: their name in the active language. */
  knownName: string | undefined;
  /** The catalogue's page at the site for adding a phone number or e-mail, when it has one. */
  settingsUrl?: string;
  siteListUrl: string;
  onFlag: (note: string) => void;
  onStatus: (status: SiteStatus) => void;
  onConfirm: () => void;
  onDismiss: () => void;
};

const REASONS: Record<PageReason, `popup.site.reason.${PageReason}`> = {
  browser: 'popup.site.reason.browser',
  extension: 'popup.site.reason.extension',
  file: 'popup.site.reason.file',
  unknown: 'popup.site.reason.unknown',
  'no-domain': 'popup.site.reason.no-domain',
  wechat: 'popup.site.reason.wechat',
};

type Message = 'flagged' | 'dismissed';
type Focus = 'status' | 'title';

export function SiteCard({
  current,
  entry,
  knownName,
  settingsUrl,
  siteListUrl,
  onFlag,
  onStatus,
  onConfirm,
  onDismiss,
}: SiteCardProps) {
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<Message>();
  // Flagging, confirming and dismissing each remove the button that was pressed.
  const [focus, setFocus] = useState<Focus>();
  const statusRef = useRef<HTMLFieldSetElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focus === 'status') {
      statusRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
    } else if (focus === 'title') {
      titleRef.current?.focus();
    }
    if (focus) setFocus(undefined);
  }, [focus]);

  const flag = (event: Event) => {
    event.preventDefault();
    onFlag(note.trim());
    setNote('');
    setMessage('flagged');
    setFocus('status');
  };

  const disabled = current.kind !== 'site';
  return (
    <section
      class={disabled ? 'card site-card disabled' : 'card site-card'}
      aria-labelledby="site-title"
      aria-busy={current.kind === 'loading'}
    >
      <h2 id="site-title" class="card-title" tabIndex={-1} ref={titleRef}>
        {t('popup.site.title')}
      </h2>
      {current.kind === 'loading' && <p class="muted">{t('popup.site.loading')}</p>}
      {current.kind === 'page' && (
        <>
          <p id="site-reason" class="muted">
            {t(REASONS[current.reason])}
          </p>
          <button type="button" disabled aria-describedby="site-reason">
            {t('popup.site.flag')}
          </button>
        </>
      )}
      {current.kind === 'site' && (
        <>
          <p class="site-name">
            <strong>
              <bdi>{entry?.name ?? knownName ?? current.domain}</bdi>
            </strong>
            {(entry?.name ?? knownName ?? current.domain) !== current.domain && (
              <span class="domain">{current.domain}</span>
            )}
          </p>
          {isLookalikeDomain(current.id) && (
            <p class="lookalike" role="note">
              {t('site.lookalike')}
            </p>
          )}
          {knownName && <p class="known">{t('popup.site.known')}</p>}
          {entry?.pending ? (
            <>
              <p>{t('popup.site.pending')}</p>
              <div class="actions">
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    onConfirm();
                    setMessage('flagged');
                    setFocus('status');
                  }}
                >
                  {t('popup.site.confirm')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    onDismiss();
                    setMessage('dismissed');
                    setFocus('title');
                  }}
                >
                  {t('popup.site.dismiss')}
                </button>
              </div>
            </>
          ) : entry ? (
            <>
              <fieldset class="statuses" ref={statusRef}>
                <legend>{t('popup.site.statusLegend')}</legend>
                {SITE_STATUSES.map((status) => (
                  <label key={status} class="chip">
                    <input
                      type="radio"
                      name="site-status"
                      value={status}
                      checked={entry.status === status}
                      onChange={() => {
                        onStatus(status);
                        setMessage(undefined);
                      }}
                    />
                    <span>{t(`status.${status}` as const)}</span>
                  </label>
                ))}
              </fieldset>
              <p class="hint">{t(`status.${entry.status}.hint` as const)}</p>
              {settingsUrl && (
                <p>
                  <a href={settingsUrl} target="_blank" rel="noopener noreferrer">
                    {t('popup.site.settings')}
                  </a>
                </p>
              )}
              <p>
                <a href={siteListUrl} target="_blank" rel="noopener">
                  {t('popup.site.openList')}
                </a>
              </p>
            </>
          ) : (
            <form class="flag-form" onSubmit={flag}>
              <p>{t('popup.site.notListed')}</p>
              <label for="site-note">{t('popup.site.noteLabel')}</label>
              <input
                id="site-note"
                type="text"
                maxLength={LIMITS.note}
                value={note}
                onInput={(event) => setNote(event.currentTarget.value)}
              />
              <div class="actions">
                <button type="submit" class="primary">
                  {t('popup.site.flag')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
      <p class="site-message" role="status">
        {message && t(message === 'flagged' ? 'popup.site.flagged' : 'popup.site.dismissed')}
      </p>
    </section>
  );
}
