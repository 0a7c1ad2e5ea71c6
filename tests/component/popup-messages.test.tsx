import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POPUP_AREAS } from '@/components/popup/PopupApp';
import { AREAS, activateLocale } from '@/utils/i18n';
import { openPopup } from './popup-harness';

/** The popup loads only the messages it shows, and the checklist's longer texts after. */

afterEach(async () => {
  await activateLocale('zh_CN', AREAS);
});

function item(title: string): HTMLElement {
  const li = screen.getByLabelText(title).closest('li');
  if (!li) throw new Error(`no item ${title}`);
  return li;
}

describe('the popup with its own messages only', () => {
  it('renders without a missing message, and the longer texts follow the first render', async () => {
    const missing = vi.spyOn(console, 'error');
    await activateLocale('zh_CN', POPUP_AREAS);
    await openPopup({ url: 'https://example.org/' });
    const row = item('微信支付已注销');
    // Only the summary of the (closed) details so far.
    expect(within(row).queryByLabelText(/^不适用/)).toBeNull();
    await waitFor(() => within(row).getByLabelText('不适用：从没开通过微信支付'));
    within(row).getByText(/注销微信支付时银行卡也会一并解绑/);
    expect(missing).not.toHaveBeenCalled();
  });
});
