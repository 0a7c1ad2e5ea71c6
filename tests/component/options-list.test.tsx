import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { landOnHash } from '@/components/options/hash-landing';
import { NOTE_SAVE_DELAY_MS } from '@/components/options/note-editor';
import { SiteRow } from '@/components/options/SiteRow';
import type { Site } from '@/utils/model';
import { siteIdOfKey } from '@/utils/model';
import { site } from '../helpers/site';
import { openOptions, synced } from './options-harness';

const rowOf = (name: string | RegExp) => screen.getByRole('row', { name });
const namesShown = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('th')?.firstChild?.textContent);

const THREE = {
  's:zhihu.com': site('知乎', { status: 'rebound', via: 'detected', at: 3 }),
  's:jd.com': site('京东', { note: '还有 200 京豆', at: 2 }),
  's:app:微信读书': site('微信读书', { status: 'abandon', via: 'imported', at: 1 }),
};

describe('the site list', () => {
  it('shows each site with its domain (or "mobile app"), origin, status and note', async () => {
    await openOptions(THREE);
    const zhihu = rowOf(/知乎/);
    expect(within(zhihu).getByRole('link', { name: 'zhihu.com' }).getAttribute('href')).toBe(
      'https://zhihu.com/',
    );
    within(zhihu).getByText('自动发现');
    expect(
      within(zhihu).getByRole<HTMLSelectElement>('combobox', { name: '知乎 的状态' }).value,
    ).toBe('rebound');
    const app = rowOf(/微信读书/);
    within(app).getByText('手机 App');
    expect(within(app).queryByRole('link')).toBeNull();
    expect(within(rowOf(/京东/)).getByRole<HTMLInputElement>('textbox').value).toBe(
      '还有 200 京豆',
    );
  });

  it('counts the sites per status at the top, and a count filters the list', async () => {
    await openOptions({
      ...THREE,
      's:csdn.net': site('CSDN', { pending: true, via: 'detected' }),
    });
    const summary = screen.getByRole('list', { name: /按状态统计/ });
    const count = (label: string) =>
      within(summary).getByRole('button', { name: new RegExp(label) }).textContent;
    expect(count('全部')).toBe('4全部');
    expect(count('待确认')).toBe('1待确认');
    expect(count('待改绑')).toBe('1待改绑');
    expect(count('已改绑')).toBe('1已改绑');
    fireEvent.click(within(summary).getByRole('button', { name: /已改绑/ }));
    expect(namesShown()).toEqual(['知乎']);
  });

  it('searches names, domains and notes', async () => {
    await openOptions(THREE);
    const search = screen.getByRole('searchbox', { name: '搜索' });
    fireEvent.input(search, { target: { value: '京豆' } });
    expect(namesShown()).toEqual(['京东']);
    fireEvent.input(search, { target: { value: 'ZHIHU' } });
    expect(namesShown()).toEqual(['知乎']);
    fireEvent.input(search, { target: { value: 'nothing like it' } });
    screen.getByText('没有符合条件的网站。');
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(namesShown()).toHaveLength(3);
  });

  it('filters by status and by origin', async () => {
    await openOptions(THREE);
    fireEvent.change(screen.getByRole('combobox', { name: '状态' }), {
      target: { value: 'abandon' },
    });
    expect(namesShown()).toEqual(['微信读书']);
    fireEvent.change(screen.getByRole('combobox', { name: '状态' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('combobox', { name: '来源' }), {
      target: { value: 'detected' },
    });
    expect(namesShown()).toEqual(['知乎']);
  });

  it('sorts by status (open work first), name, and last change', async () => {
    await openOptions(THREE);
    expect(namesShown()).toEqual(['京东', '知乎', '微信读书']);
    fireEvent.change(screen.getByRole('combobox', { name: '排序' }), {
      target: { value: 'changed' },
    });
    expect(namesShown()).toEqual(['知乎', '京东', '微信读书']);
    fireEvent.change(screen.getByRole('combobox', { name: '排序' }), { target: { value: 'name' } });
    // Chinese names sort by pinyin: jing, wei, zhi.
    expect(namesShown()).toEqual(['京东', '微信读书', '知乎']);
  });

  it('changes a status in place and stores it', async () => {
    const store = await openOptions(THREE);
    fireEvent.change(screen.getByRole('combobox', { name: '京东 的状态' }), {
      target: { value: 'rebound' },
    });
    expect(screen.getByRole('status').textContent).toContain('已把 京东 标记为“已改绑”');
    const saved = (await synced(store))['s:jd.com'] as Site;
    expect(saved.status).toBe('rebound');
    expect(saved.at).toBeGreaterThan(2);
  });

  it('saves a note when the field is left, not on every keystroke', async () => {
    const store = await openOptions(THREE);
    const write = vi.spyOn(store, 'write');
    const note = screen.getByRole('textbox', { name: '京东 的备注' });
    for (const value of ['已', '已绑', '已绑手机']) fireEvent.input(note, { target: { value } });
    expect(write).not.toHaveBeenCalled();
    fireEvent.blur(note);
    expect(write).toHaveBeenCalledTimes(1);
    expect(((await synced(store))['s:jd.com'] as Site).note).toBe('已绑手机');
    expect(screen.getByRole('status').textContent).toContain('已保存 京东 的备注');
  });

  it('saves a note after a pause in typing, and Escape puts back the saved one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const store = await openOptions(THREE);
      const write = vi.spyOn(store, 'write');
      const note = screen.getByRole<HTMLInputElement>('textbox', { name: '京东 的备注' });
      fireEvent.input(note, { target: { value: '草稿' } });
      fireEvent.keyDown(note, { key: 'Escape' });
      expect(note.value).toBe('还有 200 京豆');
      act(() => {
        vi.advanceTimersByTime(NOTE_SAVE_DELAY_MS * 2);
      });
      expect(write).not.toHaveBeenCalled();
      fireEvent.input(note, { target: { value: '密码已设' } });
      act(() => {
        vi.advanceTimersByTime(NOTE_SAVE_DELAY_MS);
      });
      expect(write).toHaveBeenCalledTimes(1);
      expect(store.snapshot.state.sites['jd.com']?.note).toBe('密码已设');
    } finally {
      vi.useRealTimers();
    }
  });

  it('sets the status of several selected sites in one write', async () => {
    const store = await openOptions(THREE);
    const write = vi.spyOn(store, 'write');
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 京东' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '选择 微信读书' }));
    screen.getByText('已选 2 项');
    fireEvent.change(screen.getByRole('combobox', { name: '将所选设为' }), {
      target: { value: 'not-needed' },
    });
    fireEvent.click(screen.getByRole('button', { name: '应用' }));
    expect(write).toHaveBeenCalledTimes(1);
    const items = await synced(store);
    expect((items['s:jd.com'] as Site).status).toBe('not-needed');
    expect((items['s:app:微信读书'] as Site).status).toBe('not-needed');
    expect((items['s:zhihu.com'] as Site).status).toBe('rebound');
  });

  it('removes the selected sites, and undo puts them back exactly', async () => {
    const store = await openOptions(THREE);
    const before = await synced(store);
    fireEvent.click(screen.getByRole('checkbox', { name: /选择显示的全部 3 项/ }));
    fireEvent.click(screen.getByRole('button', { name: '移除所选 3 项' }));
    expect(screen.queryAllByRole('row')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('已移除 3 项');
    expect(Object.keys(await synced(store)).filter((k) => siteIdOfKey(k) !== undefined)).toEqual(
      [],
    );
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: '撤销' }));
    expect(namesShown()).toHaveLength(3);
    expect(await synced(store)).toEqual(before);
  });

  it('removes one site from its row with undo', async () => {
    const store = await openOptions(THREE);
    fireEvent.click(screen.getByRole('button', { name: '从清单中移除 京东' }));
    expect(screen.getByRole('status').textContent).toContain('已移除 京东');
    expect((await synced(store))['s:jd.com']).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect((await synced(store))['s:jd.com']).toEqual(THREE['s:jd.com']);
  });

  it('sets detected, unconfirmed sites apart, with confirm and dismiss', async () => {
    const store = await openOptions({
      's:csdn.net': site('CSDN', { via: 'detected', pending: true }),
      's:douban.com': site('豆瓣', { via: 'detected', pending: true }),
    });
    const csdn = rowOf(/CSDN/);
    expect(csdn.className).toContain('pending');
    within(csdn).getByText('待确认');
    expect(within(csdn).queryByRole('combobox')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '确认 CSDN 使用微信登录' }));
    expect((await synced(store))['s:csdn.net']).not.toHaveProperty('pending');
    within(rowOf(/CSDN/)).getByRole('combobox', { name: 'CSDN 的状态' });

    fireEvent.click(screen.getByRole('button', { name: '不是：豆瓣 不用微信登录，忽略它' }));
    const items = await synced(store);
    expect(items['s:douban.com']).toBeUndefined();
    expect(items.dismissed).toEqual(['douban.com']);
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    const undone = await synced(store);
    expect(undone['s:douban.com']).toMatchObject({ pending: true });
    expect(undone.dismissed).toBeUndefined();
    // Back as it was: still waiting for confirmation, so listed first.
    expect(namesShown()).toEqual(['豆瓣', 'CSDN']);
  });

  it('shows changes made elsewhere (popup, another device) without a reload', async () => {
    await openOptions(THREE);
    await fakeBrowser.storage.sync.set({ 's:juejin.cn': site('稀土掘金') });
    await waitFor(() => rowOf(/稀土掘金/));
    await fakeBrowser.storage.sync.set({ 's:jd.com': site('京东', { status: 'abandon' }) });
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '京东 的状态' }).value).toBe(
        'abandon',
      ),
    );
  });

  it('keeps a search on while sites arrive from elsewhere: only those that match show', async () => {
    await openOptions(THREE);
    fireEvent.input(screen.getByRole('searchbox', { name: '搜索' }), { target: { value: '京' } });
    expect(namesShown()).toEqual(['京东']);
    await fakeBrowser.storage.sync.set({
      's:juejin.cn': site('稀土掘金'),
      's:e.jd.com': site('京东读书'),
    });
    await waitFor(() => expect(namesShown()).toEqual(['京东', '京东读书']));
    // The others are still there, hidden: clearing the search shows all five.
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(namesShown()).toHaveLength(5);
  });

  it('links only to real web domains, whatever is stored', async () => {
    await openOptions({
      's:javascript:alert(1)': site('odd'),
      's:zhihu.com': site('知乎'),
    });
    // Not a site id at all: dropped when read, never a row, never a link.
    expect(screen.queryByRole('row', { name: /odd/ })).toBeNull();
    expect(screen.getAllByRole('link').map((a) => a.getAttribute('href'))).not.toContain(
      'javascript:alert(1)',
    );
    expect(within(rowOf(/知乎/)).getByRole('link').getAttribute('href')).toBe('https://zhihu.com/');
  });

  it('says the list is empty and how it fills', async () => {
    await openOptions();
    screen.getByText(/清单还是空的/);
  });

  it('lands on the list when opened at #sites', async () => {
    await openOptions(THREE);
    window.location.hash = '#sites';
    landOnHash(document);
    expect(document.activeElement?.textContent).toBe('用微信登录的网站和 App');
  });
});

