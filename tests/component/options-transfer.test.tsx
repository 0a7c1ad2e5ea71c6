import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_IMPORT_BYTES } from '@/utils/transfer';
import { chooseFile, openOptions, site, synced } from './options-harness';

const DATA = {
  settings: { language: 'zh_CN', detection: false, reminders: true, at: 5 },
  tracker: { appliedOn: '2026-10-01', at: 6 },
  'c:pay-closed': { state: 'done', at: 7 },
  'c:face-check': { state: 'na', note: '没开', at: 8 },
  's:zhihu.com': site({ name: '知乎', status: 'rebound', note: '=1+1' }),
  's:jd.com': site({ name: '京东', via: 'detected', pending: true }),
  's:app:微信读书': site({ name: '微信读书', status: 'abandon', note: '第一行\n"第二行", 逗号' }),
  dismissed: ['csdn.net'],
};

let downloads: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  downloads = [];
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) downloads.push({ name: this.download, blob: last });
  });
});

const importFile = (file: File) => chooseFile(screen.getByLabelText('选择要导入的文件'), file);
const textFile = (text: string, name: string) => new File([text], name, { type: 'text/plain' });

describe('export', () => {
  it('downloads everything as a versioned JSON file', async () => {
    await openOptions(DATA);
    fireEvent.click(screen.getByRole('button', { name: '导出全部数据（JSON）' }));
    const [file] = downloads;
    expect(file?.name).toMatch(/^wechat-exit-planner-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse((await file?.blob.text()) ?? '');
    expect(json).toMatchObject({ format: 'wechat-exit-planner', version: 1 });
    expect(Object.keys(json.sites).sort()).toEqual(['app:微信读书', 'jd.com', 'zhihu.com']);
    expect(json.checklist['face-check']).toEqual({ state: 'na', note: '没开', at: 8 });
    expect(screen.getByRole('status').textContent).toContain('文件已生成');
  });

  it('downloads the sites as CSV with a BOM and formula cells neutralised', async () => {
    await openOptions(DATA);
    fireEvent.click(screen.getByRole('button', { name: '导出网站清单（CSV）' }));
    const [file] = downloads;
    expect(file?.name).toMatch(/^wechat-exit-planner-sites-.*\.csv$/);
    const bytes = new Uint8Array(await (file?.blob.arrayBuffer() ?? new ArrayBuffer(0)));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("知乎,zhihu.com,,rebound,manual,,'=1+1,");
    expect(text).toContain('"第一行\n""第二行"", 逗号"');
  });

  it('round-trips: export, clear everything, import, and the data is the same', async () => {
    const store = await openOptions(DATA);
    const before = await synced(store);
    fireEvent.click(screen.getByRole('button', { name: '导出全部数据（JSON）' }));
    const exported = await downloads[0]?.blob.text();
    store.close();
    cleanup();
    fakeBrowser.reset();

    const fresh = await openOptions();
    importFile(textFile(exported ?? '', 'backup.json'));
    const apply = await screen.findByRole('button', { name: /确认导入/ });
    fireEvent.click(apply);
    expect(await synced(fresh)).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: '导出全部数据（JSON）' }));
    const again = JSON.parse((await downloads[1]?.blob.text()) ?? '');
    const first = JSON.parse(exported ?? '');
    expect({ ...again, exportedAt: 0 }).toEqual({ ...first, exportedAt: 0 });
  });
});

