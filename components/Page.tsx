import type { ComponentChildren, ComponentType } from 'preact';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  AREAS,
  type Area,
  activateLocale,
  addAreas,
  hasArea,
  loadCatalog,
  resolveLocale,
  t,
} from '@/utils/i18n';
import { type RecentCopy, Store } from '@/utils/store';
import { useSnapshot } from '@/utils/use-store';

export type PageProps = { store: Store };

export type StartOptions = {
  /** What else the first render needs from storage, found beside the messages. */
  readonly before?: (store: Store) => Promise<unknown>;
  /**
   * Paint from the recent copy of storage this device keeps (Store.openRecent) instead of
   * waiting for storage, which answers a moment later and replaces it.
   */
  readonly fromRecent?: boolean;
};

/**
 * Starts an extension page: one storage read and the locale's messages, fetched side by side,
 * then the first render with real content (no empty state flashes by). `areas` are the parts
 * of the catalogue the first render shows (utils/i18n.ts); all of them unless the page says.
 */
export async function startPage(
  root: HTMLElement,
  App: ComponentType<PageProps>,
  areas: readonly Area[] = AREAS,
  { before, fromRecent = false }: StartOptions = {},
): Promise<void> {
  // Most people keep "follow the browser": start loading that catalogue while storage is read.
  void loadCatalog(resolveLocale('auto'), areas);
  const recent = recentCopy();
  // Storage's answer (read again, validated again) waits for the first paint from the copy.
  let painted = () => {};
  const firstPaint = new Promise<void>((resolve) => {
    painted = resolve;
  });
  const early = fromRecent && recent ? Store.openRecent(recent, undefined, firstPaint) : undefined;
  let store: Store;
  try {
    store = early?.store ?? (await Store.open());
  } catch (error) {
    await activateLocale('auto', areas);
    render(<LoadError error={error} />, root);
    return;
  }
  if (recent) {
    const save = () => store.saveRecent(recent);
    // After the paint, from what storage holds (not from the copy this page started with).
    void (early?.reconciled ?? Promise.resolve()).then(() => setTimeout(save, 0));
    addEventListener('pagehide', save);
  }
  await Promise.all([
    activateLocale(store.snapshot.state.settings.language, areas),
    before?.(store),
  ]);
  // Closing a popup ends its timers: send whatever is still queued while the page goes.
  addEventListener('pagehide', () => void store.flush());
  render(
    <LocaleRoot store={store}>
      <App store={store} />
    </LocaleRoot>,
    root,
  );
  performance.mark('wep:first-render');
  // The frame that shows the render, then a task: as Preact runs effects after a paint.
  requestAnimationFrame(() => setTimeout(painted, 0));
}

/**
 * Whether the messages of `area` are in, loading them after the first render when they are not:
 * for parts of a page that can follow its first paint.
 */
export function useArea(area: Area): boolean {
  const [ready, setReady] = useState(() => hasArea(area));
  useEffect(() => {
    if (ready) return;
    let live = true;
    void addAreas([area]).then(() => live && setReady(hasArea(area)));
    return () => {
      live = false;
    };
  }, [area, ready]);
  return ready;
}

/** This origin's localStorage, unless the browser keeps the page from it. */
function recentCopy(): RecentCopy | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Re-renders everything in the new language when the language setting changes. */
function LocaleRoot({ store, children }: PageProps & { children: ComponentChildren }) {
  const language = useSnapshot(store).state.settings.language;
  const [shown, setShown] = useState(language);
  useEffect(() => {
    let live = true;
    void activateLocale(language).then(() => live && setShown(language));
    return () => {
      live = false;
    };
  }, [language]);
  return <div key={shown}>{children}</div>;
}

function LoadError({ error }: { error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" class="load-error">
      {t('storage.loadFailed', { reason })}
    </p>
  );
}
