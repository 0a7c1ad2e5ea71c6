import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Access, OwnLoginNotice, useOwnLoginAccess } from '@/components/HostAccessNotice';
import { applicationDayProblem, COOLING_OFF_DAYS, coolingOff } from '@/utils/cooling-off';
import { formatDay, t } from '@/utils/i18n';
import { ProgressBar } from './ProgressBar';

type TrackerProps = {
  appliedOn: string | undefined;
  today: string;
  sitesToRebind: number;
  siteListUrl: string;
  /** What still blocks the application, shown while there is none. */
  readiness: ComponentChildren;
  /** The day just cleared, offered back in case the click was a mistake. */
  cleared: string | undefined;
  onRecord: (day: string) => void;
  onClear: () => void;
  onRestore: () => void;
};

type Focus = 'status' | 'cleared' | 'day' | 'opener';

export function Tracker({
  appliedOn,
  today,
  sitesToRebind,
  siteListUrl,
  readiness,
  cleared,
  onRecord,
  onClear,
  onRestore,
}: TrackerProps) {
  const [formOpen, setFormOpen] = useState(false);
  const [day, setDay] = useState(today);
  const [problem, setProblem] = useState<ReturnType<typeof applicationDayProblem>>();
  const [warning, setWarning] = useState(false);
  // Each of these views replaces the one holding focus: move focus along, not to the body.
  const [focus, setFocus] = useState<Focus>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const clearedRef = useRef<HTMLParagraphElement>(null);
  const dayRef = useRef<HTMLInputElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const ownLogins = useOwnLoginAccess();

  useEffect(() => {
    if (!focus) return;
    const target = { status: statusRef, cleared: clearedRef, day: dayRef, opener: openerRef }[
      focus
    ];
    target.current?.focus();
    setFocus(undefined);
  }, [focus]);

  const openForm = () => {
    setDay(today);
    setProblem(undefined);
    setWarning(false);
    setFormOpen(true);
    setFocus('day');
  };
  const closeForm = () => {
    setFormOpen(false);
    setFocus(appliedOn ? 'status' : 'opener');
  };
  const record = () => {
    onRecord(day);
    // The guard is about to matter: ask for WeChat's own web logins in this same click (the
    // browser shows its prompt only during a user gesture).
    if (ownLogins.held === false) ownLogins.request();
    setFormOpen(false);
    setFocus('status');
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const found = applicationDayProblem(day, today);
    setProblem(found);
    if (found) {
      setFocus('day');
      return;
    }
    // Rebinding after applying needs a WeChat login, and that login withdraws the deletion.
    if (sitesToRebind > 0 && !warning) {
      setWarning(true);
      return;
    }
    record();
  };
  const clear = () => {
    onClear();
    setFocus('cleared');
  };
  const restore = () => {
    onRestore();
    setFocus('status');
  };

  return (
    <section class="card tracker" aria-labelledby="tracker-title">
      <h2 id="tracker-title" class="card-title">
        {t('popup.tracker.title')}
      </h2>
      {cleared && !appliedOn && (
        <p class="notice" tabIndex={-1} ref={clearedRef}>
          {t('popup.tracker.cleared', { date: formatDay(cleared) })}{' '}
          <button type="button" class="link" onClick={restore}>
            {t('popup.tracker.restore')}
          </button>
        </p>
      )}
      {appliedOn && !formOpen && (
        <Period
          appliedOn={appliedOn}
          today={today}
          sitesToRebind={sitesToRebind}
          siteListUrl={siteListUrl}
          statusRef={statusRef}
          ownLogins={ownLogins}
          onClear={clear}
          onAppliedAgain={openForm}
        />
      )}
      {!appliedOn && (
        <>
          <p class="tracker-status" tabIndex={-1} ref={statusRef}>
            {t('popup.tracker.notApplied')}
          </p>
          {readiness}
          <p class="where">{t('popup.tracker.whereToApply')}</p>
        </>
      )}
      {formOpen ? (
        <form class="apply-form" onSubmit={submit} noValidate>
          <label for="applied-on">{t('popup.tracker.dayLabel')}</label>
          <input
            id="applied-on"
            type="date"
            value={day}
            max={today}
            required
            ref={dayRef}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'applied-on-problem' : undefined}
            onInput={(event) => setDay(event.currentTarget.value)}
          />
          {problem && (
            <p id="applied-on-problem" class="field-error">
              {t(problem === 'future' ? 'popup.tracker.futureDay' : 'popup.tracker.invalidDay')}
            </p>
          )}
          {warning ? (
            <div class="notice warn" role="alert">
              <p>{t('popup.tracker.sitesWarning', { count: sitesToRebind })}</p>
              <div class="actions">
                <button type="submit" class="primary">
                  {t('popup.tracker.saveAnyway')}
                </button>
                <a href={siteListUrl} target="_blank" rel="noopener">
                  {t('popup.tracker.rebindFirst')}
                </a>
              </div>
            </div>
          ) : (
            <div class="actions">
              <button type="submit" class="primary">
                {t('popup.tracker.save')}
              </button>
              <button type="button" onClick={closeForm}>
                {t('popup.tracker.cancelForm')}
              </button>
            </div>
          )}
        </form>
      ) : (
        !appliedOn && (
          <div class="actions">
            <button type="button" class="primary" ref={openerRef} onClick={openForm}>
              {t('popup.tracker.iApplied')}
            </button>
          </div>
        )
      )}
    </section>
  );
}

