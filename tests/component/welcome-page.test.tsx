import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeApp } from '@/components/welcome/WelcomeApp';
import { activateLocale } from '@/utils/i18n';
import { Store } from '@/utils/store';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function open(firefox: boolean) {
  const request = vi
    .spyOn(fakeBrowser.permissions, 'request')
    .mockImplementation(async () => true as never);
  const store = await Store.open();
  stores.push(store);
  render(<WelcomeApp store={store} firefox={firefox} />);
  // Let the page settle (it asks whether a permission is held, which is no prompt).
  await act(async () => {});
  return { request, store };
}

describe('the welcome page', () => {
  it('says what the extension does in three steps and asks for nothing until a click', async () => {
    const { request } = await open(false);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('欢迎使用微信注销助手');
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('strong')?.textContent)).toEqual([
      '找出网站：',
      '逐个改绑：',
      '准备注销：',
    ]);
    expect(request).not.toHaveBeenCalled();
  });

  it('shows the browser’s warning for the history scan before its button is clicked', async () => {
    const { request } = await open(false);
    const scan = screen.getByRole('button', { name: '扫描浏览记录' });
    const warning = document.getElementById(scan.getAttribute('aria-describedby') ?? '');
    expect(warning?.textContent).toContain('读取和更改您在所有已登录设备上的浏览记录');
    vi.spyOn(fakeBrowser.history, 'search').mockResolvedValue([] as never);
    vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    await act(async () => {
      fireEvent.click(scan);
    });
    expect(request).toHaveBeenCalledWith({ permissions: ['history'] });
  });

  it('offers embedded-QR detection in Firefox only, asking for webNavigation on its click', async () => {
    const { request } = await open(true);
    expect(screen.getByText(/“访问浏览记录”/).id).toBe('history-warning');
    const intro = screen.getByText(/允许本扩展读取导航期间的浏览器活动/);
    const enable = screen.getByRole('button', { name: '开启' });
    // The warning comes first on the page, and nothing has been asked yet.
    expect(intro.compareDocumentPosition(enable) & Node.DOCUMENT_POSITION_FOLLOWING).not.toBe(0);
    expect(request).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(enable);
    });
    expect(request).toHaveBeenCalledWith({ permissions: ['webNavigation'] });
    expect(screen.getByText('已开启：嵌在网页里的微信登录也会被发现。').getAttribute('role')).toBe(
      'status',
    );
  });

  it('has no embedded-QR offer in Chromium, which needs no permission for it', async () => {
    await open(false);
    expect(screen.queryByRole('button', { name: '开启' })).toBeNull();
  });

  it('is skipped with one click that closes its tab', async () => {
    await open(false);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 42 } as never);
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined as never);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '跳过，关闭此页' }));
    });
    expect(remove).toHaveBeenCalledWith(42);
  });

  it('speaks English too', async () => {
    await activateLocale('en');
    await open(false);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Welcome to WeChat Exit Planner',
    );
    expect(screen.getByRole('button', { name: 'Skip and close this page' }).tagName).toBe('BUTTON');
    expect(screen.getByText(/Read and change your browsing history/).id).toBe('history-warning');
  });
});
