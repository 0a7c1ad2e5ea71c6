import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activateLocale } from '@/utils/i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no permissions API; pages ask it whether optional permissions are granted.
  // By default none is: a test that needs one says so with its own spy.
  // (Typed as the callback overload, which returns void: hence the cast.)
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => false as never);
  // Tests read the Chinese texts unless they switch: it is the default locale.
  await activateLocale('zh_CN');
});

afterEach(() => {
  cleanup();
});
