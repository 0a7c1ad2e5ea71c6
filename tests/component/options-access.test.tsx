import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { stubHostAccess } from '../helpers/host-access';
import { openOptions } from './options-harness';

const MISSING = /无法访问微信的登录页/;
const ACCESS = { origins: ['*://open.weixin.qq.com/*'] };

describe('access to WeChat’s login page', () => {
  it('says nothing while the extension has it', async () => {
    stubHostAccess(true);
    await openOptions();
    await screen.findByRole('heading', { name: '设置' });
    expect(screen.queryByText(MISSING)).toBeNull();
  });

  it('warns when it was taken away, and asks for it again on the click', async () => {
    const access = stubHostAccess(false);
    await openOptions();
    await screen.findByText(MISSING);
    access.set(true);
    fireEvent.click(screen.getByRole('button', { name: '重新允许访问' }));
    expect(access.request).toHaveBeenCalledWith(ACCESS);
    await waitFor(() => expect(screen.queryByText(MISSING)).toBeNull());
  });

  it('explains where else to allow it when the browser refuses', async () => {
    const access = stubHostAccess(false);
    await openOptions();
    fireEvent.click(await screen.findByRole('button', { name: '重新允许访问' }));
    await screen.findByText(/浏览器没有给出这项权限/);
    screen.getByText(MISSING);
    expect(access.request).toHaveBeenCalledTimes(1);
  });

  it('goes away by itself when access comes back from the browser’s own settings', async () => {
    const access = stubHostAccess(false);
    await openOptions();
    await screen.findByText(MISSING);
    access.set(true);
    access.fireAdded();
    await waitFor(() => expect(screen.queryByText(MISSING)).toBeNull());
  });
});
