import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM, createBackground } from '@/utils/background';
import { addDays, dayOf } from '@/utils/cooling-off';
import { ALLOW_LIFETIME_MS, GUARD_RULE_ID } from '@/utils/guard';
import { nextDayBoundary } from '@/utils/reminders';
import { installBackgroundFakes } from '../helpers/fake-background';
import { QR, ZHIHU_CB } from '../helpers/login-urls';

const FILE_TRANSFER = 'https://filehelper.weixin.qq.com/?from=windows&type=recommend';
const LOGIN = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`;
const GUARD_PAGE = 'chrome-extension://test-extension-id/guard.html';
const today = dayOf();
const applied = (daysAgo: number) => ({ tracker: { appliedOn: addDays(today, -daysAgo), at: 1 } });

/** A clock that tests move by whole days; noon, so no test depends on the hour it runs. */
function dayClock(offset = 0) {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  let days = offset;
  return {
    now: () => noon.getTime() + days * 86_400_000,
    advance: (by: number) => {
      days += by;
    },
  };
}

const sender = (change: Partial<Browser.runtime.MessageSender> = {}) =>
  ({
    id: fakeBrowser.runtime.id,
    url: `${GUARD_PAGE}#${LOGIN}`,
    tab: { id: 5 },
    frameId: 0,
    ...change,
  }) as Browser.runtime.MessageSender;

