import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKLIST } from '@/utils/checklist';
import { site } from '../helpers/site';
import { openPopup, stored } from './popup-harness';

const TOTAL = CHECKLIST.flatMap((section) => section.items).length;
const done = { state: 'done', at: 1 };

function item(title: string): HTMLElement {
  const li = screen.getByLabelText(title).closest('li');
  if (!li) throw new Error(`no item ${title}`);
  return li;
}

function openDetails(title: string): HTMLElement {
  const row = item(title);
  const summary = row.querySelector('summary');
  if (!summary) throw new Error(`no details for ${title}`);
  fireEvent.click(summary);
  return row;
}

function section(title: string): HTMLDetailsElement {
  const summary = screen.getByText(title, { selector: '.section-title' });
  const details = summary.closest('details');
  if (!details) throw new Error(`no section ${title}`);
  return details;
}

describe('the deletion checklist', () => {
  it('keeps a ticked item ticked after the popup is closed and reopened', async () => {
    const store = await openPopup({ url: 'https://example.org/' });
    const box = screen.getByLabelText('账号处于安全状态');
    fireEvent.click(box);
    expect(box).toHaveProperty('checked', true);
    await store.flush();
    expect(await stored('c:safe-state')).toMatchObject({ state: 'done' });

    cleanup();
    store.close();
    await openPopup({ url: 'https://example.org/' });
    expect(screen.getByLabelText('账号处于安全状态')).toHaveProperty('checked', true);
  });

  it('unticking an item without a note removes it from storage', async () => {
    const store = await openPopup({ items: { 'c:safe-state': done } });
    fireEvent.click(screen.getByLabelText('账号处于安全状态'));
    await store.flush();
    expect(await stored('c:safe-state')).toBeUndefined();
  });

  it('marks an item not applicable, which settles it without ticking it', async () => {
    const store = await openPopup();
    const row = openDetails('微信支付已注销');
    fireEvent.click(within(row).getByLabelText('不适用：从没开通过微信支付'));
    within(row).getByText('不适用');
    expect(screen.getByLabelText('微信支付已注销')).toHaveProperty('checked', false);
    within(section('微信的注销条件')).getByText('已完成 1 项，共 4 项');
    await store.flush();
    expect(await stored('c:pay-closed')).toMatchObject({ state: 'na' });

    // Ticking it afterwards makes it done instead.
    fireEvent.click(screen.getByLabelText('微信支付已注销'));
    expect(within(row).getByLabelText('不适用：从没开通过微信支付')).toHaveProperty(
      'checked',
      false,
    );
  });

  it('offers "not applicable" only where it makes sense', async () => {
    await openPopup();
    const row = openDetails('账号处于安全状态');
    expect(within(row).queryByLabelText(/^不适用/)).toBeNull();
  });

  it('keeps a note, shows it with the item, and trims it on leaving the field', async () => {
    const store = await openPopup();
    const row = openDetails('提现零钱和零钱通');
    const note = within(row).getByLabelText('备注');
    fireEvent.input(note, { target: { value: '等招行到账 ' } });
    fireEvent.blur(note, { target: { value: '等招行到账 ' } });
    within(row).getByText('备注：等招行到账');
    await store.flush();
    expect(await stored('c:balance')).toMatchObject({ state: 'open', note: '等招行到账' });

    fireEvent.input(note, { target: { value: '' } });
    await store.flush();
    expect(await stored('c:balance')).toBeUndefined();
  });

  it('keeps the note when the item is ticked', async () => {
    const store = await openPopup({
      items: { 'c:balance': { state: 'open', note: '周五', at: 1 } },
    });
    fireEvent.click(screen.getByLabelText('提现零钱和零钱通'));
    await store.flush();
    expect(await stored('c:balance')).toMatchObject({ state: 'done', note: '周五' });
  });

  it('shows progress per section and overall, and updates both on a tick', async () => {
    await openPopup({
      items: {
        'c:safe-state': done,
        'c:pay-closed': { state: 'na', at: 1 },
        'c:chats': done,
        'c:gone-from-the-list': done,
      },
    });
    const bar = screen.getByRole('progressbar', { name: '清单进度' });
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe(String(TOTAL));
    expect(bar.getAttribute('aria-valuetext')).toBe(`已完成 3/${TOTAL} 项`);
    within(section('微信的注销条件')).getByText('已完成 2 项，共 4 项');
    within(section('备份')).getByText('已完成 1 项，共 5 项');

    fireEvent.click(screen.getByLabelText('导出微信支付账单'));
    expect(bar.getAttribute('aria-valuenow')).toBe('4');
    within(section('备份')).getByText('已完成 2 项，共 5 项');
  });

  it('opens the first section with something left to do', async () => {
    await openPopup({
      items: {
        'c:safe-state': done,
        'c:pay-closed': done,
        'c:cards-admin': done,
        'c:authorisations': done,
      },
    });
    expect(section('微信的注销条件').open).toBe(false);
    expect(section('备份').open).toBe(true);
  });

  it('links the third-party precondition to the site list, with the count left', async () => {
    await openPopup({ items: { 's:jd.com': site('京东') } });
    const row = item('解除第三方应用和网站的授权与绑定');
    const link = within(row).getByRole('link', { name: '打开网站清单' });
    expect(link.getAttribute('href')).toBe(fakeBrowser.runtime.getURL('/options.html#sites'));
    within(row).getByText('还有 1 个网站需要改绑');
  });
});

