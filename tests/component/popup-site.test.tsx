import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { site } from '../helpers/site';
import { openPopup, stored } from './popup-harness';

const UNKNOWN =
  '读不到这个页面的地址：浏览器自己的页面不对扩展开放。如果这是网站，请点工具栏上的扩展图标重新打开。';

function card(): HTMLElement {
  const element = screen.getByRole('region', { name: '当前网站' });
  return element;
}

describe('the current-site card', () => {
  it('reads the active tab of the focused window, nothing more', async () => {
    await openPopup({ url: 'https://www.example.org/a/page' });
    await screen.findByText('example.org');
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
  });

  it('shows the checklist at once, while the site is still being read', async () => {
    await openPopup({ url: 'https://www.example.org/' });
    screen.getByLabelText('账号处于安全状态');
    within(card()).getByText('正在读取当前标签页…');
    await within(card()).findByText('example.org');
  });

  it('changes the status of a listed site in one click', async () => {
    const store = await openPopup({
      url: 'https://www.zhihu.com/question/1',
      items: { 's:zhihu.com': site('知乎') },
    });
    const rebound = await within(card()).findByRole('radio', { name: '已改绑' });
    expect(within(card()).getByRole('radio', { name: '待改绑' })).toHaveProperty('checked', true);
    fireEvent.click(rebound);
    expect(rebound).toHaveProperty('checked', true);
    await store.flush();
    expect(await stored('s:zhihu.com')).toMatchObject({ name: '知乎', status: 'rebound' });
  });

  it('flags an unlisted site with a note, and then shows its status', async () => {
    const store = await openPopup({ url: 'https://shop.example.com.cn/login' });
    await within(card()).findByText('example.com.cn');
    expect(within(card()).queryByText('这个网站提供微信登录。')).toBeNull();
    fireEvent.input(within(card()).getByLabelText('备注（可不填）'), {
      target: { value: '  会员积分还没用完 ' },
    });
    fireEvent.click(within(card()).getByRole('button', { name: '标记为使用微信登录' }));

    const rebind = within(card()).getByRole('radio', { name: '待改绑' });
    expect(rebind).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(rebind);
    expect(within(card()).getByRole('status').textContent).toBe('已加入网站清单。');
    await store.flush();
    expect(await stored('s:example.com.cn')).toMatchObject({
      name: 'example.com.cn',
      status: 'rebind',
      via: 'manual',
      note: '会员积分还没用完',
    });
  });

  it('recognises a site known to offer WeChat login, on any of its hosts', async () => {
    const store = await openPopup({ url: 'https://passport.yhd.com/wechat/callback.do' });
    await within(card()).findByText('这个网站提供微信登录。');
    within(card()).getByText('1号店');
    within(card()).getByText('yhd.com');
    fireEvent.click(within(card()).getByRole('button', { name: '标记为使用微信登录' }));
    await store.flush();
    expect(await stored('s:yhd.com')).toMatchObject({ name: '1号店', via: 'manual' });
  });

  it('on a service of a shared domain, names the service and says it offers WeChat login', async () => {
    const store = await openPopup({
      url: 'https://y.qq.com/n/ryqq/player',
      items: { 's:qq.com': site('QQ') },
    });
    await within(card()).findByText('这个网站提供微信登录。');
    expect(card().querySelector('.site-name')?.textContent).toBe('QQ音乐y.qq.com');
    fireEvent.click(within(card()).getByRole('button', { name: '标记为使用微信登录' }));
    await store.flush();
    expect(await stored('s:y.qq.com')).toMatchObject({ name: 'QQ音乐', via: 'manual' });
    // The old "qq.com" entry is still there, untouched.
    expect(await stored('s:qq.com')).toMatchObject({ name: 'QQ' });
  });

  it('links a listed catalogue site to its account settings page', async () => {
    await openPopup({
      url: 'https://www.bilibili.com/',
      items: { 's:bilibili.com': site('B站') },
    });
    const link = await within(card()).findByRole('link', {
      name: '去这个网站的账号设置，绑定手机号、邮箱或设置密码',
    });
    expect(link.getAttribute('href')).toBe('https://passport.bilibili.com/account/security');
    expect(card().querySelector('.known')?.textContent).toBe('这个网站提供微信登录。');
  });

  it('says an Official Account article is WeChat itself, with nothing to flag', async () => {
    await openPopup({ url: 'https://mp.weixin.qq.com/s/AbCdEf' });
    const reason = await within(card()).findByText(/这是微信自己的网页，不是用微信登录的网站/);
    expect(reason.id).toBe('site-reason');
    expect(within(card()).getByRole('button', { name: '标记为使用微信登录' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('shows a Unicode domain readably and keeps an IP address whole', async () => {
    await openPopup({ url: 'https://www.例子.中国/' });
    await within(card()).findByText('例子.中国');
  });

  it('flags a page served from an IP address under that address', async () => {
    const store = await openPopup({ url: 'http://127.0.0.1:8080/login.html' });
    await within(card()).findByText('127.0.0.1');
    fireEvent.click(within(card()).getByRole('button', { name: '标记为使用微信登录' }));
    await store.flush();
    expect(await stored('s:127.0.0.1')).toMatchObject({ name: '127.0.0.1', via: 'manual' });
  });

  it('lets the user confirm a detected site', async () => {
    const store = await openPopup({
      url: 'https://passport.csdn.net/login',
      items: { 's:csdn.net': site('CSDN', { via: 'detected', pending: true }) },
    });
    await within(card()).findByText('扩展发现你可能在这里用过微信登录。是这样吗？');
    fireEvent.click(within(card()).getByRole('button', { name: '是，加入清单' }));
    expect(within(card()).getByRole('radio', { name: '待改绑' })).toHaveProperty('checked', true);
    await store.flush();
    const entry = await stored('s:csdn.net');
    expect(entry).toMatchObject({ name: 'CSDN', status: 'rebind', via: 'detected' });
    expect(entry).not.toHaveProperty('pending');
  });

  it('lets the user dismiss a detected site so it is not proposed again', async () => {
    const store = await openPopup({
      url: 'https://passport.csdn.net/login',
      items: { 's:csdn.net': site('CSDN', { via: 'detected', pending: true }) },
    });
    fireEvent.click(await within(card()).findByRole('button', { name: '不是，忽略' }));
    expect(within(card()).getByRole('status').textContent).toBe('已忽略，以后不会再提示这个网站。');
    await store.flush();
    expect(await stored('s:csdn.net')).toBeUndefined();
    expect(await stored('dismissed')).toEqual(['csdn.net']);
  });

  it.each([
    ['chrome://newtab/', '这是浏览器自己的页面（比如新标签页或设置页），不是网站。'],
    ['about:blank', '这是浏览器自己的页面（比如新标签页或设置页），不是网站。'],
    ['edge://settings/', '这是浏览器自己的页面（比如新标签页或设置页），不是网站。'],
    ['chrome-extension://abcdefghijklmnop/options.html', '这是扩展程序的页面，不是网站。'],
    ['moz-extension://1234-5678/popup.html', '这是扩展程序的页面，不是网站。'],
    ['file:///home/me/statement.pdf', '这是电脑上的本地文件，不是网站。'],
    [undefined, UNKNOWN],
  ])('explains, without an error, why %s cannot be flagged', async (url, reason) => {
    await openPopup({ url });
    await within(card()).findByText(reason);
    const button = within(card()).getByRole('button', { name: '标记为使用微信登录' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-describedby')).toBe('site-reason');
  });

  it('treats a failing tab query like a page it may not read', async () => {
    await openPopup({ noTab: true });
    await within(card()).findByText(UNKNOWN);
  });
});
