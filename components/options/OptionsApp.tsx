import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { HistoryScanPanel } from '@/components/history';
import type { PageProps } from '@/components/Page';
import { useReadyMark } from '@/components/ready';
import { CHECKLIST } from '@/utils/checklist';
import { dayOf } from '@/utils/cooling-off';
import { type Area, activeLocale, t } from '@/utils/i18n';
import {
  checkKey,
  KEY,
  patches,
  type Settings,
  type SiteStatus,
  type State,
  siteKey,
} from '@/utils/model';
import { displayDomain } from '@/utils/site-id';
import {
  addSite,
  confirmSite,
  dismissSite,
  removeSites,
  restoreSites,
  type SiteEntry,
  updateSite,
} from '@/utils/sites';
import type { QuotaKind, Snapshot } from '@/utils/store';
import {
  exportCsv,
  exportJson,
  type ImportError,
  type Incoming,
  MAX_IMPORT_BYTES,
  type PastedLine,
  planImport,
  planPaste,
  readImportBytes,
} from '@/utils/transfer';
import { useSnapshot } from '@/utils/use-store';
import { AddSiteForm, type SiteToAdd } from './AddSiteForm';
import { downloadText } from './download';
import { Guidance } from './Guidance';
import { STATUS_LABEL } from './labels';
import { PasteSites } from './PasteSites';
import { SettingsPanel } from './SettingsPanel';
import { SiteList } from './SiteList';
import { type Announcement, StatusMessage } from './StatusMessage';
import { type LocalOnlyEntry, StoragePanel } from './StoragePanel';
import { TransferPanel } from './TransferPanel';

type Importing =
  | { readonly fileName: string; readonly incoming: Incoming }
  | { readonly fileName: string; readonly error: ImportError };

const checkTitles = new Map(
  CHECKLIST.flatMap((section) => section.items.map((item) => [item.id, item.title] as const)),
);

/**
 * The messages the options page shows: its own, the checklist's titles (import previews and
 * "kept on this device" name items by them), and the history scan's (background area).
 */
export const OPTIONS_AREAS: readonly Area[] = ['common', 'options', 'checklist', 'background'];

/**
 * The options page's one container: it reads the snapshot and is the only part that writes.
 * Callbacks read the store's current snapshot when they run, so they never change identity and
 * the memoised rows below them stay put.
 */