describe('what to do first', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const moneySettled = Object.fromEntries(
    (CHECKLIST.find((each) => each.id === 'money')?.items ?? []).map((entry) => [
      `c:${entry.id}`,
      { state: 'na', at: 1 },
    ]),
  );

  it('names what comes first on an item, until it is settled', async () => {
    await openPopup();
    const pay = item('微信支付已注销');
    expect(within(pay).queryByText('先完成：导出微信支付账单、“钱款”一节')).not.toBeNull();
    expect(screen.getByLabelText('微信支付已注销').getAttribute('aria-describedby')).toContain(
      'first-pay-closed',
    );
    fireEvent.click(screen.getByLabelText('导出微信支付账单'));
    expect(within(pay).queryByText('先完成：“钱款”一节')).not.toBeNull();
    expect(
      within(item('解除第三方应用和网站的授权与绑定')).queryByText(
        '先完成：改绑用微信登录的网站、手机应用和游戏',
      ),
    ).not.toBeNull();
  });

  it('says nothing and asks nothing once the prerequisites are settled', async () => {
    const store = await openPopup({ items: { ...moneySettled, 'c:bills': done } });
    const pay = item('微信支付已注销');
    expect(within(pay).queryByText(/^先完成/)).toBeNull();
    fireEvent.click(screen.getByLabelText('微信支付已注销'));
    expect(screen.queryByRole('alert')).toBeNull();
    await store.flush();
    expect(await stored('c:pay-closed')).toMatchObject({ state: 'done' });
  });

  it('asks inside the popup before ticking out of order, and only once per item', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    const store = await openPopup();
    const box = screen.getByLabelText('微信支付已注销');
    fireEvent.click(box);
    expect(box).toHaveProperty('checked', false);
    const question = within(item('微信支付已注销')).getByRole('alert');
    expect(question.textContent).toContain(
      '这些最好先做，还没做完：导出微信支付账单、“钱款”一节。仍然勾选这一项吗？',
    );
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: '先不勾' }));
    fireEvent.click(within(question).getByRole('button', { name: '先不勾' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(box);
    await store.flush();
    expect(await stored('c:pay-closed')).toBeUndefined();

    // Asked once: the second tick is a choice made knowingly.
    fireEvent.click(box);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(box).toHaveProperty('checked', true);
    await store.flush();
    expect(await stored('c:pay-closed')).toMatchObject({ state: 'done' });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('ticks the item when the answer is "tick anyway"', async () => {
    const store = await openPopup();
    const box = screen.getByLabelText('解除第三方应用和网站的授权与绑定');
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: '仍然勾选' }));
    expect(box).toHaveProperty('checked', true);
    expect(document.activeElement).toBe(box);
    expect(within(item('解除第三方应用和网站的授权与绑定')).queryByText(/^先完成/)).toBeNull();
    await store.flush();
    expect(await stored('c:authorisations')).toMatchObject({ state: 'done' });
  });

  it('asks again in a popup opened afresh: the question is not stored', async () => {
    const store = await openPopup();
    fireEvent.click(screen.getByLabelText('微信支付已注销'));
    fireEvent.click(screen.getByRole('button', { name: '先不勾' }));
    cleanup();
    store.close();
    await openPopup();
    fireEvent.click(screen.getByLabelText('微信支付已注销'));
    expect(screen.queryByRole('alert')).not.toBeNull();
  });
});

describe('what to do first, in English', () => {
  it('lists the prerequisites as English does, and the caveat after an unsourced path', async () => {
    const { activateLocale } = await import('@/utils/i18n');
    await activateLocale('en');
    await openPopup();
    const pay = item('WeChat Pay is closed');
    expect(
      within(pay).queryByText('First: Export your WeChat Pay bills and the “Money” section'),
    ).not.toBeNull();
    const row = openDetails('WeChat Pay is closed');
    expect(row.textContent).toContain(
      'close WeChat Pay (注销微信支付) (names vary by WeChat version)',
    );
  });
});

