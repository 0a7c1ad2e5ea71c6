import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../../utils/model.ts';
import { readItems } from '../helpers/site.ts';
import {
  availableBrowsers,
  type InPage,
  launch,
  type Session,
  textOf,
  waitForDownload,
  waitForStorage,
} from './harness';

/** Clicks the button whose visible text contains `text`. */
async function press(page: Page, text: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-text(${text})`, { timeout: 10_000 });
  await button?.click();
}

describe.each(availableBrowsers())('the options page in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a site by its address, changes its status, and an open popup follows live', async () => {
    const popup = await session.open('/popup.html');
    await popup.waitForSelector('#check-safe-state');
    const options = await session.open('/options.html');
    const address = await options.waitForSelector('#add-address');
    await address?.type('https://passport.yhd.com/login');
    await address?.press('Enter');
    const row = 'tr.site-row[data-site="yhd.com"]';
    await options.waitForSelector(row);
    await waitForStorage(session, (items) => items['s:yhd.com'] !== undefined);
    // A listed site that needs rebinding holds the application back: the popup says so at once.
    await popup.waitForFunction(() => document.body.innerText.includes('还有 1 个网站需要改绑'));

    await options.select(`${row} select`, 'rebound');
    const items = await waitForStorage(
      session,
      (stored) => (readItems(stored)['s:yhd.com'] as Site | undefined)?.status === 'rebound',
    );
    expect(readItems(items)['s:yhd.com']).toMatchObject({ name: '1号店', via: 'manual' });
    await popup.waitForFunction(() => !document.body.innerText.includes('个网站需要改绑'));
    await popup.close();
    await options.close();
    expect(session.errors).toEqual([]);
  });

  it('refuses a hand-edited backup with a stray comma, naming where it is, and nothing stored changes', async () => {
    const before = await session.storage();
    const file = path.join(session.downloads, 'broken.json');
    writeFileSync(file, '{\n  "format": "wechat-exit-planner",\n  "version": 1,\n}\n');
    const options = await session.open('/options.html');
    const input = await options.waitForSelector('input#import-file');
    await input?.uploadFile(file);
    const error = await textOf(options, '.import-error');
    expect(error).toContain('broken.json');
    expect(error).toContain('第 3 行第 15 列多了一个逗号');
    expect(error).not.toContain('重新导出');
    expect(await session.storage()).toEqual(before);
    await options.close();
    expect(session.errors).toEqual([]);
  });

  it('imports a GBK sheet saved by Excel or WPS: the preview names the encoding, confirming stores it', async () => {
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    // Excel's "CSV (逗号分隔)" on Chinese Windows: GB18030 bytes, CRLF, no BOM.
    // 名称,网址,备注 / 知乎,zhihu.com,手机 / 豆瓣,douban.com, — written out byte by byte.
    const bytes = new Uint8Array([
      ...[0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xcd, 0xf8, 0xd6, 0xb7, 0x2c, 0xb1, 0xb8, 0xd7, 0xa2],
      ...[0x0d, 0x0a, 0xd6, 0xaa, 0xba, 0xf5, ...ascii(',zhihu.com,'), 0xca, 0xd6, 0xbb, 0xfa],
      ...[0x0d, 0x0a, 0xb6, 0xb9, 0xb0, 0xea, ...ascii(',douban.com,\r\n')],
    ]);
    const file = path.join(session.downloads, 'excel-gbk.csv');
    writeFileSync(file, bytes);
    const options = await session.open('/options.html');
    const input = await options.waitForSelector('input#import-file');
    await input?.uploadFile(file);
    const notice = await textOf(options, '.import-encoding');
    expect(notice).toContain('GB18030');
    const preview = await textOf(options, '.import-preview');
    expect(preview).toContain('导入预览：excel-gbk.csv');
    expect(preview).toContain('知乎 · zhihu.com');
    expect(preview).toContain('豆瓣 · douban.com');
    expect(readItems(await session.storage())['s:douban.com']).toBeUndefined();

    await press(options, '确认导入 2 项');
    const items = readItems(
      await waitForStorage(
        session,
        (stored) => stored['s:zhihu.com'] !== undefined && stored['s:douban.com'] !== undefined,
      ),
    );
    expect(items['s:zhihu.com']).toMatchObject({ name: '知乎', note: '手机', via: 'imported' });
    expect(items['s:douban.com']).toMatchObject({ name: '豆瓣', via: 'imported' });
    await options.close();
    expect(session.errors).toEqual([]);
  });

  it('exports everything, and after clearing, the import brings back exactly the same', async () => {
    await session.setStorage({
      's:zhihu.com': {
        name: '知乎',
        status: 'rebind',
        via: 'detected',
        appid: 'wx268fcfe924dcb171',
        note: '=SUM(1)',
        first: 1,
        at: 2,
      },
      's:app:王者荣耀': { name: '王者荣耀', status: 'abandon', via: 'manual', first: 3, at: 4 },
      'c:pay-closed': { state: 'done', note: '零钱已提现', at: 5 },
      tracker: { appliedOn: '2026-11-20', at: 6 },
    });
    const options = await session.open('/options.html');
    await options.waitForSelector('tr.site-row[data-site="zhihu.com"]');
    const before = await session.storage();
    await press(options, '导出全部数据（JSON）');
    const file = await waitForDownload(session, /^wechat-exit-planner-\d{4}-\d{2}-\d{2}\.json$/);

    await options.evaluate(() => (globalThis as unknown as InPage).chrome.storage.sync.clear());
    await options.waitForFunction(() => !document.querySelector('tr.site-row'));

    const input = await options.waitForSelector('input#import-file');
    await input?.uploadFile(file);
    await press(options, '确认导入');
    const after = await waitForStorage(
      session,
      (items) => items['s:zhihu.com'] !== undefined && items.tracker !== undefined,
    );
    expect(after).toEqual(before);
    await options.close();
    expect(session.errors).toEqual([]);
  });

  if (name === 'firefox') {
    // Firefox lets an add-on give back its host access (as a user can in about:addons);
    // Chromium refuses to remove a permission the manifest requires, and its "site access"
    // menu cannot be driven by automation: there tests/component/options-access covers it.
    it('warns when access to WeChat’s login page is taken away, and asking again restores it', async () => {
      const options = await session.open('/options.html');
      await options.waitForSelector('#sites-title');
      expect(await options.$('.host-access')).toBeNull();
      await options.evaluate(() =>
        (globalThis as unknown as InPage).browser.permissions.remove({
          origins: ['*://open.weixin.qq.com/*'],
        }),
      );
      await options.waitForSelector('.host-access');
      await press(options, '重新允许访问');
      await options.waitForSelector('.host-access', { hidden: true });
      await options.close();
      expect(session.errors).toEqual([]);
    });
  }
});
