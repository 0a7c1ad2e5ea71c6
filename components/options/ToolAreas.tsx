import './tools.css';
import { useMemo, useState } from 'preact/hooks';
import { CHECKLIST } from '@/utils/checklist';
import { dayOf } from '@/utils/cooling-off';
import { exportCsv, exportJson } from '@/utils/export-file';
import { type Locale, t } from '@/utils/i18n';
import {
  type ImportError,
  type Incoming,
  MAX_IMPORT_BYTES,
  readImportBytes,
} from '@/utils/import-file';
import { planImport } from '@/utils/import-plan';
import { checkIdOfKey, KEY, type QuotaKind, type State, siteIdOfKey } from '@/utils/model';
import { displayDomain } from '@/utils/site-id';
import type { Snapshot, Store } from '@/utils/store';
import { type PastedLine, planPaste } from '@/utils/typed-sites';
import { downloadText } from './download';
import { readyText } from './ImportPreview';
import { PasteSites } from './PasteSites';
import { type LocalOnlyEntry, StoragePanel } from './StoragePanel';
import { TransferPanel } from './TransferPanel';

/**
 * The options page's tools, loaded after its first render (load-tools.ts) with their styles: the
 * guidance, the panels below the add form with their containers, the settings, and reading a
 * typed address (with what is wrong with one). Like OptionsApp, each container reads the live
 * snapshot it is given and writes through the store; what they say goes to the page's one status
 * message (`announce`).
 */

export { HistoryScanPanel } from '@/components/history';
export { resolveSite } from '@/utils/typed-sites';
export { addressMessage } from './address-message';
export { Guidance } from './Guidance';
export { SettingsPanel } from './SettingsPanel';

export type Announce = (text: string, undo?: () => void) => void;

type ContainerProps = {
  readonly store: Store;
  readonly state: State;
  readonly locale: Locale;
  readonly announce: Announce;
};

export function PasteArea({ store, state, locale, announce }: ContainerProps) {
  const onAdd = (lines: readonly PastedLine[]) => {
    const plan = planPaste(lines, store.snapshot.state);
    store.write(plan.patch);
    announce(t('options.paste.done', { count: plan.added }));
  };
  return <PasteSites state={state} locale={locale} onAdd={onAdd} />;
}

type Importing =
  | { readonly fileName: string; readonly incoming: Incoming }
  | { readonly fileName: string; readonly error: ImportError };

export function TransferArea({ store, state, locale, announce }: ContainerProps) {
  const latest = () => store.snapshot.state;
  const [importing, setImporting] = useState<Importing | undefined>();
  // The preview follows the live data, so what is confirmed is what is shown.
  const importView = useMemo(() => {
    if (!importing) return undefined;
    if ('error' in importing) return importing;
    const plan = planImport(importing.incoming, state, locale);
    return { fileName: importing.fileName, plan, deviceOnly: store.keptLocally(plan.patch) };
  }, [importing, state, locale, store]);

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
    announce(readyText(planImport(read.incoming, latest(), locale)));
  };

  const onConfirm = () => {
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

  return (
    <TransferPanel
      importing={importView}
      onExportJson={onExportJson}
      onExportCsv={onExportCsv}
      onFile={(file) => void onFile(file)}
      onConfirm={onConfirm}
      onCancel={() => setImporting(undefined)}
    />
  );
}

export function StorageArea({
  store,
  snapshot,
  announce,
}: {
  readonly store: Store;
  readonly snapshot: Snapshot;
  readonly announce: Announce;
}) {
  const { state } = snapshot;
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

  return (
    <StoragePanel
      usage={snapshot.usage}
      localOnly={localOnly}
      repairs={snapshot.repairs.length}
      newerSchema={snapshot.newerSchema}
      retrying={retrying}
      onRetry={() => void onRetry()}
      onAcknowledgeRepairs={() => store.acknowledgeRepairs()}
    />
  );
}

const checkTitles = new Map(
  CHECKLIST.flatMap((section) => section.items.map((item) => [item.id, item.title] as const)),
);

/**
 * Kept changes the user made. The schema marker rides along with the first write and is kept
 * with it when that write fails, but it is bookkeeping, not something the user changed.
 */
function userKeys(localOnly: Snapshot['localOnly']): [string, QuotaKind][] {
  return Object.entries(localOnly).filter(([key]) => key !== KEY.meta);
}

/** A storage key as the user knows the thing it holds. */
function keyLabel(key: string, state: State): string {
  const id = siteIdOfKey(key);
  if (id !== undefined) return state.sites[id]?.name ?? displayDomain(id) ?? id;
  const itemId = checkIdOfKey(key);
  if (itemId !== undefined) {
    const title = checkTitles.get(itemId);
    return t('options.import.item.check', { title: title ? t(title) : itemId });
  }
  if (key === KEY.settings) return t('options.import.item.settings');
  if (key === KEY.tracker) return t('options.import.item.tracker');
  if (key === KEY.dismissed) return t('options.import.item.dismissed');
  return key;
}
