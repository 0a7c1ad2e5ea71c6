import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HistoryScanPanel } from '@/components/history';
import { Store } from '@/utils/store';
import { JD_CB, QR, ZHIHU_CB } from '../helpers/login-urls';

const HISTORY = [
  {
    url: `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}`,
    lastVisitTime: 3,
    visitCount: 1,
  },
  { url: 'https://www.example.cn/wechat/cb?code=1&state=2', lastVisitTime: 2, visitCount: 1 },
  { url: `${QR}?appid=wx827225356b689e24&redirect_uri=${JD_CB}`, lastVisitTime: 1, visitCount: 1 },
  { url: 'https://news.example.com/today', lastVisitTime: 4, visitCount: 9 },
];

/** fakeBrowser has no permissions or history API: stubs that record the order of calls. */
function stubBrowser(granted = true) {
  const calls: string[] = [];
  const request = vi.fn(async (_p: { permissions?: string[] }) => {
    calls.push('request');
    return granted;
  });
  const remove = vi.fn(async (_p: { permissions?: string[] }) => {
    calls.push('remove');
    return true;
  });
  const search = vi.fn(async (_q: { text: string }) => {
    calls.push('search');
    return HISTORY;
  });
  const contains = vi.fn(async () => false);
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(remove);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(contains);
  vi.spyOn(fakeBrowser.history, 'search').mockImplementation(search);
  return { calls, request, remove, search, contains };
}

/** `frames`: as in the Firefox build; left out, the panel decides as in the build under test. */
async function mount(items: Record<string, unknown> = {}, frames?: boolean) {
  await fakeBrowser.storage.sync.set(items);
  const store = await Store.open();
  render(<HistoryScanPanel store={store} {...(frames === undefined ? {} : { frames })} />);
  return store;
}

/** Clicks "scan" and waits until the scan has finished (the button reads "scan" again). */
async function scan() {
  const button = screen.getByRole('button', { name: '扫描浏览记录' });
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => {
    expect(button.textContent).toBe('扫描浏览记录');
    expect(fakeBrowser.permissions.request).toHaveBeenCalled();
  });
  // The permission is given back last, after the results are on screen.
  await act(async () => {});
}

describe('the history scan', () => {
  beforeEach(() => {
    vi.useRealTimers();
  });

  it('asks for the history permission on the click, before anything else, and gives it back', async () => {
    const api = stubBrowser();
    await mount();
    await scan();
    expect(api.calls).toEqual(['request', 'search', 'remove']);
    expect(api.request).toHaveBeenCalledWith({ permissions: ['history'] });
    expect(api.remove).toHaveBeenCalledWith({ permissions: ['history'] });
  });

  it('scans nothing when the permission is refused', async () => {
    const api = stubBrowser(false);
    await mount();
    await scan();
    expect(api.search).not.toHaveBeenCalled();
    screen.getByText('没有得到读取浏览记录的权限，所以没有扫描。');
  });

  it('shows what it found, login pages ticked, callbacks left for the user', async () => {
    stubBrowser();
    await mount({ 's:jd.com': { name: '京东', status: 'rebind', via: 'manual', first: 1, at: 1 } });
    await scan();
    screen.getByText('找到 2 个可能用微信登录过的网站。勾选要加入清单的：');
    screen.getByText('另有 1 个已经在清单里。');
    const zhihu = screen.getByRole<HTMLInputElement>('checkbox', { name: /知乎/ });
    const example = screen.getByRole<HTMLInputElement>('checkbox', { name: /example\.cn/ });
    expect(zhihu.checked).toBe(true);
    expect(example.checked).toBe(false);
    screen.getByRole('button', { name: '加入 1 个网站' });
  });

  it('adds only the ticked sites, confirmed', async () => {
    stubBrowser();
    const store = await mount();
    await scan();
    fireEvent.click(screen.getByRole('checkbox', { name: /京东/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /example\.cn/ }));
    fireEvent.click(screen.getByRole('button', { name: '加入 2 个网站' }));
    const sites = store.snapshot.state.sites;
    expect(Object.keys(sites).sort()).toEqual(['example.cn', 'zhihu.com']);
    expect(sites['zhihu.com']).toMatchObject({ via: 'detected', status: 'rebind' });
    expect(sites['zhihu.com']?.pending).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('已加入 2 个网站。');
    await store.flush();
    await waitFor(async () =>
      expect(await fakeBrowser.storage.sync.get(null)).toHaveProperty('s:example.cn'),
    );
  });

  it('lists visited catalogue sites apart, asks, and adds one only when ticked', async () => {
    const api = stubBrowser();
    api.search.mockResolvedValue([
      ...HISTORY,
      { url: 'https://www.bilibili.com/video/BV1', lastVisitTime: 5, visitCount: 30 },
      { url: 'https://docs.qq.com/doc/1', lastVisitTime: 6, visitCount: 2 },
      { url: 'https://mp.weixin.qq.com/s/AbC', lastVisitTime: 7, visitCount: 2 },
    ]);
    const store = await mount();
    await scan();
    const visited = screen.getByRole('group', {
      name: '你访问过这 2 个提供微信登录的网站。你在那里用过微信登录吗？用过的请勾选：',
    });
    const logins = screen.getByRole('group', { name: /^找到 3 个/ });
    const bilibili = within(visited).getByRole<HTMLInputElement>('checkbox', { name: /哔哩哔哩/ });
    const docs = within(visited).getByRole<HTMLInputElement>('checkbox', { name: /腾讯文档/ });
    expect(within(logins).queryByRole('checkbox', { name: /哔哩哔哩/ })).toBeNull();
    // Never ticked for the user, and WeChat's own article is no site at all.
    expect([bilibili.checked, docs.checked]).toEqual([false, false]);
    expect(screen.queryByRole('checkbox', { name: /qq\.com$|weixin/ })).toBeNull();
    fireEvent.click(bilibili);
    fireEvent.click(screen.getByRole('button', { name: '加入 3 个网站' }));
    expect(Object.keys(store.snapshot.state.sites).sort()).toEqual([
      'bilibili.com',
      'jd.com',
      'zhihu.com',
    ]);
    expect(store.snapshot.state.sites['bilibili.com']).toMatchObject({
      name: '哔哩哔哩',
      via: 'detected',
    });
  });

  it('says so when nothing is found', async () => {
    const api = stubBrowser();
    api.search.mockResolvedValue([
      { url: 'https://news.example.com/', lastVisitTime: 1, visitCount: 1 },
    ]);
    await mount();
    await scan();
    screen.getByText(/浏览记录里没有找到微信登录/);
  });
});

describe('embedded logins in Firefox', () => {
  it('asks for webNavigation on the click and shows it is on', async () => {
    const api = stubBrowser();
    await mount({}, true);
    const enable = await screen.findByRole('button', { name: '开启' });
    await waitFor(() => expect((enable as HTMLButtonElement).disabled).toBe(false));
    await act(async () => {
      fireEvent.click(enable);
    });
    expect(api.request).toHaveBeenCalledWith({ permissions: ['webNavigation'] });
    screen.getByText('已开启：嵌在网页里的微信登录也会被发现。');
  });

  it('is not offered in the Chromium build, whose webRequest sees embedded logins without it', async () => {
    expect(import.meta.env.BROWSER).toBe('chrome');
    stubBrowser();
    await mount();
    screen.getByRole('button', { name: '扫描浏览记录' });
    expect(screen.queryByText('发现嵌在网页里的微信登录')).toBeNull();
  });
});