describe('with 500 sites', () => {
  const many = Object.fromEntries(
    Array.from({ length: 500 }, (_, i) => [
      `s:site${i}.example.com`,
      site(`网站 ${i}`, { note: i % 7 === 0 ? '积分' : undefined, at: i }),
    ]),
  );

  it('filters in memory, without reading storage per row or per keystroke', async () => {
    const store = await openOptions(many);
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const write = vi.spyOn(store, 'write');
    expect(screen.getAllByRole('row')).toHaveLength(501);
    const started = performance.now();
    fireEvent.input(screen.getByRole('searchbox', { name: '搜索' }), { target: { value: '积分' } });
    const took = performance.now() - started;
    expect(screen.getAllByRole('row')).toHaveLength(1 + Math.ceil(500 / 7));
    expect(get).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
    // Generous: happy-dom is far slower than a browser; this only catches accidental O(n²).
    expect(took).toBeLessThan(1_000);
  });

  it('shows and hides rows on a keystroke without rendering any row again', async () => {
    await openOptions(many);
    const render = vi.spyOn(SiteRow.prototype, 'render');
    const search = screen.getByRole('searchbox', { name: '搜索' });
    fireEvent.input(search, { target: { value: '积分' } });
    expect(screen.getAllByRole('row')).toHaveLength(1 + Math.ceil(500 / 7));
    fireEvent.input(search, { target: { value: '' } });
    expect(screen.getAllByRole('row')).toHaveLength(501);
    expect(render).not.toHaveBeenCalled();
  });

  it('re-renders only the changed row after a status change', async () => {
    await openOptions(many);
    const render = vi.spyOn(SiteRow.prototype, 'render');
    fireEvent.change(screen.getByRole('combobox', { name: '网站 3 的状态' }), {
      target: { value: 'rebound' },
    });
    await waitFor(() =>
      expect(screen.getByRole<HTMLSelectElement>('combobox', { name: '网站 3 的状态' }).value).toBe(
        'rebound',
      ),
    );
    expect(render.mock.calls.length).toBeGreaterThan(0);
    expect(render.mock.calls.length).toBeLessThan(5);
  });
});
