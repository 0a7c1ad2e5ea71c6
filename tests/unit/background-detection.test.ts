import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground } from '@/utils/background';
import { siteIdOfKey } from '@/utils/model';
import { installBackgroundFakes } from '../helpers/fake-background';
import { JD_CB, QR, ZHIHU_CB } from '../helpers/login-urls';
import { readItems } from '../helpers/site';

const REDIRECT = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&response_type=code&scope=snsapi_login&state=a#wechat_redirect`;
const IFRAME = `${QR}?appid=wx827225356b689e24&scope=snsapi_login&redirect_uri=${JD_CB}&state=b&login_type=jssdk&self_redirect=default`;

const stored = async () => readItems(await fakeBrowser.storage.sync.get(null));
const siteIds = async () =>
  Object.keys(await stored()).filter((key) => siteIdOfKey(key) !== undefined);

describe('detection in the background', () => {
  beforeEach(() => {
    installBackgroundFakes();
  });

  it('puts the site of a WeChat login page on the list, as detected and to confirm', async () => {
    // Named in the language the user chose (the test browser's own is English).
    await fakeBrowser.storage.sync.set({
      settings: { language: 'zh_CN', detection: true, reminders: true, at: 1 },
    });
    const bg = createBackground();
    bg.onBeforeRequest({ url: REDIRECT, tabId: 3, type: 'main_frame', frameId: 0 });
    await bg.settled();
    expect((await stored())['s:zhihu.com']).toMatchObject({
      name: '知乎',
      status: 'rebind',
      via: 'detected',
      pending: true,
      appid: 'wx268fcfe924dcb171',
    });
  });

  it('records one site, with one write, when one click fires the request twice', async () => {
    const bg = createBackground();
    await bg.wake();
    await bg.settled();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    bg.onBeforeRequest({ url: REDIRECT, tabId: 3, type: 'main_frame', frameId: 0 });
    bg.onBeforeRequest({ url: REDIRECT, tabId: 3, type: 'main_frame', frameId: 0 });
    // The same login in another tab at the same moment: the list already has it.
    bg.onBeforeRequest({ url: REDIRECT, tabId: 4, type: 'main_frame', frameId: 0 });
    await bg.settled();
    const writes = set.mock.calls.filter(([items]) => 's:zhihu.com' in items);
    expect(writes).toHaveLength(1);
    expect(await siteIds()).toEqual(['s:zhihu.com']);
  });

  it('notices the embedded QR iframe, from webRequest or (Firefox) webNavigation', async () => {
    const bg = createBackground();
    bg.onBeforeRequest({ url: IFRAME, tabId: 4, type: 'sub_frame', frameId: 9 });
    await bg.settled();
    expect(await siteIds()).toEqual(['s:jd.com']);

    await fakeBrowser.storage.sync.clear();
    const other = createBackground();
    other.onBeforeNavigate({ url: IFRAME, tabId: 4, frameId: 9 });
    await other.settled();
    expect(await siteIds()).toEqual(['s:jd.com']);
  });

  it('leaves top-level pages seen by webNavigation to webRequest', async () => {
    const bg = createBackground();
    bg.onBeforeNavigate({ url: REDIRECT, tabId: 3, frameId: 0 });
    await bg.settled();
    expect(await siteIds()).toEqual([]);
  });

  it('records nothing when automatic detection is off', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { language: 'auto', detection: false, reminders: true, at: 1 },
    });
    const bg = createBackground();
    bg.onBeforeRequest({ url: REDIRECT, tabId: 3, type: 'main_frame', frameId: 0 });
    await bg.settled();
    expect(await siteIds()).toEqual([]);
  });

  it('does not propose a site the user dismissed', async () => {
    await fakeBrowser.storage.sync.set({ dismissed: ['zhihu.com'] });
    const bg = createBackground();
    bg.onBeforeRequest({ url: REDIRECT, tabId: 3, type: 'main_frame', frameId: 0 });
    await bg.settled();
    expect(await siteIds()).toEqual([]);
  });

  it('never changes what the user set for a listed site', async () => {
    const mine = { name: 'Zhihu (work)', status: 'rebound', via: 'manual', first: 1, at: 1 };
    await fakeBrowser.storage.sync.set({ 's:zhihu.com': mine });
    const bg = createBackground();
    bg.onBeforeRequest({ url: REDIRECT, tabId: 3, type: 'main_frame', frameId: 0 });
    await bg.settled();
    expect((await stored())['s:zhihu.com']).toMatchObject({
      name: 'Zhihu (work)',
      status: 'rebound',
      via: 'manual',
    });
  });

  it('names the site from the page when the login names none (Firefox tells originUrl)', async () => {
    const bg = createBackground();
    bg.onBeforeRequest({
      url: `${QR}?appid=wx1234567890abcdef&scope=snsapi_login`,
      tabId: 3,
      type: 'main_frame',
      originUrl: 'https://passport.example.com.cn/login',
    });
    await bg.settled();
    expect(await siteIds()).toEqual(['s:example.com.cn']);
  });

  it('ignores WeChat requests that are not a login page', async () => {
    const bg = createBackground();
    bg.onBeforeRequest({ url: 'https://open.weixin.qq.com/connect/qrcode/091Ab', tabId: 3 });
    await bg.settled();
    expect(await siteIds()).toEqual([]);
  });
});
