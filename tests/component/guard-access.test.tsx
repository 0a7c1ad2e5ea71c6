import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { WECHAT_OWN_LOGIN_ORIGINS } from '@/utils/host-access';
import { stubOwnLoginAccess } from '../helpers/host-access';
import { openOptions } from './options-harness';
import { onFirstOfJune2026, openPopup, tracker } from './popup-harness';

/**
 * Asking for the optional access to WeChat's own web logins. The browser's prompt cannot be
 * answered under automation (tests/e2e/guard.e2e.ts runs the guard as after a yes); here the
 * browser's answer is stubbed and what the pages ask, and say, is checked.
 */

const OWN = { origins: [...WECHAT_OWN_LOGIN_ORIGINS] };
const NOT_GUARDED = /还没有拦截：网页版微信、文件传输助手和微信公众平台的登录/;

onFirstOfJune2026();

describe('the tracker and WeChat’s own web logins', () => {
  it('asks for them in the click that records the application, and says nothing once granted', async () => {
    const access = stubOwnLoginAccess(false);
    await openPopup();
    fireEvent.click(within(tracker()).getByRole('button', { name: '我已提交注销申请' }));
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));
    expect(access.request).toHaveBeenCalledTimes(1);
    expect(access.request).toHaveBeenCalledWith(OWN);
    await within(tracker()).findByText('还剩 60 天');
    await waitFor(() => expect(screen.queryByText(NOT_GUARDED)).toBeNull());
  });

  it('says plainly which logins are not guarded while the user has said no, and asks again on one click', async () => {
    const access = stubOwnLoginAccess(false);
    access.answer(false);
    await openPopup();
    fireEvent.click(within(tracker()).getByRole('button', { name: '我已提交注销申请' }));
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));
    await within(tracker()).findByText(NOT_GUARDED);
    within(tracker()).getByText(/浏览器没有给出这项权限，这些登录仍然不会被拦截/);

    access.answer(true);
    fireEvent.click(within(tracker()).getByRole('button', { name: '也拦截这些登录' }));
    expect(access.request).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(within(tracker()).queryByText(NOT_GUARDED)).toBeNull());
  });

  it('shows the gap during a period recorded elsewhere (another device, via sync)', async () => {
    stubOwnLoginAccess(false);
    await openPopup({ items: { tracker: { appliedOn: '2026-05-20', at: 1 } } });
    await within(tracker()).findByText(NOT_GUARDED);
  });

  it('asks nothing and shows nothing when the access is already held', async () => {
    const access = stubOwnLoginAccess(true);
    await openPopup({ items: { tracker: { appliedOn: '2026-05-20', at: 1 } } });
    await within(tracker()).findByText('还剩 48 天');
    fireEvent.click(within(tracker()).getByRole('button', { name: '我重新申请了' }));
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));
    expect(access.request).not.toHaveBeenCalled();
    expect(screen.queryByText(NOT_GUARDED)).toBeNull();
  });

  it('says nothing about it before an application or after the period', async () => {
    stubOwnLoginAccess(false);
    await openPopup({ items: { tracker: { appliedOn: '2026-01-01', at: 1 } } });
    await within(tracker()).findByText(/注销已在.*生效/);
    expect(screen.queryByText(NOT_GUARDED)).toBeNull();
  });
});

describe('the options page and WeChat’s own web logins', () => {
  it('offers the access with one click while it is missing', async () => {
    const access = stubOwnLoginAccess(false);
    await openOptions();
    await screen.findByText(NOT_GUARDED);
    fireEvent.click(screen.getByRole('button', { name: '也拦截这些登录' }));
    expect(access.request).toHaveBeenCalledWith(OWN);
    await waitFor(() => expect(screen.queryByText(NOT_GUARDED)).toBeNull());
  });
});