export function OptionsApp({ store }: PageProps) {
  const snapshot = useSnapshot(store);
  const { state } = snapshot;
  const locale = activeLocale();
  useReadyMark('wep:options-ready', true);

  const [message, setMessage] = useState<Announcement | undefined>();
  const counter = useRef(0);
  const announce = useCallback((text: string, undo?: () => void) => {
    counter.current += 1;
    setMessage({ text, undo, id: counter.current });
  }, []);
  const latest = () => store.snapshot.state;

  const onStatus = useCallback(
    (id: string, status: SiteStatus) => {
      const current = store.snapshot.state;
      const site = current.sites[id];
      if (!site) return;
      store.write(updateSite(current, id, { status }));
      announce(t('options.saved.status', { name: site.name, status: t(STATUS_LABEL[status]) }));
    },
    [store, announce],
  );

  const onNote = useCallback(
    (id: string, note: string) => {
      const current = store.snapshot.state;
      const site = current.sites[id];
      if (!site) return;
      store.write(updateSite(current, id, { note }));
      announce(t('options.saved.note', { name: site.name }));
    },
    [store, announce],
  );

  const onConfirm = useCallback(
    (id: string) => {
      const current = store.snapshot.state;
      const site = current.sites[id];
      if (!site) return;
      store.write(confirmSite(current, id));
      announce(t('options.confirmed', { name: site.name }));
    },
    [store, announce],
  );

  const onDismiss = useCallback(
    (id: string) => {
      const current = store.snapshot.state;
      const site = current.sites[id];
      if (!site) return;
      const before = current.dismissed;
      store.write(dismissSite(current, id));
      // An empty list is the default: remove the key rather than store `[]`.
      const undoDismissed =
        before.length > 0 ? patches.dismissed(before) : { [KEY.dismissed]: null };
      announce(t('options.dismissed', { name: site.name }), () =>
        store.write({ ...restoreSites([{ ...site, id }]), ...undoDismissed }),
      );
    },
    [store, announce],
  );

  const onRemove = useCallback(
    (ids: readonly string[]) => {
      const current = store.snapshot.state;
      const removed: SiteEntry[] = ids.flatMap((id) => {
        const site = current.sites[id];
        return site ? [{ ...site, id }] : [];
      });
      const first = removed[0];
      if (!first) return;
      store.write(removeSites(removed.map((site) => site.id)));
      announce(
        removed.length === 1
          ? t('options.removed.one', { name: first.name })
          : t('options.removed', { count: removed.length }),
        () => store.write(restoreSites(removed)),
      );
    },
    [store, announce],
  );

  const onBulkStatus = useCallback(
    (ids: readonly string[], status: SiteStatus) => {
      const current = store.snapshot.state;
      const at = Date.now();
      // One write for all of them: one storage call however many sites are selected.
      const patch = Object.assign({}, ...ids.map((id) => updateSite(current, id, { status }, at)));
      store.write(patch);
      announce(t('options.saved.bulk', { count: ids.length, status: t(STATUS_LABEL[status]) }));
    },
    [store, announce],
  );

  const onAdd = (site: SiteToAdd): boolean => {
    const current = latest();
    const existing = current.sites[site.id];
    if (existing && !existing.pending) {
      announce(t('options.add.listed', { name: existing.name }));
      return false;
    }
    store.write(addSite(current, { ...site, via: 'manual' }));
    announce(
      existing
        ? t('options.confirmed', { name: existing.name })
        : t('options.added', { name: site.name, domain: displayDomain(site.id) ?? t('site.app') }),
    );
    return true;
  };

  const onPaste = (lines: readonly PastedLine[]) => {
    const plan = planPaste(lines, latest());
    store.write(plan.patch);
    announce(t('options.paste.done', { count: plan.added }));
  };

  const [importing, setImporting] = useState<Importing | undefined>();
  // The preview follows the live data, so what is confirmed is what is shown.
  const importView = useMemo(() => {
    if (!importing) return undefined;
    if ('error' in importing) return importing;
    return { fileName: importing.fileName, plan: planImport(importing.incoming, state, locale) };
  }, [importing, state, locale]);

  const onFile = async (file: File) => {
    const fileName = file.name;
    // Checked before reading: a huge file is not ours, and reading it would only cost memory.
    if (file.size > MAX_IMPORT_BYTES) {
      setImporting({ fileName, error: { kind: 'too-large', bytes: file.size } });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setImporting({ fileName, error: { kind: 'wrong-format' } });
      return;
    }
    const read = readImportBytes(bytes);
    if (!read.ok) {
      setImporting({ fileName, error: read.error });
      return;
    }
    setImporting({ fileName, incoming: read.incoming });
    const plan = planImport(read.incoming, latest(), locale);
    announce(
      t('options.import.ready', {
        added: plan.counts.new,
        changed: plan.counts.changed,
        rejected: plan.counts.rejected,
      }),
    );
  };

  const onConfirmImport = () => {
    if (!importing || !('incoming' in importing)) return;
    const plan = planImport(importing.incoming, latest(), locale);
    store.write(plan.patch);
    setImporting(undefined);
    announce(t('options.import.done', { added: plan.counts.new, changed: plan.counts.changed }));
  };

  const onExportJson = () => {
    downloadText(
      `wechat-exit-planner-${dayOf()}.json`,
      exportJson(latest()),
      'application/json;charset=utf-8',
    );
    announce(t('options.export.done'));
  };
  const onExportCsv = () => {
    downloadText(
      `wechat-exit-planner-sites-${dayOf()}.csv`,
      exportCsv(latest()),
      'text/csv;charset=utf-8',
    );
    announce(t('options.export.done'));
  };

  const [retrying, setRetrying] = useState(false);
  const onRetry = async () => {
    setRetrying(true);
    try {
      await store.retry();
    } finally {
      setRetrying(false);
    }
    const left = userKeys(store.snapshot.localOnly).length;
    announce(left === 0 ? t('options.storage.retried') : t('storage.localOnly', { count: left }));
  };

  const localOnly = useMemo<LocalOnlyEntry[]>(
    () =>
      userKeys(snapshot.localOnly).map(([key, why]) => ({ key, why, label: keyLabel(key, state) })),
    [snapshot.localOnly, state],
  );

  const onSettings = (change: Partial<Omit<Settings, 'at'>>) => {
    store.write(patches.settings({ ...latest().settings, ...change, at: Date.now() }));
    announce(t('options.saved.settings'));
  };

  return (
    <div class="options-page">
      <header class="page-header">
        <h1>{t('app.name')}</h1>
        <p class="tagline">{t('options.tagline')}</p>
        <nav aria-label={t('options.nav')}>
          <ul class="page-nav">
            <li>
              <a href="#sites">{t('options.sites.title')}</a>
            </li>
            <li>
              <a href="#history">{t('history.title')}</a>
            </li>
            <li>
              <a href="#transfer">{t('options.transfer.title')}</a>
            </li>
            <li>
              <a href="#legacy">{t('options.legacy.title')}</a>
            </li>
            <li>
              <a href="#storage">{t('options.storage.title')}</a>
            </li>
            <li>
              <a href="#settings">{t('options.settings.title')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <section id="sites" aria-labelledby="sites-title">
          <h2 id="sites-title" tabIndex={-1} data-landing>
            {t('options.sites.title')}
          </h2>
          <p class="intro">{t('options.sites.intro')}</p>
          <Guidance initiallyOpen={Object.keys(state.sites).length === 0} />
          <div class="add-area">
            <AddSiteForm locale={locale} onAdd={onAdd} />
            <PasteSites state={state} locale={locale} onAdd={onPaste} />
          </div>
          <SiteList
            sites={state.sites}
            locale={locale}
            onStatus={onStatus}
            onNote={onNote}
            onConfirm={onConfirm}
            onDismiss={onDismiss}
            onRemove={onRemove}
            onBulkStatus={onBulkStatus}
          />
        </section>

        <HistoryScanPanel store={store} />

        <section id="transfer" aria-labelledby="transfer-title">
          <h2 id="transfer-title" tabIndex={-1} data-landing>
            {t('options.transfer.title')}
          </h2>
          <TransferPanel
            importing={importView}
            onExportJson={onExportJson}
            onExportCsv={onExportCsv}
            onFile={(file) => void onFile(file)}
            onConfirm={onConfirmImport}
            onCancel={() => setImporting(undefined)}
          />
        </section>

        <section id="legacy" aria-labelledby="legacy-title">
          <h2 id="legacy-title" tabIndex={-1} data-landing>
            {t('options.legacy.title')}
          </h2>
          <p>{t('options.legacy.intro')}</p>
          <p>
            <a class="button-link" href="/legacy.html" target="_blank" rel="noopener">
              {t('options.legacy.open')}
            </a>
          </p>
        </section>

        <section id="storage" aria-labelledby="storage-title">
          <h2 id="storage-title" tabIndex={-1} data-landing>
            {t('options.storage.title')}
          </h2>
          <StoragePanel
            usage={snapshot.usage}
            localOnly={localOnly}
            repairs={snapshot.repairs.length}
            newerSchema={snapshot.newerSchema}
            retrying={retrying}
            onRetry={() => void onRetry()}
            onAcknowledgeRepairs={() => store.acknowledgeRepairs()}
          />
        </section>

        <section id="settings" aria-labelledby="settings-title">
          <h2 id="settings-title" tabIndex={-1} data-landing>
            {t('options.settings.title')}
          </h2>
          <SettingsPanel settings={state.settings} onChange={onSettings} />
        </section>
      </main>
      <StatusMessage
        message={message}
        onUndo={() => {
          message?.undo?.();
          announce(t('options.undone'));
        }}
      />
    </div>
  );
}

const SITE_PREFIX = siteKey('');
const CHECK_PREFIX = checkKey('');

/**
 * Kept changes the user made. The schema marker rides along with the first write and is kept
 * with it when that write fails, but it is bookkeeping, not something the user changed.
 */
function userKeys(localOnly: Snapshot['localOnly']): [string, QuotaKind][] {
  return Object.entries(localOnly).filter(([key]) => key !== KEY.meta);
}

/** A storage key as the user knows the thing it holds. */
function keyLabel(key: string, state: State): string {
  if (key.startsWith(SITE_PREFIX)) {
    const id = key.slice(SITE_PREFIX.length);
    return state.sites[id]?.name ?? displayDomain(id) ?? id;
  }
  if (key.startsWith(CHECK_PREFIX)) {
    const id = key.slice(CHECK_PREFIX.length);
    const title = checkTitles.get(id);
    return t('options.import.item.check', { title: title ? t(title) : id });
  }
  if (key === KEY.settings) return t('options.import.item.settings');
  if (key === KEY.tracker) return t('options.import.item.tracker');
  if (key === KEY.dismissed) return t('options.import.item.dismissed');
  return key;
}