describe('menu paths', () => {
  it('say that names vary by WeChat version where no source gives the path', async () => {
    await openPopup();
    const favorites = openDetails('整理收藏');
    expect(favorites.textContent).toContain('我 › 收藏（不同版本的微信，菜单名称可能不同）');
    const safe = openDetails('账号处于安全状态');
    expect(safe.textContent).toContain('我 › 设置 › 账号与安全 › 微信安全中心');
    expect(safe.textContent).not.toContain('菜单名称可能不同');
  });
});

describe('what still blocks the application', () => {
  it('lists the unfinished preconditions and the sites still to rebind', async () => {
    await openPopup({
      items: {
        'c:pay-closed': { state: 'na', at: 1 },
        'c:chats': done,
        's:jd.com': site('京东'),
        's:zhihu.com': site('知乎'),
        's:baidu.com': site('百度', { status: 'rebound' }),
        's:csdn.net': site('CSDN', { via: 'detected', pending: true }),
      },
    });
    const tracker = screen.getByRole('region', { name: '注销冷静期' });
    const list = within(tracker).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '账号处于安全状态',
      '卡券清空，不再担任管理员',
      '解除第三方应用和网站的授权与绑定',
      '还有 2 个网站需要改绑',
      '另有 1 个自动发现的网站等你确认',
    ]);
  });

  it('takes the user to an unfinished precondition, opening its section', async () => {
    await openPopup();
    const official = section('微信的注销条件');
    const summary = official.querySelector('summary');
    if (!summary) throw new Error('no summary');
    fireEvent.click(summary);
    expect(official.open).toBe(false);
    const tracker = screen.getByRole('region', { name: '注销冷静期' });
    fireEvent.click(within(tracker).getByRole('button', { name: '卡券清空，不再担任管理员' }));
    expect(official.open).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('卡券清空，不再担任管理员'));
  });

  it('says nothing blocks it once the conditions are settled and no site waits', async () => {
    await openPopup({
      items: {
        'c:safe-state': done,
        'c:pay-closed': done,
        'c:cards-admin': { state: 'na', at: 1 },
        'c:authorisations': done,
        's:baidu.com': site('百度', { status: 'rebound' }),
      },
    });
    const tracker = screen.getByRole('region', { name: '注销冷静期' });
    expect(within(tracker).queryByRole('list')).toBeNull();
    within(tracker).getByText(
      '微信的四项注销条件都已勾选，也没有待改绑的网站。申请时微信还会再核对一遍。',
    );
  });

  it('still names the sites to rebind when the four conditions are ticked', async () => {
    await openPopup({
      items: {
        'c:safe-state': done,
        'c:pay-closed': done,
        'c:cards-admin': done,
        'c:authorisations': done,
        's:jd.com': site('京东'),
      },
    });
    const tracker = screen.getByRole('region', { name: '注销冷静期' });
    within(tracker).getByRole('link', { name: '还有 1 个网站需要改绑' });
  });
});

describe('storage notices', () => {
  it('reports a repaired entry politely and lets the user put the notice away', async () => {
    await openPopup({ items: { 'c:chats': 'not an entry', 'c:safe-state': done } });
    const notices = document.querySelector('.notices');
    expect(notices?.getAttribute('aria-live')).toBe('polite');
    expect(notices?.textContent).toContain('发现 1 条损坏的数据');
    expect(screen.getByLabelText('账号处于安全状态')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(notices?.textContent).toBe('');
  });

  it('says when changes are kept on this device only', async () => {
    await fakeBrowser.storage.local.set({
      'o:c:chats': { v: { state: 'done', at: 5 }, at: 5, why: 'bytes' },
    });
    await openPopup();
    expect(document.querySelector('.notices')?.textContent).toContain(
      '1 项改动暂时只保存在这台设备上',
    );
    expect(screen.getByLabelText('备份聊天记录')).toHaveProperty('checked', true);
  });

  it('warns that nothing is saved when a newer version wrote the data', async () => {
    await openPopup({ items: { meta: { schema: 999 }, 'c:safe-state': done } });
    expect(document.querySelector('.notices')?.textContent).toContain(
      '这些数据是新版本的扩展写入的',
    );
    expect(screen.getByLabelText('账号处于安全状态')).toHaveProperty('checked', true);
  });
});
