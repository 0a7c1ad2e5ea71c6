import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activateLocale } from '@/utils/i18n';

// fakeBrowser has no permission events, and pages subscribe to them. Plain no-op functions,
// installed once: spies would be restored between tests, and a page unmounted late (after the
// next test's setup) would then call the unimplemented original.
for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
  Object.assign(event, { addListener: () => {}, removeListener: () => {} });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // fakeBrowser has no permissions API; pages ask it whether permissions are granted. By
  // default the manifest's host access is (browsers grant it at install) and no optional
  // permission is: a test that needs another answer says so with its own spy.
  // (Typed as the callback overload, which returns void: hence the cast.)
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(
    async (asked: { permissions?: string[] }) => !asked.permissions?.length as never,
  );
  // Tests read the Chinese texts unless they switch: it is the default locale.
  await activateLocale('zh_CN');
});

afterEach(() => {
  cleanup();
});
