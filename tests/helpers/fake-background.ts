import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakeDnr } from './fake-dnr';

/**
 * What the background needs beyond fakeBrowser: declarativeNetRequest, action.setIcon and
 * runtime.openOptionsPage, which the fake does not implement.
 */
export function installBackgroundFakes() {
  const dnr = installFakeDnr();
  const setIcon = vi.fn(async (_details: { path: Record<number, string> }) => {});
  const openOptionsPage = vi.fn(async () => {});
  Object.assign(fakeBrowser.action, { setIcon });
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockImplementation(openOptionsPage);
  return { dnr, setIcon, openOptionsPage };
}
