import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HostAccessContainer } from '@/components/HostAccessNotice';
import { type PageProps, useArea } from '@/components/Page';
import { useReadyMark } from '@/components/ready';
import {
  CHECKLIST,
  isSettled,
  openPreconditions,
  overallProgress,
  sectionOf,
} from '@/utils/checklist';
import { dayOf } from '@/utils/cooling-off';
import { type Area, activeLocale, t } from '@/utils/i18n';
import { type CheckState, patches, type SiteStatus } from '@/utils/model';
import { addSite, confirmSite, countNeedingRebind, dismissSite, updateSite } from '@/utils/sites';
import { useSnapshot } from '@/utils/use-store';
import { ChecklistSectionView } from './ChecklistSectionView';
import { useCurrentSite, useKnownSite } from './current-site';
import { Notices } from './Notices';
import { ProgressBar } from './ProgressBar';
import { Readiness } from './Readiness';
import { SiteCard } from './SiteCard';
import { Tracker } from './Tracker';

/**
 * The messages the popup's first render shows; the checklist's longer texts (inside each
 * item's "details", closed at first) follow it.
 */
export const POPUP_AREAS: readonly Area[] = ['common', 'checklist', 'popup'];

/**
 * The popup's one container: it alone reads the snapshot and writes patches. Everything below
 * it gets values and callbacks.
 */
export function PopupApp({ store }: PageProps) {
  const snapshot = useSnapshot(store);
  const { state } = snapshot;
  const current = useCurrentSite(state.sites);
  // The checklist comes with the first render; the card is the last part to arrive.
  useReadyMark('wep:popup-ready', current.kind !== 'loading');
  const detailsShown = useArea('checklist-details');
  const today = dayOf();
  const siteListUrl = browser.runtime.getURL('/options.html#sites');

  // The first section with something left to do starts open; the user decides after that.
  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(() => {
    const first = CHECKLIST.find((section) =>
      section.items.some((item) => !isSettled(state.checklist[item.id])),
    );
    return new Set(first ? [first.id] : []);
  });
  // A closed section shows its title and count only: its items follow the first paint (as the
  // items' longer texts do), which leaves a fifth of the checklist's DOM to the first render.
  const [allItems, setAllItems] = useState(false);
  useEffect(() => setAllItems(true), []);
  const [cleared, setCleared] = useState<string>();
  const [goTo, setGoTo] = useState<string>();

  useEffect(() => {
    if (!goTo) return;
    const checkbox = document.getElementById(`check-${goTo}`);
    checkbox?.scrollIntoView({ block: 'center' });
    checkbox?.focus();
    setGoTo(undefined);
  }, [goTo]);

  const toggleSection = (sectionId: string, open: boolean) =>
    setOpenSections((sections) => {
      if (sections.has(sectionId) === open) return sections;
      const next = new Set(sections);
      if (open) next.add(sectionId);
      else next.delete(sectionId);
      return next;
    });

  const setCheckState = (itemId: string, checkState: CheckState) => {
    const note = state.checklist[itemId]?.note;
    store.write(patches.check(itemId, { state: checkState, note, at: Date.now() }));
  };
  const setCheckNote = (itemId: string, note: string) => {
    const checkState = state.checklist[itemId]?.state ?? 'open';
    store.write(
      patches.check(itemId, { state: checkState, note: note || undefined, at: Date.now() }),
    );
  };

  const record = (day: string) => {
    setCleared(undefined);
    store.write(patches.tracker({ appliedOn: day, at: Date.now() }));
  };
  const clear = () => {
    setCleared(state.tracker.appliedOn);
    store.write(patches.tracker({ at: Date.now() }));
  };

  const siteId = current.kind === 'site' ? current.id : undefined;
  const known = useKnownSite(current);
  const flag = (note: string) => {
    if (current.kind !== 'site') return;
    const name = known?.name[activeLocale()] ?? current.domain;
    store.write(addSite(state, { id: current.id, name, via: 'manual', note }));
  };
  const setSiteStatus = (status: SiteStatus) => {
    if (siteId) store.write(updateSite(state, siteId, { status }));
  };

  const progress = overallProgress(state.checklist);
  const sitesToRebind = countNeedingRebind(state);
  const sitesToConfirm = Object.values(state.sites).filter((site) => site.pending).length;

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
        <p class="progress-text" aria-hidden="true">
          {t('popup.progress.text', progress)}
        </p>
        <ProgressBar
          label={t('popup.progress.label')}
          value={progress.settled}
          max={progress.total}
          text={t('popup.progress.text', progress)}
        />
      </header>
      <HostAccessContainer />
      <Notices
        localOnly={Object.keys(snapshot.localOnly).length}
        repairs={snapshot.repairs.length}
        newerSchema={snapshot.newerSchema}
        onAcknowledgeRepairs={() => store.acknowledgeRepairs()}
      />
      <Tracker
        appliedOn={state.tracker.appliedOn}
        today={today}
        sitesToRebind={sitesToRebind}
        siteListUrl={siteListUrl}
        cleared={cleared}
        onRecord={record}
        onClear={clear}
        onRestore={() => cleared && record(cleared)}
        readiness={
          <Readiness
            open={openPreconditions(state.checklist)}
            sitesToRebind={sitesToRebind}
            sitesToConfirm={sitesToConfirm}
            siteListUrl={siteListUrl}
            onGoTo={(itemId) => {
              const section = sectionOf(itemId);
              if (section) toggleSection(section.id, true);
              setGoTo(itemId);
            }}
          />
        }
      />
      <SiteCard
        current={current}
        entry={siteId ? state.sites[siteId] : undefined}
        knownName={known?.name[activeLocale()]}
        settingsUrl={known?.settings}
        siteListUrl={siteListUrl}
        onFlag={flag}
        onStatus={setSiteStatus}
        onConfirm={() => siteId && store.write(confirmSite(state, siteId))}
        onDismiss={() => siteId && store.write(dismissSite(state, siteId))}
      />
      <section class="checklist" aria-labelledby="checklist-title">
        <h2 id="checklist-title" class="card-title">
          {t('popup.checklist.title')}
        </h2>
        {CHECKLIST.map((section) => (
          <ChecklistSectionView
            key={section.id}
            section={section}
            checklist={state.checklist}
            open={openSections.has(section.id)}
            itemsShown={allItems || openSections.has(section.id)}
            detailsShown={detailsShown}
            siteListUrl={siteListUrl}
            sitesToRebind={sitesToRebind}
            onToggle={toggleSection}
            onState={setCheckState}
            onNote={setCheckNote}
          />
        ))}
      </section>
    </div>
  );
}
