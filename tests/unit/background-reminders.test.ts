import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/utils/background';
import { addDays, dayOf } from '@/utils/cooling-off';
import { SHOWN_KEY } from '@/utils/reminders';
import { installBackgroundFakes } from '../helpers/fake-background';
import { site } from '../helpers/site';

const today = dayOf();
const applied = (daysAgo: number) => ({ tracker: { appliedOn: addDays(today, -daysAgo), at: 1 } });
const settings = (change: Record<string, unknown> = {}) => ({
  settings: { language: 'zh_CN', detection: true, reminders: true, at: 1, ...change },
});

async function start() {
  const bg = createBackground();
  await bg.wake();
  await bg.settled();
  return bg;
}

describe('reminders', () => {
  beforeEach(() => {
    installBackgroundFakes();
  });

  it('reminds once, a few days before the period ends', async () => {
    await fakeBrowser.storage.sync.set({ ...settings(), ...applied(58) });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await start();
    await start();
    expect(create).toHaveBeenCalledTimes(1);
    const options = fakeBrowser.notifications.getAllCreateOptions()['cooling-off-soon'];
    expect(options?.title).toBe('微信注销冷静期快结束了');
    expect(options?.message).toContain('还剩 2 天');
    expect(options?.iconUrl).toBe('chrome-extension://test-extension-id/icon/128.png');
    expect((await fakeBrowser.storage.local.get(SHOWN_KEY))[SHOWN_KEY]).toEqual({
      appliedOn: addDays(today, -58),
      kinds: ['soon'],
    });
  });

  it('says on the 61st day, if not before, that the deletion becomes final today', async () => {
    await fakeBrowser.storage.sync.set({ ...settings({ language: 'en' }), ...applied(60) });
    await start();
    const options = fakeBrowser.notifications.getAllCreateOptions()['cooling-off-soon'];
    expect(options?.title).toBe('Your WeChat deletion becomes final today');
    expect(options?.message).toBe(
      'The 60 days are over. If you meant to keep WeChat, it may already be too late. If not, stay away from WeChat and WeChat login until tomorrow.',
    );
  });

  it('tells when the period has ended, once', async () => {
    await fakeBrowser.storage.sync.set({ ...settings(), ...applied(61) });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await start();
    await start();
    expect(create).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.notifications.getAllCreateOptions()['cooling-off-ended']?.title).toBe(
      '微信注销冷静期已结束',
    );
  });

  it('stays quiet earlier in the period, and when reminders are off', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await fakeBrowser.storage.sync.set({ ...settings(), ...applied(30) });
    await start();
    await fakeBrowser.storage.sync.set({ ...settings({ reminders: false }), ...applied(58) });
    await start();
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the plan when a reminder is clicked', async () => {
    const fakes = installBackgroundFakes();
    const bg = createBackground();
    bg.onNotificationClicked('cooling-off-soon');
    await bg.settled();
    expect(fakes.openOptionsPage).toHaveBeenCalled();
  });
});

describe('the toolbar badge', () => {
  let fakes: ReturnType<typeof installBackgroundFakes>;
  beforeEach(() => {
    fakes = installBackgroundFakes();
  });

  it('counts the sites that still need rebinding, not those to confirm', async () => {
    await fakeBrowser.storage.sync.set({
      ...settings({ language: 'en' }),
      's:a.com': site('x'),
      's:b.com': site('x'),
      's:c.com': site('x', { pending: true }),
      's:d.com': site('x', { status: 'rebound' }),
    });
    await start();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'WeChat Exit Planner: 2 sites still need rebinding',
    );
    expect(fakes.setIcon).toHaveBeenLastCalledWith({
      path: expect.objectContaining({ 16: '/icon/alert-16.png' }),
    });
  });

  it('keeps up as the list changes, and clears when none is left', async () => {
    await fakeBrowser.storage.sync.set({ ...settings(), 's:a.com': site('x') });
    const bg = await start();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await fakeBrowser.storage.sync.set({ 's:a.com': site('x', { status: 'rebound' }) });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await bg.settled();
    expect(await fakeBrowser.action.getTitle({})).toBe('微信注销助手');
    expect(fakes.setIcon).toHaveBeenLastCalledWith({
      path: expect.objectContaining({ 16: '/icon/16.png' }),
    });
  });
});
