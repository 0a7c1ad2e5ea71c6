import { useEffect } from 'preact/hooks';

/**
 * Marks the moment a page is ready to use, as a Performance API mark that `npm run bench`
 * (scripts/bench) reads. Effects run after the browser has painted the render, so the mark means
 * "shown", not only "rendered". Once per page load; nothing else happens.
 */
export function useReadyMark(name: `wep:${string}`, ready: boolean): void {
  useEffect(() => {
    if (ready && performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  }, [name, ready]);
}
