import { render, waitFor } from '@testing-library/preact';
import { afterEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { Items } from '@/utils/model';
import { Store } from '@/utils/store';
import { readItems, storageItems } from '../helpers/site';

/** Opens the options page the way a user meets it: storage already holding `items`. */

const stores: Store[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

export async function openOptions(items: Items = {}): Promise<Store> {
  if (Object.keys(items).length > 0) await fakeBrowser.storage.sync.set(storageItems(items));
  const store = await Store.open();
  stores.push(store);
  render(<OptionsApp store={store} />);
  await laterPartsIn();
  return store;
}

/**
 * Waits for the parts of the page that load after its first render (import, export, storage,
 * the history scan…): until then each shows a busy "loading" line in its place.
 */
export async function laterPartsIn(): Promise<void> {
  // A generous limit: it only tells a hang from a slow machine (the first import compiles).
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull(), {
    timeout: 15_000,
  });
}

/** What sync storage holds once the page's pending writes have gone out, sites as read. */
export async function synced(store: Store): Promise<Record<string, unknown>> {
  await store.flush();
  return readItems(await fakeBrowser.storage.sync.get(null));
}

/** A File as an <input type=file> hands it over; happy-dom's input cannot be given files. */
export function chooseFile(input: HTMLElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
