import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { site } from '../helpers/site';
import { openOptions } from './options-harness';
import { openPopup } from './popup-harness';

/** What the pages show for look-alike domains, names in another direction and reserved hosts. */

const LOOKALIKE = 'xn--zhhu-m9d.com';
const WARNING = /可能在冒充别的网站/;

describe('the options list', () => {
  it('shows a look-alike domain in its xn-- form with a warning, and names isolated', async () => {
    await openOptions({
      [`s:${LOOKALIKE}`]: site('知乎', { via: 'detected', pending: true }),
      's:jd.com': site('עברית jd'),
    });
    const row = screen.getByRole('row', { name: /知乎/ });
    expect(within(row).getByRole('link').textContent).toBe(LOOKALIKE);
    expect(within(row).getByRole('note').textContent).toMatch(WARNING);
    expect(row.querySelector('th bdi')?.textContent).toBe('知乎');
    const other = screen.getByRole('row', { name: /jd/ });
    expect(within(other).queryByRole('note')).toBeNull();
    expect(other.querySelector('th bdi')?.textContent).toBe('עברית jd');
  });
});

describe('the popup', () => {
  it('warns about a look-alike domain on the current-site card', async () => {
    await openPopup({
      url: 'https://www.xn--zhhu-m9d.com/login',
      items: { [`s:${LOOKALIKE}`]: site('知乎', { via: 'detected', pending: true }) },
    });
    const card = screen.getByRole('region', { name: '当前网站' });
    expect((await within(card).findByRole('note')).textContent).toMatch(WARNING);
    expect(within(card).queryByText(LOOKALIKE)?.textContent).toBe(LOOKALIKE);
    expect(card.querySelector('strong bdi')?.textContent).toBe('知乎');
  });

  it.each([
    'http://x.constructor/',
    'http://constructor/',
    'http://__proto__/',
    'http://a.tostring/',
  ])('never shows a message key over %s', async (url) => {
    await openPopup({ url, items: { 's:zhihu.com': site('知乎') } });
    const card = screen.getByRole('region', { name: '当前网站' });
    await within(card).findByRole('button');
    expect(document.body.textContent).not.toMatch(/undefined|status\.\w/);
  });
});
