import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceIntercepted, GuardPage, type GuardPageProps } from '@/components/guard/GuardPage';
import { addDays, dayOf } from '@/utils/cooling-off';
import { BOUNCE_MS } from '@/utils/guard';
import { activateLocale } from '@/utils/i18n';
import { Store } from '@/utils/store';
import { JD_CB, QR, ZHIHU_CB } from '../helpers/login-urls';

const GUARD = 'chrome-extension://test-extension-id/guard.html';
const LOGIN = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`;
const today = dayOf();

async function show(
  options: {
    daysAgo?: number;
    href?: string;
    inFrame?: boolean;
    back?: boolean;
    tab?: GuardPageProps['tab'];
  } = {},
) {
  const { daysAgo = 10, href = `${GUARD}#${LOGIN}`, inFrame = false, back = true, tab } = options;
  await fakeBrowser.storage.sync.set({
    tracker: { appliedOn: addDays(today, -daysAgo), at: 1 },
  });
  const store = await Store.open();
  const navigate = vi.fn();
  const goBack = vi.fn(() => back);
  // What the background answers; fakeBrowser's sendMessage cannot return a listener's promise.
  let answer: unknown;
  const send = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation((async () => answer) as typeof fakeBrowser.runtime.sendMessage);
  const reply = (value: unknown) => {
    answer = value;
  };
  render(
    <GuardPage
      store={store}
      href={href}
      inFrame={inFrame}
      navigate={navigate}
      goBack={goBack}
      tab={tab}
    />,
  );
  return { store, navigate, goBack, send, reply };
}

