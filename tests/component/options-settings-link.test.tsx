import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { catalogueNow } from '@/utils/catalogue-loader';
import { openOptions, site } from './options-harness';

describe('the account-settings link of a listed site', () => {
  it('goes to the catalogue’s own https page, in a new tab, named for the site', async () => {
    await openOptions({
      's:bilibili.com': site({ name: 'B站' }),
      's:music.163.com': site({ name: '网易云音乐' }),
    });
    const row = screen.getByRole('row', { name: /B站/ });
    // The catalogue follows the first paint: the link joins the row then.
    const link = await within(row).findByRole('link', {
      name: '去账号设置：B站（在那里绑定手机号、邮箱或设置密码；新标签页打开）',
    });
    expect(link.getAttribute('href')).toBe('https://passport.bilibili.com/account/security');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const music = within(screen.getByRole('row', { name: /网易云音乐/ })).getByRole('link', {
      name: /账号设置/,
    });
    expect(music.getAttribute('href')).toBe('https://music.163.com/#/user/binding');
  });

  it('is absent where the catalogue knows no settings page, or the site at all', async () => {
    await openOptions({
      's:zhihu.com': site({ name: '知乎' }),
      's:example.org': site({ name: 'example.org' }),
      's:app:keep': site({ name: 'Keep' }),
    });
    await waitFor(() => expect(catalogueNow()).toBeDefined());
    expect(screen.queryAllByRole('link', { name: /账号设置/ })).toEqual([]);
    // The domain links are there: the rows are complete.
    expect(screen.getByRole('link', { name: 'zhihu.com' }).getAttribute('href')).toBe(
      'https://zhihu.com/',
    );
  });
});
