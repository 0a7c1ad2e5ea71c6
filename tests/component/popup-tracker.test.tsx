import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { site } from '../helpers/site';
import { onFirstOfJune2026, openPopup, stored, tracker } from './popup-harness';

onFirstOfJune2026();

const WARNING =
  '想保留账号，就在这一天之前登录微信。决定注销的话，这一天过完之前都别登录微信，也别在任何网站上用“微信登录”。';

describe('the cooling-off tracker', () => {
  it('records today as the day applied, and counts 60 days from it', async () => {
    const store = await openPopup();
    within(tracker()).getByText('还没有申请注销。');
    fireEvent.click(within(tracker()).getByRole('button', { name: '我已提交注销申请' }));
    const day = within(tracker()).getByLabelText('申请日期');
    expect(day).toHaveProperty('value', '2026-06-01');
    expect(day.getAttribute('max')).toBe('2026-06-01');
    expect(document.activeElement).toBe(day);
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));

    within(tracker()).getByText('还剩 60 天');
    within(tracker()).getByText('2026年6月1日申请');
    within(tracker()).getByText('2026年7月31日注销生效');
    within(tracker()).getByText(WARNING);
    await store.flush();
    expect(await stored('tracker')).toMatchObject({ appliedOn: '2026-06-01' });
  });

  it('records an earlier day and counts from that day', async () => {
    const store = await openPopup();
    fireEvent.click(within(tracker()).getByRole('button', { name: '我已提交注销申请' }));
    fireEvent.input(within(tracker()).getByLabelText('申请日期'), {
      target: { value: '2026-05-02' },
    });
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));
    within(tracker()).getByText('还剩 30 天');
    within(tracker()).getByText('2026年7月1日注销生效');
    const bar = within(tracker()).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuetext')).toBe('冷静期第 31 天，共 60 天');
    await store.flush();
    expect(await stored('tracker')).toMatchObject({ appliedOn: '2026-05-02' });
  });

  it('refuses a day in the future', async () => {
    const store = await openPopup();
    fireEvent.click(within(tracker()).getByRole('button', { name: '我已提交注销申请' }));
    const day = within(tracker()).getByLabelText('申请日期');
    fireEvent.input(day, { target: { value: '2026-06-02' } });
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));
    within(tracker()).getByText('申请日期不能晚于今天。');
    expect(day.getAttribute('aria-invalid')).toBe('true');
    await store.flush();
    expect(await stored('tracker')).toBeUndefined();
  });

  it('warns before recording while sites still need rebinding', async () => {
    const store = await openPopup({ items: { 's:jd.com': site('京东') } });
    fireEvent.click(within(tracker()).getByRole('button', { name: '我已提交注销申请' }));
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));

    const alert = within(tracker()).getByRole('alert');
    expect(alert.textContent).toContain(
      '还有 1 个网站没改绑。申请之后再去改绑就得用微信登录，而登录会撤回注销。',
    );
    expect(within(alert).getByRole('link', { name: '先去改绑' }).getAttribute('href')).toMatch(
      /options\.html#sites$/,
    );
    await store.flush();
    expect(await stored('tracker')).toBeUndefined();

    fireEvent.click(within(alert).getByRole('button', { name: '仍然记下' }));
    within(tracker()).getByText('还剩 60 天');
    within(tracker()).getByText(/网站清单里还有 1 个网站标着“待改绑”/);
    await store.flush();
    expect(await stored('tracker')).toMatchObject({ appliedOn: '2026-06-01' });
  });

  it('resets when the deletion was cancelled, and can undo that', async () => {
    const store = await openPopup({ items: { tracker: { appliedOn: '2026-05-20', at: 1 } } });
    within(tracker()).getByText('还剩 48 天');
    fireEvent.click(within(tracker()).getByRole('button', { name: '我撤回了申请 / 注销被撤回了' }));

    within(tracker()).getByText('还没有申请注销。');
    expect(within(tracker()).queryByText(WARNING)).toBeNull();
    await store.flush();
    const cleared = await stored('tracker');
    expect(cleared).not.toHaveProperty('appliedOn');

    const notice = within(tracker()).getByText(/已清除申请日期（原为2026年5月20日）/);
    expect(document.activeElement).toBe(notice);
    fireEvent.click(within(tracker()).getByRole('button', { name: '恢复' }));
    within(tracker()).getByText('还剩 48 天');
    await store.flush();
    expect(await stored('tracker')).toMatchObject({ appliedOn: '2026-05-20' });
  });

  it('restarts the period when the user applied again', async () => {
    const store = await openPopup({ items: { tracker: { appliedOn: '2026-04-10', at: 1 } } });
    fireEvent.click(within(tracker()).getByRole('button', { name: '我重新申请了' }));
    expect(within(tracker()).getByLabelText('申请日期')).toHaveProperty('value', '2026-06-01');
    fireEvent.click(within(tracker()).getByRole('button', { name: '记下' }));
    within(tracker()).getByText('还剩 60 天');
    await store.flush();
    expect(await stored('tracker')).toMatchObject({ appliedOn: '2026-06-01' });
  });

  it('has one day left on day 60', async () => {
    // Applied on 3 April: 1 June is the 60th day, 2 June the day it becomes permanent.
    await openPopup({ items: { tracker: { appliedOn: '2026-04-03', at: 1 } } });
    within(tracker()).getByText('还剩 1 天');
    within(tracker()).getByText('2026年6月2日注销生效');
    within(tracker()).getByText(WARNING);
  });

  it('still warns on the day the period ends', async () => {
    await openPopup({ items: { tracker: { appliedOn: '2026-04-02', at: 1 } } });
    within(tracker()).getByText(/60 天已经过完，注销今天生效/);
  });

  it('says the deletion is final once the period is over', async () => {
    const store = await openPopup({ items: { tracker: { appliedOn: '2026-03-01', at: 1 } } });
    within(tracker()).getByText('注销已在2026年4月30日生效，除非你在那之前登录过微信。');
    expect(within(tracker()).queryByText(WARNING)).toBeNull();
    fireEvent.click(within(tracker()).getByRole('button', { name: '清除这条记录' }));
    await store.flush();
    expect(await stored('tracker')).not.toHaveProperty('appliedOn');
  });

  it('reads the same in English', async () => {
    const { activateLocale } = await import('@/utils/i18n');
    await activateLocale('en');
    await openPopup({ items: { tracker: { appliedOn: '2026-05-31', at: 1 } } });
    const region = screen.getByRole('region', { name: 'Cooling-off period' });
    within(region).getByText('59 days left');
    within(region).getByText('Becomes final on July 30, 2026');
  });
});
