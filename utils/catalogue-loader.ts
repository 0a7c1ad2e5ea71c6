/**
 * The site catalogue (utils/known-sites.ts, about 3 KB gzip) for pages that can show it a moment
 * after their first paint: the popup and the options page load it here, on demand, instead of
 * importing it.
 */
export type Catalogue = typeof import('./known-sites');

let loaded: Catalogue | undefined;
let loading: Promise<Catalogue> | undefined;
const waiting = new Set<(catalogue: Catalogue) => void>();

/** The catalogue if it is in already. */
export const catalogueNow = (): Catalogue | undefined => loaded;

/** Loads the catalogue (once; again after a failure). */
export function loadCatalogue(): Promise<Catalogue> {
  if (!loading) {
    const started = import('./known-sites').then((module) => {
      loaded = module;
      for (const callback of waiting) callback(module);
      waiting.clear();
      return module;
    });
    loading = started;
    // A failed load (the extension was updated underneath the page) may be tried again.
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}

/**
 * Calls `callback` with the catalogue: at once when it is in, else once it has loaded, which
 * starts after the next paint. Returns a function that cancels the wait.
 */
export function whenCatalogue(callback: (catalogue: Catalogue) => void): () => void {
  if (loaded) {
    callback(loaded);
    return () => undefined;
  }
  if (waiting.size === 0) afterPaint(() => void loadCatalogue().catch(() => undefined));
  waiting.add(callback);
  return () => waiting.delete(callback);
}

function afterPaint(run: () => void): void {
  const later = () => setTimeout(run);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
  else later();
}
