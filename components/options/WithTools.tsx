import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { loadedTools, loadTools, type Tools } from './load-tools';

export type ToolsState =
  | { readonly loaded: Tools }
  | { readonly loading: true }
  | { readonly error: string };

/** Loads the tools after the first paint (effects run after it) and follows the load. */
export function useTools(): ToolsState {
  const [state, setState] = useState<ToolsState>(() => {
    const tools = loadedTools();
    return tools ? { loaded: tools } : { loading: true };
  });
  useEffect(() => {
    if ('loaded' in state) return;
    let live = true;
    loadTools().then(
      (tools) => live && setState({ loaded: tools }),
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
 * A part of the page made of the tools: a short "loading" line (busy, for screen readers) until
 * their code is in, then the part itself; or what went wrong and how to recover.
 */
export function WithTools({
  state,
  alert = false,
  children,
}: {
  state: ToolsState;
  /** The one place on the page that announces a failure (the others only show it). */
  alert?: boolean;
  children: (tools: Tools) => ComponentChildren;
}) {
  if ('loaded' in state) return <>{children(state.loaded)}</>;
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
