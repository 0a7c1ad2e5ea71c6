import { render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import type { Items } from '@/utils/model';
import { Store } from '@/utils/store';
import { readItems, storageItems } from '../helpers/site';

/**
 * Opens the popup the way a user would meet it: storage already holding `items`, and, when
 * given, a focused window whose active tab shows `url`.
 */

const stores: Store[] = [];

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

export async function openPopup(
  options: { items?: Items; url?: string; noTab?: boolean } = {},
): Promise<Store> {
  if (options.items) await fakeBrowser.storage.sync.set(storageItems(options.items));
  if (!options.noTab) {
    const window = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({
      windowId: window?.id,
      url: options.url,
      active: true,
    });
    // fakeBrowser's "last focused window" is the one focused before the current one, so its
    // own query would find nothing here: answer with the tab just opened.
    vi.spyOn(browser.tabs, 'query').mockImplementation(() => Promise.resolve([tab]));
  }
  const store = await Store.open();
  stores.push(store);
  render(<PopupApp store={store} />);
  return store;
}

export async function stored(key: string): Promise<unknown> {
  return readItems(await fakeBrowser.storage.sync.get(key))[key];
}

/**
 * Fixes the date at 1 June 2026, 10:30 local time, for the tests of the file that calls it. Only
 * the clock is faked: the store's write timers keep running.
 */
export function onFirstOfJune2026(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 5, 1, 10, 30));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** The popup's cooling-off tracker. */
export function tracker(): HTMLElement {
  return screen.getByRole('region', { name: '注销冷静期' });
}
