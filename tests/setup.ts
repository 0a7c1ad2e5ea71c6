import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activateLocale } from '@/utils/i18n';

beforeEach(async () => {
  fakeBrowser.reset();
  // Tests read the Chinese texts unless they switch: it is the default locale.
  await activateLocale('zh_CN');
});

afterEach(() => {
  cleanup();
});
