import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { activateLocale } from '@/utils/i18n';
import { MAX_IMPORT_BYTES } from '@/utils/import-file';
import { siteIdOfKey } from '@/utils/model';
import { site } from '../helpers/site';
import { chooseFile, openOptions, synced } from './options-harness';

const DATA = {
  settings: { language: 'zh_CN', detection: false, reminders: true, at: 5 },
  tracker: { appliedOn: '2026-10-01', at: 6 },
  'c:pay-closed': { state: 'done', at: 7 },
  'c:face-check': { state: 'na', note: '没开', at: 8 },
  's:zhihu.com': site('知乎', { status: 'rebound', note: '=1+1' }),
  's:jd.com': site('京东', { via: 'detected', pending: true }),
  's:app:微信读书': site('微信读书', { status: 'abandon', note: '第一行\n"第二行", 逗号' }),
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
    await openOptions({ 's:zhihu.com': site('知乎') });
    const rows = Array.from({ length: 600 }, (_, i) => `商城 ${i},shop${i}.com`);
    importFile(textFile(`name,domain\n${rows.join('\n')}\n`, 'many.csv'));
    const preview = await screen.findByRole('region', { name: '导入预览：many.csv' });
    // 512 items in all: the schema marker and 知乎 take two, 510 new sites fit, 90 would stay here.
    expect(
      within(preview).queryByText(
        /同步存储放不下这次导入的全部内容：其中 90 项只会保存在这台设备上/,
      ),
    ).not.toBeNull();

    cleanup();
    await openOptions();
    importFile(textFile('name,domain\n豆瓣,douban.com\n', 'few.csv'));
    const small = await screen.findByRole('region', { name: '导入预览：few.csv' });
    expect(within(small).queryByText(/同步存储放不下/)).toBeNull();
  });

  it('says a row naming one of WeChat’s own pages is WeChat itself, not a site', async () => {
    await openOptions({});
    importFile(
      textFile('name,domain\n文章,https://mp.weixin.qq.com/s/abc\n豆瓣,douban.com\n', 'wx.csv'),
    );
    const preview = await screen.findByRole('region', { name: '导入预览：wx.csv' });
    expect(
      within(preview).queryByText(
        /第 2 行（文章）：“https:\/\/mp\.weixin\.qq\.com\/s\/abc”是微信自己的网页/,
      ),
    ).not.toBeNull();
    expect(within(preview).queryByText('新增 1 个网站')).not.toBeNull();
  });

  it('shows a preview with counts and writes nothing until confirmed, then all at once', async () => {
    const store = await openOptions({
      's:zhihu.com': site('知乎'),
      's:jd.com': site('京东', { status: 'rebound' }),
      's:keep.me': site('Keep me'),
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
    expect(within(preview).queryByText('新增 1 个网站')).not.toBeNull();
    expect(within(preview).queryByText('更新 1 个网站')).not.toBeNull();
    expect(within(preview).queryByText('1 个网站没有变化')).not.toBeNull();
    expect(within(preview).queryByText('1 项无法导入')).not.toBeNull();
    expect(within(preview).queryByText('豆瓣 · douban.com')).not.toBeNull();
    expect(within(preview).queryByText('状态：待改绑 → 已改绑')).not.toBeNull();
    expect(
      within(preview).queryByText(/第 5 行（坏行）：“zhihu\.\.com”里找不到具体的网站域名/),
    ).not.toBeNull();
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
    const store = await openOptions({ 's:zhihu.com': site('知乎') });
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
    expect(Object.keys(await synced(store)).filter((k) => siteIdOfKey(k) !== undefined)).toEqual([
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
    sites: { 'douban.com': site('豆瓣') },
    dismissed: [],
  });

  it.each([
    [
      'JSON cut off',
      textFile(valid.slice(0, 60), 'cut.json'),
      '文件在第 1 行第 61 列就结束了，后面还缺少结尾的 "}。',
    ],
    [
      'JSON with a stray comma',
      textFile(valid.replace('"dismissed":[]', '"dismissed":[],'), 'comma.json'),
      `第 1 行第 ${valid.indexOf('"dismissed":[]') + 15} 列多了一个逗号。逗号只能写在两项之间`,
    ],
    [
      'JSON with Chinese quotes typed by an input method',
      textFile('{\n  "format": “wechat-exit-planner”\n}', 'quotes.json'),
      '第 2 行第 13 列用了中文标点““”，这里应该是英文的 "。',
    ],
    [
      // The first bytes of every .xlsx: a zip entry for [Content_Types].xml.
      'an Excel workbook',
      new File(
        [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])],
        'sites.xlsx',
      ),
      '这是 Excel、WPS 等表格软件的工作簿文件',
    ],
    [
      'an old Excel or WPS workbook',
      new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], 'sites.xls'),
      '另存为',
    ],
    [
      'a sheet split on something else',
      textFile('站点|地址\r\n知乎|zhihu.com\r\n', 'pipes.csv'),
      '这个文件的第一行是“站点|地址”',
    ],
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
  ])('refuses %s, says why, and changes nothing', async (_what, file, message) => {
    const store = await openOptions(DATA);
    const before = await synced(store);
    importFile(file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`无法导入“${file.name}”`);
    expect(alert.textContent).toContain(message);
    expect(alert.textContent).toContain('没有改动任何数据');
    // The user's own edit is what needs fixing; exporting again would throw it away.
    if (/行第 \d+ 列/.test(message)) expect(alert.textContent).not.toContain('重新导出');
    expect(screen.queryByRole('button', { name: /确认导入/ })).toBeNull();
    expect(await synced(store)).toEqual(before);
  });

  it('follows live changes while the preview is open', async () => {
    await openOptions();
    importFile(textFile('domain\ndouban.com\n', 'a.csv'));
    await screen.findByText('新增 1 个网站');
    await fakeBrowser.storage.sync.set({ 's:douban.com': site('豆瓣') });
    await waitFor(() => expect(screen.queryByText('1 个网站没有变化')).not.toBeNull());
    expect(screen.getByRole('button', { name: '没有需要导入的内容' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  // What Excel's "CSV (逗号分隔)" and WPS write on Chinese Windows: GB18030 bytes, CRLF, no BOM.
  // 名称,网址\r\n知乎,zhihu.com\r\n豆瓣,douban.com\r\n, byte by byte.
  const ascii = (text: string) => [...new TextEncoder().encode(text)];
  const excelGbk = (name: string) =>
    new File(
      [
        new Uint8Array([
          ...[0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xcd, 0xf8, 0xd6, 0xb7, 0x0d, 0x0a],
          ...[0xd6, 0xaa, 0xba, 0xf5, ...ascii(',zhihu.com\r\n')],
          ...[0xb6, 0xb9, 0xb0, 0xea, ...ascii(',douban.com\r\n')],
        ]),
      ],
      name,
    );

  it('reads a GBK sheet from Excel or WPS, names the encoding, and imports it once confirmed', async () => {
    const store = await openOptions();
    const before = await synced(store);
    importFile(excelGbk('excel.csv'));
    const preview = await screen.findByRole('region', { name: '导入预览：excel.csv' });
    expect(
      within(preview).queryByText(/已按 GBK（GB18030）读取.*如果是乱码，请取消/),
    ).not.toBeNull();
    expect(within(preview).queryByText('知乎 · zhihu.com')).not.toBeNull();
    expect(within(preview).queryByText('豆瓣 · douban.com')).not.toBeNull();
    expect(await synced(store)).toEqual(before);

    fireEvent.click(within(preview).getByRole('button', { name: '确认导入 2 项' }));
    const after = await synced(store);
    expect(after['s:zhihu.com']).toMatchObject({ name: '知乎', via: 'imported' });
    expect(after['s:douban.com']).toMatchObject({ name: '豆瓣' });
  });

  it('a backup saved as ANSI from Notepad is read as GB18030 too, with advice for a text file', async () => {
    await openOptions();
    const [head, tail] = [
      '{"format":"wechat-exit-planner","version":1,"exportedAt":"","sites":{"zhihu.com":{"name":"',
      '","status":"rebind","via":"manual","first":1,"at":1}}}',
    ];
    // 知乎 in GB18030: D6 AA BA F5.
    const bytes = new Uint8Array([...ascii(head), 0xd6, 0xaa, 0xba, 0xf5, ...ascii(tail)]);
    importFile(new File([bytes], 'notepad.json'));
    const preview = await screen.findByRole('region', { name: '导入预览：notepad.json' });
    expect(
      within(preview).queryByText(/记事本选“ANSI”.*用文本编辑器把文件另存为 UTF-8/),
    ).not.toBeNull();
    expect(within(preview).queryByText('知乎 · zhihu.com')).not.toBeNull();
  });

  it('a UTF-8 sheet says nothing about its encoding', async () => {
    await openOptions();
    importFile(textFile('名称,网址\r\n知乎,zhihu.com\r\n', 'utf8.csv'));
    const preview = await screen.findByRole('region', { name: '导入预览：utf8.csv' });
    expect(within(preview).queryByText('知乎 · zhihu.com')).not.toBeNull();
    expect(within(preview).queryByText(/GB18030/)).toBeNull();
    expect(within(preview).queryByText(/分隔读取/)).toBeNull();
  });

  it('reads a semicolon-separated sheet and says it did', async () => {
    const store = await openOptions();
    importFile(textFile('name;domain;note\r\n知乎;zhihu.com;"1,5; ok"\r\n', 'europe.csv'));
    const preview = await screen.findByRole('region', { name: '导入预览：europe.csv' });
    expect(within(preview).queryByText('各列按分号（;）分隔读取。')).not.toBeNull();
    fireEvent.click(within(preview).getByRole('button', { name: '确认导入 1 项' }));
    expect((await synced(store))['s:zhihu.com']).toMatchObject({ name: '知乎', note: '1,5; ok' });
  });

  it('a header with no rows says there is nothing to import, and asks for no confirmation', async () => {
    await openOptions({ 's:zhihu.com': site('知乎') });
    importFile(textFile('名称,网址,备注\r\n', 'empty.csv'));
    const preview = await screen.findByRole('region', { name: '导入预览：empty.csv' });
    expect(within(preview).queryByText(/文件里只有表头，下面没有任何网站/)).not.toBeNull();
    expect(within(preview).queryByText(/没有变化/)).toBeNull();
    expect(within(preview).getByRole('button', { name: '没有需要导入的内容' })).toHaveProperty(
      'disabled',
      true,
    );
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain('文件里没有需要导入或更新的内容');
    expect(status).not.toContain('确认后才会保存');
  });

  it('counts only sites as sites; settings and the application date get lines of their own', async () => {
    const backup = JSON.stringify({
      format: 'wechat-exit-planner',
      version: 1,
      exportedAt: '2026-11-01T00:00:00.000Z',
      settings: { language: 'zh_CN', detection: false, reminders: true, at: 5 },
      tracker: { appliedOn: '2026-10-01', at: 6 },
      checklist: { 'pay-closed': { state: 'done', at: 7 } },
      sites: { 'zhihu.com': site('知乎'), 'douban.com': site('豆瓣') },
      dismissed: [],
    });
    await openOptions({
      settings: { language: 'zh_CN', detection: false, reminders: true, at: 5 },
      's:zhihu.com': site('知乎'),
    });
    importFile(textFile(backup, 'backup.json'));
    const preview = await screen.findByRole('region', { name: '导入预览：backup.json' });
    expect(within(preview).queryByText('新增 1 个网站')).not.toBeNull();
    expect(within(preview).queryByText('1 个网站没有变化')).not.toBeNull();
    expect(within(preview).queryByText('设置：没有变化')).not.toBeNull();
    expect(within(preview).queryByText('注销申请日期：将导入')).not.toBeNull();
    expect(
      within(preview).queryByText('注销准备进度：新增 1 项，更新 0 项，0 项没有变化'),
    ).not.toBeNull();
    // One site, the date and one checklist entry: three entries to write.
    expect(within(preview).queryByRole('button', { name: '确认导入 3 项' })).not.toBeNull();
    // The date is a line of its own, not an item in the list of new entries.
    const listed = within(preview).getByText('将新增（2）').closest('details');
    expect(listed?.textContent).toContain('豆瓣 · douban.com');
    expect(listed?.textContent).not.toContain('注销申请日期');
  });

  it('says all this in English too', async () => {
    await activateLocale('en');
    await openOptions({ settings: { language: 'en', detection: false, reminders: true, at: 5 } });
    const input = () => screen.getByLabelText('Choose a file to import');
    chooseFile(input(), excelGbk('excel.csv'));
    const preview = await screen.findByRole('region', { name: 'Import preview: excel.csv' });
    expect(
      within(preview).queryByText(/it was read as GBK \(GB18030\).*if they are garbled, cancel/),
    ).not.toBeNull();
    expect(within(preview).queryByText('2 new sites')).not.toBeNull();

    chooseFile(input(), textFile('name,domain\r\n', 'empty.csv'));
    await screen.findByRole('region', { name: 'Import preview: empty.csv' });
    expect(screen.queryByText(/The file has a header row and nothing under it/)).not.toBeNull();
    expect(screen.getByRole('status').textContent).toContain('nothing in the file needs importing');

    chooseFile(input(), textFile('{"format": "x",\n  "version": 1,,\n}', 'comma.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('line 2, column 16: a comma too many.');
  });
});
