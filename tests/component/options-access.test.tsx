import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OPTIONS_AREAS } from '@/components/options/OptionsApp';
import { AREAS, activateLocale, hasArea } from '@/utils/i18n';
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

  it.each([
    ['loads the warning with its texts once it is to be shown', false],
    ['loads neither while access is held', true],
  ])('with only its own texts at first, the page %s', async (_what, held) => {
    // As the real page starts (the test setup activates every area).
    await activateLocale('zh_CN', OPTIONS_AREAS);
    try {
      stubHostAccess(held);
      await openOptions();
      if (held) {
        await screen.findByRole('heading', { name: '设置' });
        expect(screen.queryByText(MISSING)).toBeNull();
        expect(hasArea('access')).toBe(false);
      } else {
        await screen.findByText(MISSING);
        expect(hasArea('access')).toBe(true);
      }
    } finally {
      await activateLocale('zh_CN', AREAS);
    }
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
