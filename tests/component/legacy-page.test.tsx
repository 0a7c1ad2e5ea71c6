import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LegacyApp } from '@/components/legacy/LegacyApp';
import { addDays, dayOf } from '@/utils/cooling-off';
import { Store } from '@/utils/store';
import { site } from '../helpers/site';

const stores: Store[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

async function openLegacy(items: Record<string, unknown> = {}) {
  await fakeBrowser.storage.sync.set(items);
  const store = await Store.open();
  stores.push(store);
  render(<LegacyApp store={store} />);
  return store;
}

describe('the digital-legacy page', () => {
  it('gathers the cooling-off dates, the sites by status and the checklist', async () => {
    await openLegacy({
      tracker: { appliedOn: addDays(dayOf(), -10), at: 1 },
      's:zhihu.com': site('知乎', { status: 'rebound', note: '已绑手机' }),
      's:app:王者荣耀': site('王者荣耀', { status: 'abandon' }),
      'c:pay-closed': { state: 'done', note: '零钱已提现', at: 1 },
    });
    screen.getByRole('heading', { level: 1, name: '数字遗产清单' });
    screen.getByText(/还剩 50 天/);

    const rebound = screen.getByRole('table', { name: '已改绑（1）' });
    const row = within(rebound).getByRole('row', { name: /知乎/ });
    expect(row.textContent).toBe('知乎zhihu.com已绑手机');
    within(screen.getByRole('table', { name: '放弃该账号（1）' })).getByText('手机 App');

    const done = screen.getByText('备注：零钱已提现').closest('li');
    expect(done?.className).toBe('check-done');
    expect(done?.textContent).toContain('已完成');
  });

  it('prints with the browser’s print dialog, and keeps its buttons out of the print', async () => {
    await openLegacy();
    // happy-dom has no print dialog: stand in for it.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    const button = screen.getByRole('button', { name: '打印或存为 PDF' });
    fireEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    expect(button.closest('.no-print')).not.toBeNull();
  });

  it('exports the same list as a Markdown file', async () => {
    await openLegacy({ 's:zhihu.com': site('知乎*', { note: '[x](y)' }) });
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:test';
    });
    let name = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
    });
    fireEvent.click(screen.getByRole('button', { name: '导出 Markdown' }));
    expect(name).toBe(`wechat-legacy-list-${dayOf()}.md`);
    expect(blob?.type).toBe('text/markdown;charset=utf-8');
    const text = (await blob?.text()) ?? '';
    expect(text).toContain('# 数字遗产清单');
    expect(text).toContain('| 知乎\\* | zhihu.com | \\[x\\](y) |');
    expect(screen.getByRole('status').textContent).toContain('Markdown 文件已生成');
  });

  it('says when it repaired broken entries (it may be the first page to read them), outside the print', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await openLegacy({ 's:zhihu.com': site('知乎'), 's:jd.com': { status: 7 } });
    const notice = screen.getByText('发现 1 条损坏的数据，已单独修复或移除，其余数据完好。');
    expect(notice.closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('table', { name: '待改绑（2）' }).textContent).toContain('知乎');
  });

  it('follows changes made elsewhere while it is open', async () => {
    await openLegacy();
    screen.getByText('清单里还没有网站或 App。');
    await fakeBrowser.storage.sync.set({ 's:jd.com': site('京东') });
    await waitFor(() => screen.getByRole('table', { name: '待改绑（1）' }));
  });
});
