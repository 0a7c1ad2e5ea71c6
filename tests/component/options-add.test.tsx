import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { catalogueNow } from '@/utils/catalogue-loader';
import type { Site } from '@/utils/model';
import { siteIdOfKey } from '@/utils/model';
import { site } from '../helpers/site';
import { openOptions, synced } from './options-harness';

function add(address: string, name = '') {
  fireEvent.input(screen.getByRole('combobox', { name: '网址或域名' }), {
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
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: '网址或域名' }).value).toBe('');
  });

  it('reduces any URL to the registrable domain and keeps a typed name', async () => {
    const store = await openOptions();
    add('https://passport.csdn.net/login?code=abc#frag', '我的 CSDN');
    const items = await synced(store);
    expect(items['s:csdn.net']).toMatchObject({ name: '我的 CSDN', appid: 'wx0ae11b6a28b4b9fc' });
    screen.getByRole('row', { name: /我的 CSDN/ });
  });

  it('says what is wrong with an address, next to the field, and stores nothing', async () => {
    const store = await openOptions();
    add('http://');
    const field = screen.getByRole('combobox', { name: '网址或域名' });
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
    screen.getByText(new RegExp(text));
  });

  it('asks for an address or a name when both are empty', async () => {
    await openOptions();
    add('');
    screen.getByText(/请填写网址或域名/);
  });

  it('adds a mobile app by its name alone', async () => {
    const store = await openOptions();
    add('', '  Keep  ');
    expect((await synced(store))['s:app:keep']).toMatchObject({ name: 'Keep' });
    within(screen.getByRole('row', { name: /Keep/ })).getByText('手机 App');
  });

  it('says when a site is already on the list, and changes nothing', async () => {
    const existing = site('知乎', { status: 'rebound' });
    const store = await openOptions({ 's:zhihu.com': existing });
    add('www.zhihu.com');
    expect(screen.getByRole('status').textContent).toContain('知乎 已经在清单里了');
    expect((await synced(store))['s:zhihu.com']).toEqual(existing);
  });

  it('confirms a detected site that is added by hand', async () => {
    const store = await openOptions({
      's:jd.com': site('京东', { via: 'detected', pending: true }),
    });
    add('jd.com');
    expect((await synced(store))['s:jd.com'] as Site).not.toHaveProperty('pending');
  });
});

describe('pasting many lines', () => {
  it('previews what each line becomes, then adds the new ones in one go', async () => {
    const store = await openOptions({ 's:jd.com': site('京东') });
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
    within(preview).getByText('微信读书 · 手机 App');
    const sites = async () =>
      Object.keys(await synced(store)).filter((key) => siteIdOfKey(key) !== undefined);
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

describe('suggestions from the catalogue as the address is typed', () => {
  const field = () => screen.getByRole<HTMLInputElement>('combobox', { name: '网址或域名' });
  const type = (value: string) => fireEvent.input(field(), { target: { value } });
  const key = (name: string, extra: Partial<KeyboardEventInit> = {}) =>
    fireEvent.keyDown(field(), { key: name, ...extra });
  const listbox = () => document.getElementById('add-suggestions') as HTMLElement;
  const options = () =>
    within(listbox())
      .queryAllByRole('option')
      .map((option) => option.textContent?.replace(/\s+/g, ' '));

  it.each([
    ['知', ['知乎 zhihu.com', '知识星球 zsxq.com', '中国知网 cnki.net']],
    [
      '腾讯',
      [
        '腾讯视频 v.qq.com',
        '腾讯文档 docs.qq.com',
        '腾讯元宝 yuanbao.tencent.com',
        '腾讯云 cloud.tencent.com',
      ],
    ],
    ['bili', ['哔哩哔哩 bilibili.com']],
    ['https://www.gitee.com/profile', ['Gitee gitee.com']],
    ['passport.bilibili.com', ['哔哩哔哩 bilibili.com']],
    ['QQ音', ['QQ音乐 y.qq.com']],
    ['nothing-like-it', []],
  ])('suggests for “%s”: %j', async (typed, expected) => {
    await openOptions();
    type(typed);
    // The catalogue is loaded by the first keystroke.
    await waitFor(() => expect(options()).toEqual(expected));
    expect(field().getAttribute('aria-expanded')).toBe(String(expected.length > 0));
  });

  it('is driven from the keyboard, the focus staying in the field', async () => {
    const store = await openOptions();
    field().focus();
    type('腾讯');
    await waitFor(() => expect(options()).toHaveLength(4));
    const listbox = screen.getByRole('listbox', { name: '提供微信登录的网站' });
    expect(field().getAttribute('aria-controls')).toBe(listbox.id);
    expect(field().getAttribute('aria-activedescendant')).toBeNull();
    key('ArrowDown');
    key('ArrowDown');
    const active = document.getElementById(field().getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toContain('腾讯文档');
    expect(active?.getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    key('ArrowUp');
    // Up from the first wraps to the last.
    expect(
      document.getElementById(field().getAttribute('aria-activedescendant') ?? '')?.textContent,
    ).toContain('腾讯云');
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(field().value).toBe('docs.qq.com');
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(field());
    // Enter with no suggestion highlighted submits the form, as it always did.
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    expect((await synced(store))['s:docs.qq.com']).toMatchObject({ name: '腾讯文档' });
  });

  it('closes on Escape and reopens on Down', async () => {
    await openOptions();
    type('zhi');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(options()).toEqual(['知乎 zhihu.com', 'BOSS直聘 zhipin.com']);
    key('Escape');
    expect(options()).toEqual([]);
    expect(field().value).toBe('zhi');
    key('ArrowDown', { altKey: true });
    expect(options()).toHaveLength(2);
    expect(field().getAttribute('aria-activedescendant')).toBeNull();
  });

  it('takes a suggestion that is clicked', async () => {
    await openOptions();
    type('网易');
    fireEvent.click(await within(listbox()).findByRole('option', { name: /网易云音乐/ }));
    expect(field().value).toBe('music.163.com');
  });

  it('adds a catalogue site typed by name in the address field', async () => {
    const store = await openOptions();
    field().focus();
    await waitFor(() => expect(catalogueNow()).toBeDefined());
    add('豆瓣');
    expect((await synced(store))['s:douban.com']).toMatchObject({ name: '豆瓣' });
  });

  it('refuses an Official Account article: it is WeChat itself, not “qq.com”', async () => {
    const store = await openOptions();
    add('https://mp.weixin.qq.com/s/AbCdEf123');
    screen.getByText(/是微信自己的网页（比如公众号文章或网页版微信）/);
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(Object.keys(await synced(store))).toEqual([]);
  });
});