describe('import', () => {
  it('says before confirming when sync has no room for part of a large import', async () => {
    await openOptions({ 's:zhihu.com': site({ name: '知乎' }) });
    const rows = Array.from({ length: 600 }, (_, i) => `商城 ${i},shop${i}.com`);
    importFile(textFile(`name,domain\n${rows.join('\n')}\n`, 'many.csv'));
    const preview = await screen.findByRole('region', { name: '导入预览：many.csv' });
    // 512 items in all: the schema marker and 知乎 take two, 510 new sites fit, 90 would stay here.
    expect(
      within(preview).getByText(/同步存储放不下这次导入的全部内容：其中 90 项只会保存在这台设备上/),
    ).toBeTruthy();

    cleanup();
    await openOptions();
    importFile(textFile('name,domain\n豆瓣,douban.com\n', 'few.csv'));
    const small = await screen.findByRole('region', { name: '导入预览：few.csv' });
    expect(within(small).queryByText(/同步存储放不下/)).toBeNull();
  });

  it('shows a preview with counts and writes nothing until confirmed, then all at once', async () => {
    const store = await openOptions({
      's:zhihu.com': site({ name: '知乎' }),
      's:jd.com': site({ name: '京东', status: 'rebound' }),
      's:keep.me': site({ name: 'Keep me' }),
    });
    const before = await synced(store);
    const write = vi.spyOn(store, 'write');
    importFile(
      textFile(
        'name,domain,status\n知乎,zhihu.com,已改绑\n京东,jd.com,rebound\n豆瓣,douban.com,\n坏行,zhihu..com,\n',
        'mine.csv',
      ),
    );
    const preview = await screen.findByRole('region', { name: '导入预览：mine.csv' });
    expect(within(preview).getByText('新增 1 项')).toBeTruthy();
    expect(within(preview).getByText('更新 1 项')).toBeTruthy();
    expect(within(preview).getByText('1 项没有变化')).toBeTruthy();
    expect(within(preview).getByText('1 项无法导入')).toBeTruthy();
    expect(within(preview).getByText('豆瓣 · douban.com')).toBeTruthy();
    expect(within(preview).getByText('状态：待改绑 → 已改绑')).toBeTruthy();
    expect(
      within(preview).getByText(/第 5 行（坏行）：“zhihu\.\.com”里找不到具体的网站域名/),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('新增 1 项，更新 1 项，1 项无法导入');
    expect(await synced(store)).toEqual(before);

    fireEvent.click(within(preview).getByRole('button', { name: '确认导入 2 项' }));
    expect(write).toHaveBeenCalledTimes(1);
    const after = await synced(store);
    expect(after['s:zhihu.com']).toMatchObject({ status: 'rebound' });
    expect(after['s:douban.com']).toMatchObject({ name: '豆瓣', via: 'imported' });
    expect(after['s:keep.me']).toEqual(before['s:keep.me']);
    expect(screen.getByRole('status').textContent).toContain('导入完成：新增 1 项，更新 1 项');
    expect(screen.queryByRole('region', { name: /导入预览/ })).toBeNull();
  });

  it('cancelling the preview changes nothing', async () => {
    const store = await openOptions({ 's:zhihu.com': site({ name: '知乎' }) });
    const before = await synced(store);
    importFile(textFile('domain\ndouban.com\n', 'a.csv'));
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    expect(screen.queryByRole('region', { name: /导入预览/ })).toBeNull();
    expect(await synced(store)).toEqual(before);
  });

  it('rejects bad CSV rows with their reasons and imports the good ones', async () => {
    const store = await openOptions();
    importFile(
      textFile(
        'name,domain,status,pending\n好,good.com,,\n,,,\n状态错,a.com,done,\n待定错,b.com,,maybe\n',
        'rows.csv',
      ),
    );
    const preview = await screen.findByRole('region', { name: /导入预览/ });
    const rejected = within(preview).getByText('无法导入（2）').closest('details');
    expect(rejected?.textContent).toContain('第 4 行（状态错）：无法识别状态“done”');
    expect(rejected?.textContent).toContain('第 5 行（待定错）：pending 一栏只能填 yes 或留空');
    fireEvent.click(within(preview).getByRole('button', { name: '确认导入 1 项' }));
    expect(Object.keys(await synced(store)).filter((k) => k.startsWith('s:'))).toEqual([
      's:good.com',
    ]);
  });

  const valid = JSON.stringify({
    format: 'wechat-exit-planner',
    version: 1,
    exportedAt: '2026-11-01T00:00:00.000Z',
    settings: { language: 'en', detection: true, reminders: true, at: 1 },
    tracker: { at: 0 },
    checklist: {},
    sites: { 'douban.com': site({ name: '豆瓣' }) },
    dismissed: [],
  });

  it.each([
    ['malformed JSON', textFile(valid.slice(0, 60), 'cut.json'), '不是完整的 JSON'],
    [
      'a newer version',
      textFile(valid.replace('"version":1', '"version":2'), 'new.json'),
      '来自更新版本',
    ],
    [
      'an unknown version',
      textFile(valid.replace('"version":1', '"version":"x"'), 'v.json'),
      '不支持这个文件的格式版本（x）',
    ],
    [
      'another program’s JSON',
      textFile('{"bookmarks":[]}', 'other.json'),
      '这不是微信注销助手导出的文件',
    ],
    [
      'a picture',
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], 'a.png'),
      '这不是微信注销助手导出的文件',
    ],
    [
      'a file over 1 MB',
      textFile('x'.repeat(MAX_IMPORT_BYTES + 1), 'big.json'),
      '超过了 1 MB 的上限',
    ],
    [
      'a CSV with an unclosed quote',
      textFile('name,domain\n"知乎,zhihu.com\n', 'q.csv'),
      'CSV 第 2 行有一个没有配对的引号',
    ],
    ['a CSV without a header', textFile('zhihu.com\njd.com\n', 'h.csv'), '第一行应当是表头'],
    [
      // Excel on Chinese Windows saves "CSV" as GBK: 知乎 is D6 AA BA F5.
      'a CSV saved as GBK',
      new File(
        [
          new Uint8Array([
            ...new TextEncoder().encode('name,domain\r\n'),
            0xd6,
            0xaa,
            0xba,
            0xf5,
            0x2c,
            0x7a,
            0x2e,
            0x63,
            0x6e,
          ]),
        ],
        'excel.csv',
      ),
      '文件不是 UTF-8 编码',
    ],
  ])('refuses %s, says why, and changes nothing', async (_what, file, message) => {
    const store = await openOptions(DATA);
    const before = await synced(store);
    importFile(file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`无法导入“${file.name}”`);
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).toContain('没有改动任何数据');
    expect(screen.queryByRole('button', { name: /确认导入/ })).toBeNull();
    expect(await synced(store)).toEqual(before);
  });

  it('follows live changes while the preview is open', async () => {
    await openOptions();
    importFile(textFile('domain\ndouban.com\n', 'a.csv'));
    await screen.findByText('新增 1 项');
    await fakeBrowser.storage.sync.set({ 's:douban.com': site({ name: '豆瓣' }) });
    await waitFor(() => expect(screen.getByText('1 项没有变化')).toBeTruthy());
    expect(screen.getByRole('button', { name: '没有需要导入的内容' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