describe('the guard page', () => {
  beforeEach(() => {
    document.title = '';
  });

  it('says what scanning would do, for which site, and how many days are left', async () => {
    await show({ daysAgo: 10 });
    expect(screen.getByRole('heading').textContent).toBe('扫码登录会撤回你的微信注销');
    const text = document.querySelector('main')?.textContent ?? '';
    expect(text).toContain('知乎（www.zhihu.com）正要打开微信登录');
    expect(text).toContain('还剩 50 天');
    expect(document.title).toBe('先别扫码');
  });

  it('makes going back the default: it has the focus and is the primary button', async () => {
    await show();
    const back = screen.getByRole('button', { name: '返回' });
    expect(document.activeElement).toBe(back);
    expect(back.className).toBe('primary');
    expect(screen.getByRole('button', { name: '仍要打开微信登录' }).className).toBe('');
  });

  it('goes back, or says to close the tab when there is nowhere to go', async () => {
    const { goBack } = await show({ back: false });
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    expect(goBack).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      '没有可以返回的页面，直接关掉这个标签页就好。',
    );
  });

  describe('after a login typed in the address bar (Chromium)', () => {
    // The tab's history: the page before, the login's "blocked" entry, this guard page (4 with
    // the new tab's first page). Going back reaches the blocked entry, which loads the login, and
    // this page, again.
    let history = { length: 4, forward: false };
    const tab = (reloaded = false) => ({
      session: window.sessionStorage,
      reloaded,
      history: () => history,
    });
    beforeEach(() => {
      window.sessionStorage.clear();
      history = { length: 4, forward: false };
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-10T08:00:00Z') });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const leave = () => window.dispatchEvent(new Event('pagehide'));
    const again = async (options: Parameters<typeof show>[0] = {}) => {
      cleanup();
      return show({ tab: tab(), ...options });
    };

    it('goes back to the page before when its bounce took the blocked entry’s place', async () => {
      await show({ tab: tab() });
      fireEvent.click(screen.getByRole('button', { name: '返回' }));
      leave();
      vi.advanceTimersByTime(800);
      // The guard page that was left is ahead now, where the blocked entry's bounce put it.
      history = { length: 4, forward: true };
      const { goBack } = await again();
      expect(goBack).toHaveBeenCalledWith(1);
    });

    it('says to close the tab when nothing is before the blocked entry', async () => {
      history = { length: 2, forward: false };
      await show({ tab: tab() });
      leave();
      history = { length: 2, forward: true };
      await again();
      expect(screen.getByRole('status').textContent).toBe(
        '没有可以返回的页面，直接关掉这个标签页就好。',
      );
    });

    it.each([
      ['a reload', { tab: tab(true) }, 0],
      ['the same login opened anew, with nothing ahead', { ahead: false }, 0],
      ['another login', { href: `${GUARD}#${LOGIN.replace('state=s', 'state=t')}` }, 0],
      ['the same login later on', {}, BOUNCE_MS + 1],
      ['the same login in a frame', { inFrame: true }, 0],
    ])('stays for %s', async (_case, options, later) => {
      await show({ tab: tab() });
      leave();
      vi.advanceTimersByTime(later);
      const { ahead = true, ...rest } = options as Parameters<typeof show>[0] & { ahead?: boolean };
      history = { length: 4, forward: ahead };
      const { goBack } = await again(rest);
      expect(goBack).not.toHaveBeenCalled();
      expect(screen.queryByRole('status')).toBeNull();
    });

    it('forgets the note on a reload, so a later page is not taken for a bounce', async () => {
      await show({ tab: tab() });
      leave();
      await again({ tab: tab(true) });
      history = { length: 4, forward: true };
      const { goBack } = await again();
      expect(goBack).not.toHaveBeenCalled();
    });
  });

  it('continues to exactly the intercepted login once the background allowed it', async () => {
    const { navigate, send, reply } = await show();
    const rebuilt = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`;
    reply({ ok: true, url: rebuilt });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '仍要打开微信登录' }));
    });
    expect(send).toHaveBeenCalledWith({ type: 'guard:continue', url: rebuilt });
    expect(navigate).toHaveBeenCalledWith(rebuilt);
  });

  it('never navigates anywhere but a WeChat login, whatever the reply says', async () => {
    const { navigate, reply } = await show();
    reply({ ok: true, url: 'https://evil.example/' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '仍要打开微信登录' }));
    });
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('没能放行这次登录，请再试一次。');
  });

  it('never continues to another WeChat login than the one it intercepted', async () => {
    const { navigate, reply } = await show();
    reply({ ok: true, url: `${QR}?appid=wx1234567890abcdef&redirect_uri=${JD_CB}&state=1` });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '仍要打开微信登录' }));
    });
    expect(navigate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('没能放行这次登录，请再试一次。');
  });

  it('offers nothing to continue to when its address holds no WeChat login', async () => {
    await show({ href: `${GUARD}#https://evil.example/connect/qrconnect?x=1` });
    screen.getByText('这个地址不是微信登录页，没有可以继续前往的地方。');
    expect(screen.queryByRole('button', { name: /微信登录/ })).toBeNull();
  });

  it('fits the small login frame inside a site’s page, without taking the focus', async () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    await show({ inFrame: true });
    expect(document.querySelector('main')?.className).toBe('guard guard-frame');
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('asks the background to record the site as the page starts (Firefox reports no login iframe)', () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation((async () => undefined) as typeof fakeBrowser.runtime.sendMessage);
    announceIntercepted(`${GUARD}#${LOGIN}`);
    expect(send).toHaveBeenCalledWith({
      type: 'guard:seen',
      url: `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`,
    });
    send.mockClear();
    announceIntercepted(`${GUARD}#https://evil.example/`);
    expect(send).not.toHaveBeenCalled();
  });

  it('still guards the 61st day, when the deletion becomes final at an unknown time', async () => {
    await show({ daysAgo: 60 });
    expect(document.querySelector('main')?.textContent).toContain(
      '你的微信注销冷静期 60 天已满，注销今天生效，但说不准是几点',
    );
  });

  it('lets the login through without fuss when no period is running', async () => {
    const { navigate, reply } = await show({ daysAgo: 61 });
    screen.getByText('现在不在注销冷静期内，微信登录不需要拦截。');
    const go = screen.getByRole('button', { name: '继续打开微信登录' });
    expect(document.activeElement).toBe(go);
    reply({ ok: true, url: LOGIN });
    await act(async () => {
      fireEvent.click(go);
    });
    expect(navigate).toHaveBeenCalledWith(LOGIN);
  });

  it('names an unknown site by its callback host, in English too', async () => {
    await activateLocale('en');
    await show({
      href: `${GUARD}#${QR}?appid=wx1234567890abcdef&redirect_uri=${JD_CB}&state=1`,
      daysAgo: 59,
    });
    expect(document.querySelector('main')?.textContent).toContain(
      'qq.jd.com is about to open WeChat login. Your WeChat account is in its cooling-off period, with 1 day left',
    );
  });
  it.each([
    [
      'https://wx.qq.com/?lang=zh_CN',
      '这是网页版微信的登录页',
      '改用电话、短信或邮件',
      'This is the login page of Web WeChat',
      'reach people by phone, text message or e-mail',
    ],
    [
      'https://filehelper.weixin.qq.com/',
      '这是文件传输助手的登录页',
      '改用数据线、邮件或网盘',
      'This is the login page of WeChat File Transfer',
      'use a USB cable, e-mail or a cloud drive instead',
    ],
    [
      'https://mp.weixin.qq.com/',
      '这是微信公众平台的登录页',
      '阅读公众号文章不用登录',
      'This is the login page of the WeChat Official Accounts platform',
      'Reading Official Account articles needs no login',
    ],
  ])(
    'names WeChat’s own login %s and says what to do instead, in both languages',
    async (url, zh, zhAdvice, en, enAdvice) => {
      await show({ href: `${GUARD}#${url}` });
      let text = document.querySelector('main')?.textContent ?? '';
      expect(text).toContain(zh);
      expect(text).toContain('扫这个码就是登录微信本身');
      expect(text).toContain(zhAdvice);
      expect(text).not.toContain('手机号、邮箱或密码');
      document.body.innerHTML = '';
      await activateLocale('en');
      await show({ href: `${GUARD}#${url}`, daysAgo: 59 });
      text = document.querySelector('main:last-of-type')?.textContent ?? '';
      expect(text).toContain(
        `${en}. Your WeChat account is in its cooling-off period, with 1 day left`,
      );
      expect(text).toContain(enAdvice);
    },
  );

  it('continues to WeChat’s own login too, and never records it as a site', async () => {
    const url = 'https://filehelper.weixin.qq.com/?from=windows&type=recommend';
    const { navigate, send, reply } = await show({ href: `${GUARD}#${url}` });
    reply({ ok: true, url });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '仍要打开微信登录' }));
    });
    expect(send).toHaveBeenCalledWith({ type: 'guard:continue', url });
    expect(navigate).toHaveBeenCalledWith(url);
    send.mockClear();
    announceIntercepted(`${GUARD}#${url}`);
    expect(send).not.toHaveBeenCalled();
  });

  it('never takes an Official Account article for a login', async () => {
    await show({ href: `${GUARD}#https://mp.weixin.qq.com/s/3mHLqg7aZbYdVbX0pE2kQw` });
    expect(screen.queryByRole('button', { name: '仍要打开微信登录' })).toBeNull();
  });
});
