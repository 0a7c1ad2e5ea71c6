import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Site } from '@/utils/model';
import { openOptions, site, synced } from './options-harness';

function add(address: string, name = '') {
  fireEvent.input(screen.getByRole('textbox', { name: '网址或域名' }), {
    target: { value: address },
  });
  fireEvent.input(screen.getByRole('textbox', { name: '名称' }), { target: { value: name } });
  fireEvent.click(screen.getByRole('button', { name: '添加' }));
}

describe('adding one site', () => {
  it('adds a domain under its own name', async () => {
    const store = await openOptions();
    add('douban.com');
    expect(screen.getByRole('status').textContent).toContain('已添加 豆瓣（douban.com）');
    expect((await synced(store))['s:douban.com']).toMatchObject({
      name: '豆瓣',
      status: 'rebind',
      via: 'manual',
    });
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '网址或域名' }).value).toBe('');
  });

  it('reduces any URL to the registrable domain and keeps a typed name', async () => {
    const store = await openOptions();
    add('https://passport.csdn.net/login?code=abc#frag', '我的 CSDN');
    const items = await synced(store);
    expect(items['s:csdn.net']).toMatchObject({ name: '我的 CSDN', appid: 'wx0ae11b6a28b4b9fc' });
    expect(screen.getByRole('row', { name: /我的 CSDN/ })).toBeTruthy();
  });

  it('says what is wrong with an address, next to the field, and stores nothing', async () => {
    const store = await openOptions();
    add('http://');
    const field = screen.getByRole('textbox', { name: '网址或域名' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('“http://”不是有效的网址或域名');
    expect(message?.textContent).toContain('zhihu.com');
    expect(document.activeElement).toBe(field);
    expect(Object.keys(await synced(store))).toEqual([]);
  });

  it.each([
    ['ftp://files.example.com', '只能添加以 http:// 或 https:// 开头的网址'],
    ['com.cn', '认不出网站的域名'],
  ])('explains %s', async (address, text) => {
    await openOptions();
    add(address);
    expect(screen.getByText(new RegExp(text))).toBeTruthy();
  });

  it('asks for an address or a name when both are empty', async () => {
    await openOptions();
    add('');
    expect(screen.getByText(/请填写网址或域名/)).toBeTruthy();
  });

  it('adds a mobile app by its name alone', async () => {
    const store = await openOptions();
    add('', '  Keep  ');
    expect((await synced(store))['s:app:keep']).toMatchObject({ name: 'Keep' });
    expect(within(screen.getByRole('row', { name: /Keep/ })).getByText('手机 App')).toBeTruthy();
  });

  it('says when a site is already on the list, and changes nothing', async () => {
    const existing = site({ name: '知乎', status: 'rebound' });
    const store = await openOptions({ 's:zhihu.com': existing });
    add('www.zhihu.com');
    expect(screen.getByRole('status').textContent).toContain('知乎 已经在清单里了');
    expect((await synced(store))['s:zhihu.com']).toEqual(existing);
  });

  it('confirms a detected site that is added by hand', async () => {
    const store = await openOptions({
      's:jd.com': site({ name: '京东', via: 'detected', pending: true }),
    });
    add('jd.com');
    expect((await synced(store))['s:jd.com'] as Site).not.toHaveProperty('pending');
  });
});

describe('pasting many lines', () => {
  it('previews what each line becomes, then adds the new ones in one go', async () => {
    const store = await openOptions({ 's:jd.com': site({ name: '京东' }) });
    fireEvent.click(screen.getByText('一次添加多个'));
    fireEvent.input(screen.getByRole('textbox', { name: '每行一个网站或 App' }), {
      target: {
        value: '知乎\nhttps://www.douban.com/people/1\n京东\nzhihu.com\nhttp://\n微信读书\n',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: '预览' }));

    const preview = screen.getByRole('region', { name: /共 6 行，可以添加 3 个/ });
    const outcome = (line: number) =>
      within(preview).getAllByRole('row')[line]?.lastElementChild?.textContent;
    expect(outcome(1)).toBe('将添加');
    expect(outcome(2)).toBe('将添加');
    expect(outcome(3)).toBe('已在清单里');
    expect(outcome(4)).toBe('与前面的行重复');
    expect(outcome(5)).toContain('不是有效的网址或域名');
    expect(within(preview).getByText('微信读书 · 手机 App')).toBeTruthy();
    const sites = async () =>
      Object.keys(await synced(store)).filter((key) => key.startsWith('s:'));
    expect(await sites()).toEqual(['s:jd.com']);

    fireEvent.click(within(preview).getByRole('button', { name: '添加 3 个' }));
    expect(screen.getByRole('status').textContent).toContain('已添加 3 个网站或 App');
    expect((await sites()).sort()).toEqual([
      's:app:微信读书',
      's:douban.com',
      's:jd.com',
      's:zhihu.com',
    ]);
  });
});
