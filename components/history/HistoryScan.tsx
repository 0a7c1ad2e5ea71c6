import './history.css';
import type { Proposal } from '@/utils/history-scan';
import { type MessageKey, t } from '@/utils/i18n';
import { displayDomain } from '@/utils/site-id';

export type ScanPhase = 'idle' | 'scanning' | 'denied' | 'failed' | 'done';

export type HistoryScanProps = {
  readonly phase: ScanPhase;
  /** Why the scan failed, as the browser said it. */
  readonly error?: string;
  readonly offered: readonly Proposal[];
  /** Found sites that are on the list already (not offered again). */
  readonly listed: number;
  readonly selected: ReadonlySet<string>;
  /** How many sites the last "add" put on the list. */
  readonly added?: number;
  /** The browser's own warning for the history permission, shown before the button. */
  readonly warning: string;
  readonly formatDate: (ms: number) => string;
  readonly onScan: () => void;
  readonly onToggle: (id: string, on: boolean) => void;
  readonly onAdd: () => void;
};

/** "Scan my browsing history": the button, then what was found, each site to tick. */
export function HistoryScan(props: HistoryScanProps) {
  const { phase, offered, selected } = props;
  const chosen = offered.filter((site) => selected.has(site.id)).length;
  // Sites merely visited are listed apart: only the user knows whether they used WeChat there.
  const logins = offered.filter((site) => site.evidence !== 'visited');
  const visited = offered.filter((site) => site.evidence === 'visited');
  return (
    <section id="history" class="history-scan" aria-labelledby="history-scan-title">
      <h2 id="history-scan-title">{t('history.title')}</h2>
      <p>{t('history.intro')}</p>
      <p id="history-warning" class="hint">
        {props.warning}
      </p>
      <button
        type="button"
        disabled={phase === 'scanning'}
        aria-describedby="history-warning"
        onClick={props.onScan}
      >
        {phase === 'scanning' ? t('history.scanning') : t('history.scan')}
      </button>
      <div aria-live="polite">
        {phase === 'denied' && <p>{t('history.denied')}</p>}
        {phase === 'failed' && (
          <p role="alert">{t('history.failed', { reason: props.error ?? '' })}</p>
        )}
        {phase === 'done' && offered.length === 0 && props.added === undefined && (
          <p>{t('history.none')}</p>
        )}
        {props.added !== undefined && (
          <p role="status">{t('history.added', { count: props.added })}</p>
        )}
        {phase === 'done' && offered.length > 0 && (
          <>
            {logins.length > 0 && (
              <FoundGroup
                id="history-logins"
                title={t('history.found', { count: logins.length })}
                sites={logins}
                {...props}
              />
            )}
            {visited.length > 0 && (
              <FoundGroup
                id="history-visited"
                title={t('history.visited', { count: visited.length })}
                sites={visited}
                {...props}
              />
            )}
            <button type="button" class="primary" disabled={chosen === 0} onClick={props.onAdd}>
              {t('history.add', { count: chosen })}
            </button>
          </>
        )}
        {phase === 'done' && props.listed > 0 && (
          <p>{t('history.listed', { count: props.listed })}</p>
        )}
      </div>
    </section>
  );
}

function FoundGroup(
  props: HistoryScanProps & { id: string; title: string; sites: readonly Proposal[] },
) {
  return (
    <fieldset class="history-group" id={props.id}>
      <legend>{props.title}</legend>
      <ul class="history-found">
        {props.sites.map((site) => (
          <FoundSite
            key={site.id}
            site={site}
            checked={props.selected.has(site.id)}
            formatDate={props.formatDate}
            onToggle={props.onToggle}
          />
        ))}
      </ul>
    </fieldset>
  );
}

const EVIDENCE = {
  login: 'history.evidence.login',
  callback: 'history.evidence.callback',
  visited: 'history.evidence.visited',
} as const satisfies Record<Proposal['evidence'], MessageKey>;

function FoundSite(props: {
  site: Proposal;
  checked: boolean;
  formatDate: (ms: number) => string;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { site } = props;
  const domain = displayDomain(site.id) ?? site.id;
  const details = [
    t(EVIDENCE[site.evidence]),
    site.lastVisit > 0 ? t('history.lastVisit', { date: props.formatDate(site.lastVisit) }) : '',
    site.dismissed ? t('history.dismissed') : '',
  ].filter(Boolean);
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(event) => props.onToggle(site.id, event.currentTarget.checked)}
        />{' '}
        <span class="history-name">{site.name}</span>
        {site.name !== domain && <span class="history-domain"> {domain}</span>}
        <span class="history-details"> · {details.join(' · ')}</span>
      </label>
    </li>
  );
}
