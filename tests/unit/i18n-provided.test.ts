import { expect, it } from 'vitest';
import { activateLocale, provideMessages, t } from '@/utils/i18n';

it('uses the messages a page entry provided instead of loading that area again', async () => {
  provideMessages('zh_CN', { popup: { 'popup.progress.label': '入口带来的文字' } });
  await activateLocale('zh_CN', ['common', 'popup']);
  expect(t('popup.progress.label')).toBe('入口带来的文字');
  // Areas not provided still load as before.
  expect(t('app.name')).toBe('微信注销助手');
});
