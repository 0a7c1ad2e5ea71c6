import { describe, expect, it } from 'vitest';
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
