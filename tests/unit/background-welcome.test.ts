import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/utils/background';
import { installBackgroundFakes } from '../helpers/fake-background';

describe('the welcome page on install', () => {
  beforeEach(() => {
    installBackgroundFakes();
  });

  const opened = async (details?: { reason: string }) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const bg = createBackground();
    await bg.onInstalled(details);
    await bg.settled();
    return create.mock.calls.map(([properties]) => properties.url);
  };

  it('opens once, on a fresh install', async () => {
    expect(await opened({ reason: 'install' })).toEqual([
      'chrome-extension://test-extension-id/welcome.html',
    ]);
  });

  it.each(['update', 'chrome_update', 'shared_module_update'])(
    'stays closed on %s',
    async (reason) => {
      expect(await opened({ reason })).toEqual([]);
    },
  );

  it('stays closed when the browser says nothing about why', async () => {
    expect(await opened()).toEqual([]);
  });
});
