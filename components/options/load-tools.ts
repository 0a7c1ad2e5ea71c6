import { type Area, addAreas } from '@/utils/i18n';

/**
 * The options page's tools, which its first render does not show: the guidance, pasting many
 * sites, import and export, storage and the history scan, and reading an address (it needs the
 * suffix list, utils/domain.ts, 270 KB). They load right after the first paint as one chunk with
 * their messages, so the page is shown without waiting for code it may never use (issue 8).
 */
export type Tools = typeof import('./ToolAreas');

/** Their messages: the checklist's titles name items in import previews and in storage. */
export const TOOL_AREAS: readonly Area[] = ['options-tools', 'history', 'checklist'];

let tools: Tools | undefined;
let loading: Promise<Tools> | undefined;

/** Starts loading the tools (once; again after a failure); resolves when they are in. */
export function loadTools(): Promise<Tools> {
  if (!loading) {
    const started = Promise.all([import('./ToolAreas'), addAreas(TOOL_AREAS)]).then(
      ([module]) => (tools = module),
    );
    loading = started;
    // A failed load (the extension was updated underneath the page) may be tried again.
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}

/** The tools if they are in already: lets a handler answer at once, without a microtask. */
export const loadedTools = (): Tools | undefined => tools;
