import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dayOf } from '@/utils/cooling-off';
import { addFound, type Proposal, proposals, scanHistory } from '@/utils/history-scan';
import { activeLocale, formatDay, t } from '@/utils/i18n';
import type { Store } from '@/utils/store';
import { FrameDetection } from './FrameDetection';
import { HistoryScan, type ScanPhase } from './HistoryScan';

/** Enough for years of browsing; the scan itself takes milliseconds (tests/unit/history-scan). */
const HISTORY_LIMIT = 50_000;
const HISTORY = { permissions: ['history'] } as const;
const FRAMES = { permissions: ['webNavigation'] } as const;
/** Not import.meta.env.FIREFOX: under vitest that is the string "false", which is truthy. */
export const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

export type HistoryScanPanelProps = {
  readonly store: Store;
  /** Offer the embedded-login switch; only Firefox needs it. */
  readonly frames?: boolean;
  /** Whose permission prompt to describe. */
  readonly firefox?: boolean;
};

/**
 * Finding more WeChat logins, on request: the history scan, and in Firefox the switch for
 * embedded QR codes. Mount with `<HistoryScanPanel store={store} />`.
 */
export function HistoryScanPanel({
  store,
  frames = IS_FIREFOX,
  firefox = IS_FIREFOX,
}: HistoryScanPanelProps) {
  return (
    <>
      <HistoryScanContainer store={store} firefox={firefox} />
      {frames && <FrameDetectionContainer />}
    </>
  );
}

function HistoryScanContainer({ store, firefox }: { store: Store; firefox: boolean }) {
  const [phase, setPhase] = useState<ScanPhase>('idle');
  const [error, setError] = useState<string>();
  const [offered, setOffered] = useState<readonly Proposal[]>([]);
  const [listed, setListed] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [added, setAdded] = useState<number>();

  const scan = async () => {
    // The browser shows its permission prompt only during the click: ask before anything else.
    let granted = false;
    try {
      granted = await browser.permissions.request({ permissions: [...HISTORY.permissions] });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPhase('failed');
      return;
    }
    if (!granted) {
      setPhase('denied');
      return;
    }
    setPhase('scanning');
    setAdded(undefined);
    try {
      const items = await browser.history.search({
        text: '',
        startTime: 0,
        maxResults: HISTORY_LIMIT,
      });
      const found = proposals(scanHistory(items), store.snapshot.state, activeLocale());
      setOffered(found.offered);
      setListed(found.listed);
      // Login pages name the site for sure; callbacks and dismissed sites wait for a tick.
      setSelected(
        new Set(
          found.offered
            .filter((site) => site.evidence === 'login' && !site.dismissed)
            .map((site) => site.id),
        ),
      );
      setPhase('done');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setPhase('failed');
    } finally {
      // Held only for the scan: nothing reads history afterwards.
      await browser.permissions
        .remove({ permissions: [...HISTORY.permissions] })
        .catch(() => false);
    }
  };

  const add = () => {
    const chosen = offered.filter((site) => selected.has(site.id));
    if (chosen.length === 0) return;
    store.write(addFound(store.snapshot.state, chosen));
    setOffered(offered.filter((site) => !selected.has(site.id)));
    setSelected(new Set());
    setAdded(chosen.length);
  };

  return (
    <HistoryScan
      phase={phase}
      error={error}
      offered={offered}
      listed={listed}
      selected={selected}
      added={added}
      warning={t(firefox ? 'history.warning.firefox' : 'history.warning.chrome')}
      formatDate={(ms) => formatDay(dayOf(new Date(ms)), 'short')}
      onScan={() => void scan()}
      onToggle={(id, on) => {
        const next = new Set(selected);
        if (on) next.add(id);
        else next.delete(id);
        setSelected(next);
      }}
      onAdd={add}
    />
  );
}

function FrameDetectionContainer() {
  const [granted, setGranted] = useState<boolean>();
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    let live = true;
    browser.permissions
      .contains({ permissions: [...FRAMES.permissions] })
      .then((held) => live && setGranted(held))
      .catch(() => live && setGranted(false));
    return () => {
      live = false;
    };
  }, []);

  return (
    <FrameDetection
      granted={granted}
      denied={denied}
      onEnable={() => {
        // Asked during the click, before anything else is awaited.
        void browser.permissions
          .request({ permissions: [...FRAMES.permissions] })
          .then((ok) => {
            setGranted(ok);
            setDenied(!ok);
          })
          .catch(() => setDenied(true));
      }}
      onDisable={() => {
        void browser.permissions
          .remove({ permissions: [...FRAMES.permissions] })
          .then((removed) => removed && setGranted(false));
      }}
    />
  );
}
