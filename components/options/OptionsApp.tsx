import { useCallback, useRef, useState } from 'preact/hooks';
import { HostAccessContainer } from '@/components/HostAccessNotice';
import type { PageProps } from '@/components/Page';
import { useReadyMark } from '@/components/ready';
import { type Area, activeLocale, t } from '@/utils/i18n';
import { KEY, patches, type Settings, type SiteStatus } from '@/utils/model';
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
import { useSnapshot } from '@/utils/use-store';
import { AddSiteForm, type SiteToAdd } from './AddSiteForm';
import { STATUS_LABEL } from './labels';
import { SiteList } from './SiteList';
import { type Announcement, StatusMessage } from './StatusMessage';
import { useTools, WithTools } from './WithTools';

/**
 * The messages of the options page's first render; those of the tools that follow it come with
 * them (TOOL_AREAS in load-tools.ts).
 */
export const OPTIONS_AREAS: readonly Area[] = ['common', 'options'];

/**
 * The options page's container: it reads the snapshot and writes for the list, the add form and
 * the settings; the tools that load after the first render (ToolAreas.tsx) bring their own
 * containers. Callbacks read the store's current snapshot when they run, so they never change
 * identity and the memoised rows below them stay put.
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
  const toolsState = useTools();
  // Decided by the first render, as it was when the guidance was part of it.
  const [guidanceOpen] = useState(() => Object.keys(state.sites).length === 0);

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
        <HostAccessContainer ownLogins />
        <section id="sites" aria-labelledby="sites-title">
          <h2 id="sites-title" tabIndex={-1} data-landing>
            {t('options.sites.title')}
          </h2>
          <p class="intro">{t('options.sites.intro')}</p>
          <WithTools state={toolsState} alert>
            {(tools) => <tools.Guidance initiallyOpen={guidanceOpen} />}
          </WithTools>
          <div class="add-area">
            <AddSiteForm locale={locale} onAdd={onAdd} />
            <WithTools state={toolsState}>
              {(tools) => (
                <tools.PasteArea store={store} state={state} locale={locale} announce={announce} />
              )}
            </WithTools>
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

        {'loaded' in toolsState ? (
          <toolsState.loaded.HistoryScanPanel store={store} />
        ) : (
          // The panel is a section of its own; until it is in, its place holds its title.
          <section id="history" aria-labelledby="history-title">
            <h2 id="history-title">{t('history.title')}</h2>
            <WithTools state={toolsState}>{() => null}</WithTools>
          </section>
        )}

        <section id="transfer" aria-labelledby="transfer-title">
          <h2 id="transfer-title" tabIndex={-1} data-landing>
            {t('options.transfer.title')}
          </h2>
          <WithTools state={toolsState}>
            {(tools) => (
              <tools.TransferArea store={store} state={state} locale={locale} announce={announce} />
            )}
          </WithTools>
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
          <WithTools state={toolsState}>
            {(tools) => <tools.StorageArea store={store} snapshot={snapshot} announce={announce} />}
          </WithTools>
        </section>

        <section id="settings" aria-labelledby="settings-title">
          <h2 id="settings-title" tabIndex={-1} data-landing>
            {t('options.settings.title')}
          </h2>
          <WithTools state={toolsState}>
            {(tools) => <tools.SettingsPanel settings={state.settings} onChange={onSettings} />}
          </WithTools>
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
