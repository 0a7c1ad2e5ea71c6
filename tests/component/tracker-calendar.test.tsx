import { fireEvent, waitFor, within } from '@testing-library/preact';
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { onFirstOfJune2026, openPopup, tracker } from './popup-harness';

onFirstOfJune2026();

describe('"Add to calendar" in the tracker', () => {
  it('downloads an .ics with the last day of the period, in the user’s language', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:calendar';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    let saved = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved = this.download;
    });
    await openPopup({ items: { tracker: { appliedOn: '2026-05-20', at: 1 } } });
    fireEvent.click(within(tracker()).getByRole('button', { name: '添加到日历' }));

    await waitFor(() => expect(saved).toBe('wechat-cooling-off-2026-05-20.ics'));
    const [blob] = blobs;
    expect(blob?.type).toBe('text/calendar');
    const event = new ICAL.Component(ICAL.parse((await blob?.text()) ?? '')).getFirstSubcomponent(
      'vevent',
    );
    if (!event) throw new Error('no VEVENT in the file');
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2026-07-18');
    expect(event.getFirstPropertyValue('summary')).toBe('微信注销冷静期最后一天');
    expect(event.getFirstPropertyValue('description')).toContain('2026年7月19日永久注销之前');
    within(tracker()).getByRole('status');
  });

  it('is not offered once the period is over', async () => {
    await openPopup({ items: { tracker: { appliedOn: '2026-01-01', at: 1 } } });
    await within(tracker()).findByText(/注销已在.*生效/);
    expect(within(tracker()).queryByRole('button', { name: '添加到日历' })).toBeNull();
  });
});
