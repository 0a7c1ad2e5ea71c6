import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { stubHostAccess } from '../helpers/host-access';
import { openPopup } from './popup-harness';

const MISSING = /无法访问微信的登录页/;

describe('the popup when access to WeChat’s login page is gone', () => {
  it('says what stops working and asks for it again from the click', async () => {
    const access = stubHostAccess(false);
    await openPopup({ items: { tracker: { appliedOn: '2026-11-20', at: 1 } } });
    await screen.findByText(MISSING);
    access.set(true);
    fireEvent.click(screen.getByRole('button', { name: '重新允许访问' }));
    expect(access.request).toHaveBeenCalledWith({ origins: ['*://open.weixin.qq.com/*'] });
    await waitFor(() => expect(screen.queryByText(MISSING)).toBeNull());
  });

  it('shows nothing about it while access is held', async () => {
    await openPopup();
    await screen.findByRole('heading', { name: '微信注销助手' });
    expect(screen.queryByText(MISSING)).toBeNull();
  });
});