type PeriodProps = {
  appliedOn: string;
  today: string;
  sitesToRebind: number;
  siteListUrl: string;
  statusRef: RefObject<HTMLParagraphElement | null>;
  ownLogins: Access;
  onClear: () => void;
  onAppliedAgain: () => void;
};

function Period({
  appliedOn,
  today,
  sitesToRebind,
  siteListUrl,
  statusRef,
  ownLogins,
  onClear,
  onAppliedAgain,
}: PeriodProps) {
  const period = coolingOff(appliedOn, today);
  const [calendarSaved, setCalendarSaved] = useState(false);
  const saveCalendar = async () => {
    // Made on the click: the popup's first render does not wait for the calendar code.
    const [{ coolingOffCalendar }, { downloadText }] = await Promise.all([
      import('@/utils/ics'),
      import('@/components/options/download'),
    ]);
    const ics = coolingOffCalendar(appliedOn, new Date(), {
      summary: t('calendar.summary'),
      description: t('calendar.description', {
        applied: formatDay(appliedOn),
        permanent: formatDay(period.permanentOn),
      }),
      alarmWeek: t('calendar.alarmWeek'),
      alarmDay: t('calendar.alarmDay'),
    });
    downloadText(`wechat-cooling-off-${appliedOn}.ics`, ics, 'text/calendar');
    setCalendarSaved(true);
  };
  const dates = (
    <p class="dates">
      <span>{t('popup.tracker.appliedOn', { date: formatDay(appliedOn) })}</span>
      <span>{t('popup.tracker.permanentOn', { date: formatDay(period.permanentOn) })}</span>
    </p>
  );

  if (period.phase === 'over') {
    return (
      <>
        <p class="tracker-status" tabIndex={-1} ref={statusRef}>
          {t('popup.tracker.over', { date: formatDay(period.permanentOn) })}
        </p>
        <div class="actions">
          <button type="button" onClick={onClear}>
            {t('popup.tracker.clearRecord')}
          </button>
        </div>
      </>
    );
  }

  const day = COOLING_OFF_DAYS - period.daysLeft + 1;
  return (
    <>
      <p class="tracker-status days-left" tabIndex={-1} ref={statusRef}>
        {period.phase === 'running'
          ? t('popup.tracker.daysLeft', { count: period.daysLeft })
          : t('popup.tracker.endsToday')}
      </p>
      {period.phase === 'running' && (
        <ProgressBar
          label={t('popup.tracker.title')}
          value={day}
          max={COOLING_OFF_DAYS}
          text={t('popup.tracker.dayOf', { day, total: COOLING_OFF_DAYS })}
        />
      )}
      {dates}
      {period.phase === 'running' && <p class="notice danger">{t('popup.tracker.warning')}</p>}
      <OwnLoginNotice access={ownLogins} />
      {sitesToRebind > 0 && (
        <p class="notice warn">
          {t('popup.tracker.sitesLeft', { count: sitesToRebind })}{' '}
          <a href={siteListUrl} target="_blank" rel="noopener">
            {t('popup.site.openList')}
          </a>
        </p>
      )}
      <div class="actions">
        {period.phase === 'running' && (
          <button type="button" onClick={() => void saveCalendar()}>
            {t('popup.tracker.calendar')}
          </button>
        )}
        <button type="button" onClick={onClear}>
          {t('popup.tracker.cancelled')}
        </button>
        <button type="button" onClick={onAppliedAgain}>
          {t('popup.tracker.appliedAgain')}
        </button>
      </div>
      {calendarSaved && <p role="status">{t('popup.tracker.calendarSaved')}</p>}
    </>
  );
}
