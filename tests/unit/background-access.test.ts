import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/utils/background';
import { addDays, dayOf } from '@/utils/cooling-off';
import { installBackgroundFakes } from '../helpers/fake-background';
import { stubHostAccess } from '../helpers/host-access';

const today = dayOf();
const applied = (daysAgo: number) => ({ tracker: { appliedOn: addDays(today, -daysAgo), at: 1 } });
const zh = { settings: { language: 'zh_CN', detection: true, reminders: true, at: 1 } };

async function start() {
  const bg = createBackground();
  await bg.wake();
  await bg.settled();
  return bg;
}

describe('lost access to WeChat’s login page during the cooling-off period', () => {
  let options: ReturnType<typeof installBackgroundFakes>['openOptionsPage'];
  beforeEach(() => {
    options = installBackgroundFakes().openOptionsPage;
  });

  it('is said once, and the notification opens the options page', async () => {
    stubHostAccess(false);
    await fakeBrowser.storage.sync.set({ ...zh, ...applied(10) });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const bg = await start();
    await start();
    expect(create).toHaveBeenCalledTimes(1);
    const shown = fakeBrowser.notifications.getAllCreateOptions()['cooling-off-access'];
    expect(shown?.title).toBe('冷静期拦截已失效');
    expect(shown?.message).toContain('拦不住会让注销作废的微信登录');
    bg.onNotificationClicked('cooling-off-access');
    await bg.settled();
    expect(options).toHaveBeenCalled();
  });

  it('is said again after access came back and was lost once more', async () => {
    const access = stubHostAccess(false);
    await fakeBrowser.storage.sync.set({ ...zh, ...applied(10) });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const bg = await start();
    access.set(true);
    bg.onPermissionsChanged();
    await bg.settled();
    access.set(false);
    bg.onPermissionsChanged();
    await bg.settled();
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('is not said outside the period, nor while access is held', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    stubHostAccess(false);
    await fakeBrowser.storage.sync.set({ ...zh });
    await start();
    stubHostAccess(true);
    await fakeBrowser.storage.sync.set({ ...applied(10) });
    await start();
    expect(create).not.toHaveBeenCalled();
  });
});
