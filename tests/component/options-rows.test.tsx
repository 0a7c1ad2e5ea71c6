import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { site } from '../helpers/site';
import { openOptions, synced } from './options-harness';

/**
 * A long list shows a screenful of complete rows at once and completes the others right after
 * the first paint (components/options/SiteRow.tsx); nothing a user does is lost meanwhile.
 */

const many = Object.fromEntries(
  Array.from({ length: 300 }, (_, i) => [
    `s:site${String(i).padStart(3, '0')}.example.com`,
    site(`网站 ${String(i).padStart(3, '0')}`, { at: i }),
  ]),
);
const statuses = () => screen.queryAllByRole('combobox', { name: /的状态$/ });

describe('a long site list', () => {
  it('completes every row shortly after it first shows', async () => {
    await openOptions(many);
    expect(screen.getAllByRole('row')).toHaveLength(301);
    expect(statuses().length).toBeGreaterThan(0);
    // happy-dom builds rows far slower than a browser: allow it the time.
    await waitFor(() => expect(statuses()).toHaveLength(300), { timeout: 20_000 });
    within(screen.getByRole('row', { name: /网站 299/ })).getByRole('textbox');
  });

  it('builds a row at once when it changes before its turn', async () => {
    const store = await openOptions(many);
    store.write({
      's:site299.example.com': site('网站 299', { status: 'abandon', at: 999 }),
    });
    const row = await waitFor(() => screen.getByRole('row', { name: /网站 299/ }));
    const status = within(row).getByRole<HTMLSelectElement>('combobox', {
      name: '网站 299 的状态',
    });
    expect(status.value).toBe('abandon');
    fireEvent.change(status, { target: { value: 'rebound' } });
    expect(((await synced(store))['s:site299.example.com'] as { status: string }).status).toBe(
      'rebound',
    );
  });
});
