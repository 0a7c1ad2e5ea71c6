import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activateLocale } from '@/utils/i18n';
import { SCHEMA_VERSION } from '@/utils/model';
import { usageOf } from '@/utils/store';
import { site, storageItems } from '../helpers/site';
import { openOptions, synced } from './options-harness';

const storage = () => screen.getByRole('region', { name: '存储空间' });

describe('the storage panel', () => {
  it('shows how much of the sync quota is used, in bytes and items', async () => {
    const items = storageItems({
      meta: { schema: SCHEMA_VERSION },
      's:zhihu.com': site('知乎', { note: '笔记'.repeat(100) }),
      's:jd.com': site('京东'),
    });
    await openOptions(items);
    const kb = Math.round((usageOf(items).bytes / 1024) * 10) / 10;
    within(storage()).getByText(`已用 ${kb} KB，共 100 KB（1%）`);
    within(storage()).getByText('已用 3 条，上限 512 条');
    const meters = [...storage().querySelectorAll('meter')];
    expect(meters.map((meter) => meter.getAttribute('value'))).toEqual([
      String(usageOf(items).bytes),
      '3',
    ]);
    within(storage()).getByText('所有改动都已保存到同步存储。');
  });

  it('lists what is kept on this device only, with the reason, and retry moves it to sync', async () => {
    const kept = site('知乎', { status: 'rebound', at: Date.now() });
    await fakeBrowser.storage.local.set({
      'o:s:zhihu.com': { v: kept, at: kept.at, why: 'items' },
      'o:settings': {
        v: { language: 'zh_CN', detection: false, reminders: true, at: 1 },
        at: 1,
        why: 'rate',
      },
    });
    const store = await openOptions();
    const list = within(storage()).getByRole('list');
    expect(within(list).getByText('知乎').parentElement?.textContent).toBe(
      '知乎：同步存储已达 512 条的上限',
    );
    expect(within(list).getByText('设置').parentElement?.textContent).toContain('写入太频繁');
    within(storage()).getByText(/2 项改动暂时只保存在这台设备上/);

    fireEvent.click(within(storage()).getByRole('button', { name: '重新尝试同步' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('所有改动都已同步。'));
    expect((await synced(store))['s:zhihu.com']).toEqual(kept);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    within(storage()).getByText('所有改动都已保存到同步存储。');
  });

  it('says so when a retry still finds sync full', async () => {
    await fakeBrowser.storage.local.set({
      'o:s:zhihu.com': { v: site('知乎'), at: Date.now(), why: 'bytes' },
    });
    await openOptions();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    fireEvent.click(screen.getByRole('button', { name: '重新尝试同步' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('1 项改动暂时只保存在这台设备上'),
    );
    within(storage()).getByText(/同步存储的 100 KB 总空间已满/);
  });

  it('reports repaired entries until the user has read it', async () => {
    await openOptions({ 's:zhihu.com': { name: '知乎', status: 'whatever' } });
    within(storage()).getByText(/发现 1 条损坏的数据/);
    fireEvent.click(within(storage()).getByRole('button', { name: '知道了' }));
    expect(within(storage()).queryByText(/损坏的数据/)).toBeNull();
  });
});

describe('the settings', () => {
  const settings = () => screen.getByRole('region', { name: '设置' });

  it('starts with the defaults: follow the browser, detection and reminders on', async () => {
    await openOptions();
    expect(
      within(settings()).getByRole<HTMLInputElement>('radio', { name: '跟随浏览器' }).checked,
    ).toBe(true);
    expect(
      within(settings()).getByRole<HTMLInputElement>('checkbox', {
        name: '自动发现用微信登录的网站',
      }).checked,
    ).toBe(true);
    expect(
      within(settings()).getByRole<HTMLInputElement>('checkbox', { name: '冷静期提醒' }).checked,
    ).toBe(true);
  });

  it('stores the language choice with the time it was made', async () => {
    const store = await openOptions();
    const started = Date.now();
    fireEvent.click(within(settings()).getByRole('radio', { name: 'English' }));
    const saved = (await synced(store)).settings as { language: string; at: number };
    expect(saved.language).toBe('en');
    expect(saved.at).toBeGreaterThanOrEqual(started);
  });

  it.each([
    ['自动发现用微信登录的网站', 'detection'],
    ['冷静期提醒', 'reminders'],
  ])('turns “%s” off and on', async (label, field) => {
    const store = await openOptions();
    const box = within(settings()).getByRole('checkbox', { name: label });
    fireEvent.click(box);
    expect((await synced(store)).settings).toMatchObject({ [field]: false });
    expect(screen.getByRole('status').textContent).toBe('设置已保存。');
    fireEvent.click(box);
    expect((await synced(store)).settings).toMatchObject({ [field]: true });
  });

  it('reads in English once English is active', async () => {
    await activateLocale('en');
    await openOptions({ settings: { language: 'en', detection: true, reminders: false, at: 1 } });
    screen.getByRole('heading', { name: 'Sites and apps you log into with WeChat' });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'English' }).checked).toBe(true);
    expect(
      screen.getByRole<HTMLInputElement>('checkbox', { name: 'Cooling-off reminders' }).checked,
    ).toBe(false);
  });
});
