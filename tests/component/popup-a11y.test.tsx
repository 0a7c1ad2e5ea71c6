import { fireEvent, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { site } from '../helpers/site';
import { openPopup } from './popup-harness';

// Contrast needs real layout and colours: it is checked in the browser, not in happy-dom.
const OPTIONS = { rules: { 'color-contrast': { enabled: false } } };

async function violations(): Promise<string[]> {
  for (const details of document.querySelectorAll('details')) details.open = true;
  const result = await axe.run(document.body, OPTIONS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('the popup, as assistive technology meets it', () => {
  it('has no violations axe can find while the period runs and a listed site is shown', async () => {
    await openPopup({
      url: 'https://www.zhihu.com/',
      items: { 's:zhihu.com': site('知乎'), tracker: { appliedOn: '2026-11-01', at: 1 } },
    });
    await within(screen.getByRole('region', { name: '当前网站' })).findByRole('radio', {
      name: '已改绑',
    });
    expect(await violations()).toEqual([]);
  });

  it('has none before applying, with the date form and its warning open', async () => {
    await openPopup({ url: 'https://example.org/', items: { 's:jd.com': site('example.com') } });
    const tracker = screen.getByRole('region', { name: '注销冷静期' });
    fireEvent.click(within(tracker).getByRole('button', { name: '我已提交注销申请' }));
    fireEvent.click(within(tracker).getByRole('button', { name: '记下' }));
    await within(screen.getByRole('region', { name: '当前网站' })).findByRole('button', {
      name: '标记为使用微信登录',
    });
    expect(await violations()).toEqual([]);
  });

  it('has none while it asks before ticking an item out of order', async () => {
    await openPopup({ url: 'https://example.org/' });
    fireEvent.click(screen.getByLabelText('微信支付已注销'));
    expect(screen.getByRole('alert').textContent).toContain('仍然勾选这一项吗');
    await within(screen.getByRole('region', { name: '当前网站' })).findByRole('button', {
      name: '标记为使用微信登录',
    });
    expect(await violations()).toEqual([]);
  });
});
