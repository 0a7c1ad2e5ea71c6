import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activateLocale } from '@/utils/i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no permissions API; pages ask it whether optional permissions are granted.
  // By default none is: a test that needs one says so with its own spy.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  // Tests read the Chinese texts unless they switch: it is the default locale.
  await activateLocale('zh_CN');
});

afterEach(() => {
  cleanup();
});