describe('the cooling-off guard in the background', () => {
  let fakes: ReturnType<typeof installBackgroundFakes>;
  beforeEach(() => {
    fakes = installBackgroundFakes();
  });

  it('redirects WeChat login to the guard page while the period runs', async () => {
    await fakeBrowser.storage.sync.set(applied(10));
    const bg = createBackground();
    await bg.onStartup();
    await bg.settled();
    const rule = fakes.dnr.dynamic.get(GUARD_RULE_ID);
    expect(rule?.action.redirect?.regexSubstitution).toBe(`${GUARD_PAGE}#\\0`);
  });

  it('intercepts nothing before an application or after the period', async () => {
    const bg = createBackground();
    await bg.onInstalled();
    await bg.settled();
    expect(fakes.dnr.dynamic.size).toBe(0);
    await fakeBrowser.storage.sync.set(applied(61));
    const later = createBackground();
    await later.onStartup();
    await later.settled();
    expect(fakes.dnr.dynamic.size).toBe(0);
  });

  it('follows the tracker: recording an application turns the guard on, cancelling it off', async () => {
    const bg = createBackground();
    await bg.wake();
    await bg.settled();
    await fakeBrowser.storage.sync.set(applied(0));
    await vi.waitFor(() => expect(fakes.dnr.dynamic.size).toBe(6));
    await fakeBrowser.storage.sync.set({ tracker: { at: 2 } });
    await vi.waitFor(() => expect(fakes.dnr.dynamic.size).toBe(0));
  });

  it('turns the guard off at the first midnight after the last day', async () => {
    await fakeBrowser.storage.sync.set(applied(60));
    const clock = dayClock();
    const bg = createBackground(clock);
    await bg.wake();
    await bg.settled();
    expect(fakes.dnr.dynamic.size).toBe(6);
    const alarm = await fakeBrowser.alarms.get(ALARM.day);
    expect(alarm?.scheduledTime).toBe(nextDayBoundary(clock.now()));

    clock.advance(1);
    await bg.onAlarm({ name: ALARM.day });
    await bg.settled();
    expect(fakes.dnr.dynamic.size).toBe(0);
  });

  it('lets exactly the intercepted login through once, in the tab that asked', async () => {
    await fakeBrowser.storage.sync.set(applied(3));
    const clock = dayClock();
    const bg = createBackground(clock);
    const reply = await bg.onMessage({ type: 'guard:continue', url: LOGIN }, sender());
    expect(reply).toEqual({ ok: true, url: LOGIN });
    const [rule] = fakes.dnr.session.values();
    expect(rule?.condition).toMatchObject({ urlFilter: `|${LOGIN}|`, tabIds: [5] });
    const expiry = await fakeBrowser.alarms.get(`${ALARM.allowExpiry}:${rule?.id}`);
    expect(expiry?.scheduledTime).toBe(clock.now() + ALLOW_LIFETIME_MS);

    // Once the page has loaded the rule is spent; WeChat's later pages are not affected.
    bg.onRequestDone({ url: LOGIN, tabId: 5 });
    await bg.settled();
    expect(fakes.dnr.session.size).toBe(0);
  });

  it('drops an unused "continue" when its minute is up', async () => {
    const bg = createBackground();
    await bg.onMessage({ type: 'guard:continue', url: LOGIN }, sender());
    const [alarm] = await fakeBrowser.alarms.getAll();
    await bg.onAlarm({ name: alarm?.name ?? '' });
    expect(fakes.dnr.session.size).toBe(0);
  });

  it('lets two logins through at once in one tab, each with its own rule', async () => {
    const bg = createBackground();
    const replies = await Promise.all([
      bg.onMessage({ type: 'guard:continue', url: LOGIN }, sender()),
      bg.onMessage({ type: 'guard:continue', url: FILE_TRANSFER }, sender()),
    ]);
    expect(replies).toEqual([
      { ok: true, url: LOGIN },
      { ok: true, url: FILE_TRANSFER },
    ]);
    const filters = [...fakes.dnr.session.values()].map((rule) => rule.condition.urlFilter);
    expect(filters.sort()).toEqual([`|${FILE_TRANSFER}|`, `|${LOGIN}|`].sort());
  });

  it('gives each "continue" its own minute: a later one does not keep an earlier one alive', async () => {
    const clock = { at: 1_000_000, now: () => clock.at };
    const bg = createBackground(clock);
    await bg.onMessage({ type: 'guard:continue', url: LOGIN }, sender());
    clock.at += 30_000;
    await bg.onMessage(
      { type: 'guard:continue', url: FILE_TRANSFER },
      sender({ tab: { id: 6 } as Browser.tabs.Tab }),
    );
    const alarms = (await fakeBrowser.alarms.getAll()).filter((alarm) =>
      alarm.name.startsWith(ALARM.allowExpiry),
    );
    expect(alarms.map((alarm) => alarm.scheduledTime).sort()).toEqual([
      1_000_000 + ALLOW_LIFETIME_MS,
      1_030_000 + ALLOW_LIFETIME_MS,
    ]);
    // The first minute is up: only the first rule goes.
    const first = alarms.find((alarm) => alarm.scheduledTime === 1_000_000 + ALLOW_LIFETIME_MS);
    await bg.onAlarm({ name: first?.name ?? '' });
    expect([...fakes.dnr.session.values()].map((rule) => rule.condition.urlFilter)).toEqual([
      `|${FILE_TRANSFER}|`,
    ]);
  });

  it('sends a login no page started (address bar, bookmark) to the guard page', async () => {
    await fakeBrowser.storage.sync.set(applied(3));
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const bg = createBackground(dayClock());
    bg.onBeforeRequest({ url: FILE_TRANSFER, tabId: 4, type: 'main_frame' });
    bg.onBeforeRequest({ url: LOGIN, tabId: 3, type: 'main_frame' });
    await bg.settled();
    expect(update).toHaveBeenCalledWith(4, { url: `${GUARD_PAGE}#${FILE_TRANSFER}` });
    expect(update).toHaveBeenCalledWith(3, { url: `${GUARD_PAGE}#${LOGIN}` });
    // WeChat's own logins are WeChat itself, never a site for the list.
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).not.toContain('s:qq.com');
  });

  it.each([
    ['outside the period', 61, { url: FILE_TRANSFER, tabId: 4, type: 'main_frame' }],
    ['a frame', 3, { url: FILE_TRANSFER, tabId: 4, type: 'sub_frame' }],
    [
      'a page that started it',
      3,
      { url: FILE_TRANSFER, tabId: 4, type: 'main_frame', originUrl: 'https://example.com/' },
    ],
    [
      'an Official Account article',
      3,
      { url: 'https://mp.weixin.qq.com/s/abc', tabId: 4, type: 'main_frame' },
    ],
    ['no tab', 3, { url: FILE_TRANSFER, tabId: -1, type: 'main_frame' }],
  ])('leaves the tab alone for %s', async (_label, daysAgo, details) => {
    await fakeBrowser.storage.sync.set(applied(daysAgo));
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const bg = createBackground(dayClock());
    bg.onBeforeRequest(details);
    await bg.settled();
    expect(update).not.toHaveBeenCalled();
  });

  it('lets a login the user continued to through, even with no page behind it', async () => {
    await fakeBrowser.storage.sync.set(applied(3));
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const bg = createBackground(dayClock());
    await bg.onMessage(
      { type: 'guard:continue', url: FILE_TRANSFER },
      sender({ url: `${GUARD_PAGE}#${FILE_TRANSFER}` }),
    );
    bg.onBeforeRequest({ url: FILE_TRANSFER, tabId: 5, type: 'main_frame' });
    await bg.settled();
    expect(update).not.toHaveBeenCalled();
  });

  it('never records WeChat’s own logins as sites from the guard page', async () => {
    const bg = createBackground();
    await bg.onMessage({ type: 'guard:seen', url: 'https://mp.weixin.qq.com/' }, sender());
    bg.onBeforeRequest({ url: 'https://wx.qq.com/', tabId: 2, type: 'main_frame' });
    await bg.settled();
    const stored = Object.keys(await fakeBrowser.storage.sync.get(null));
    expect(stored.filter((key) => key.startsWith('s:'))).toEqual([]);
  });

  it.each([
    ['a web page', sender({ url: 'https://evil.example/guard.html' })],
    [
      'another extension page',
      sender({ url: 'chrome-extension://test-extension-id/options.html' }),
    ],
    ['another extension', sender({ id: 'someone-else' })],
    ['no tab', sender({ tab: undefined })],
  ])('refuses to continue when %s asks', async (_label, from) => {
    const bg = createBackground();
    expect(await bg.onMessage({ type: 'guard:continue', url: LOGIN }, from)).toEqual({ ok: false });
    expect(fakes.dnr.session.size).toBe(0);
  });

  it.each([
    'https://evil.example/connect/qrconnect?appid=wx268fcfe924dcb171',
    'https://open.weixin.qq.com.evil.example/connect/qrconnect',
    'javascript:alert(1)',
  ])('never continues to anything but a WeChat login: %s', async (url) => {
    const bg = createBackground();
    expect(await bg.onMessage({ type: 'guard:continue', url }, sender())).toEqual({ ok: false });
    expect(fakes.dnr.session.size).toBe(0);
  });

  it('records the site the guard page stands in for (Firefox reports no login iframe)', async () => {
    const bg = createBackground();
    await bg.onMessage({ type: 'guard:seen', url: LOGIN }, sender());
    await bg.settled();
    expect(await fakeBrowser.storage.sync.get('s:zhihu.com')).toHaveProperty('s:zhihu.com');
    expect(
      await bg.onMessage({ type: 'guard:seen', url: LOGIN }, sender({ tab: undefined })),
    ).toEqual({ ok: false });
  });

  it('leaves other messages to other listeners', () => {
    const bg = createBackground();
    expect(bg.onMessage({ type: 'something-else' }, sender())).toBeUndefined();
  });
});
