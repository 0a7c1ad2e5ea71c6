import { describe, expect, it, vi } from 'vitest';
import { activateLocale, resolveLocale, t } from '@/utils/i18n';

describe('messages', () => {
  it('answers in Chinese by default and in English when chosen', async () => {
    expect(t('app.name')).toBe('微信注销助手');
    await activateLocale('en');
    expect(t('app.name')).toBe('WeChat Exit Planner');
  });

  it('chooses the plural form by count in English', async () => {
    await activateLocale('en');
    expect(t('storage.localOnly', { count: 1 })).toContain('1 change is');
    expect(t('storage.localOnly', { count: 3 })).toContain('3 changes are');
  });

  it('keeps an area a part of the page added while the language was being activated', async () => {
    // A module of its own, with nothing loaded yet (the test setup loads every area).
    vi.resetModules();
    const i18n = await import('@/utils/i18n');
    await i18n.activateLocale('zh_CN', ['common']);
    await i18n.loadCatalog('zh_CN', ['access']);
    // The language is activated again (the page's root does so as it mounts) with an area still
    // to load, and a notice asks for its own area, already in, meanwhile: it is done first.
    const activating = i18n.activateLocale('zh_CN', ['common', 'welcome']);
    await i18n.addAreas(['access']);
    await activating;
    expect(i18n.hasArea('access')).toBe(true);
    expect(i18n.t('access.allow')).toBe('重新允许访问');
  });

  it('settles on the language chosen last when two activations overlap', async () => {
    vi.resetModules();
    const i18n = await import('@/utils/i18n');
    await i18n.activateLocale('zh_CN', ['common']);
    // English still has to load; Chinese, chosen after it, is in and done first.
    const older = i18n.activateLocale('en', ['common']);
    const newer = i18n.activateLocale('zh_CN', ['common']);
    await Promise.all([older, newer]);
    expect(i18n.activeLocale()).toBe('zh_CN');
    expect(i18n.t('app.name')).toBe('微信注销助手');
  });

  it.each([
    [['zh-TW', 'en'], 'zh_CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'en-US'], 'en'],
    [['fr-FR'], 'zh_CN'],
    [[], 'zh_CN'],
  ] as const)('follows the browser languages %j → %s', (languages, expected) => {
    expect(resolveLocale('auto', languages)).toBe(expected);
  });
});
