import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Area, addAreas, t } from '@/utils/i18n';

/**
 * The parts of the options page its first render does not show, loaded right after it as one
 * chunk with their messages: the guidance, pasting many sites, import and export, storage and
 * the history scan, and the suffix list (utils/domain.ts, 270 KB) that adding a site needs.
 * The page is shown without waiting for ~20 KB of code it may never use (issue 8).
 */
export type LaterParts = typeof import('./later-parts');

/** Their messages: the checklist's titles name items in import previews and in storage. */
export const LATER_AREAS: readonly Area[] = ['options-tools', 'history', 'checklist'];

let parts: LaterParts | undefined;
let loading: Promise<LaterParts> | undefined;

/** Starts loading the later parts (once; again after a failure); resolves when they are in. */
export function loadLater(): Promise<LaterParts> {
  if (!loading) {
    const started = Promise.all([import('./later-parts'), addAreas(LATER_AREAS)]).then(
      ([module]) => (parts = module),
    );
    loading = started;
    // A failed load (the extension was updated underneath the page) may be tried again.
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}

/** The later parts if they are in already: lets a handler answer at once, as it did before. */
export const laterNow = (): LaterParts | undefined => parts;

type LaterState =
  | { readonly parts: LaterParts }
  | { readonly loading: true }
  | { readonly error: string };

/** Loads the later parts after the first paint (effects run after it) and follows the load. */
export function useLater(): LaterState {
  const [state, setState] = useState<LaterState>(() => (parts ? { parts } : { loading: true }));
  useEffect(() => {
    if ('parts' in state) return;
    let live = true;
    loadLater().then(
      (loaded) => live && setState({ parts: loaded }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [state]);
  return state;
}

/**
 * A part of the page that follows the first render: a short "loading" line (busy, for screen
 * readers) until its code is in, then the part itself; or what went wrong and how to recover.
 */
export function Later({
  state,
  alert = false,
  children,
}: {
  state: LaterState;
  /** The one place on the page that announces a failure (the others only show it). */
  alert?: boolean;
  children: (parts: LaterParts) => ComponentChildren;
}) {
  if ('parts' in state) return <>{children(state.parts)}</>;
  if ('loading' in state) {
    return (
      <p class="later-loading hint" aria-busy="true">
        {t('options.later.loading')}
      </p>
    );
  }
  return (
    <div class="notice danger later-failed" role={alert ? 'alert' : undefined}>
      <p>{t('options.later.failed', { reason: state.error })}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('options.later.reload')}
      </button>
    </div>
  );
}
