import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readItems } from '../helpers/site.ts';
import {
  availableBrowsers,
  launch,
  openToolbarPopup,
  type Session,
  type Site,
  serve,
  textOf,
  waitForStorage,
} from './harness';

describe.each(availableBrowsers())('the popup in %s', (name) => {
  let session: Session;
  let site: Site;
  beforeAll(async () => {
    session = await launch(name);
    site = await serve({ '/': '<!doctype html><title>小店</title><h1>一家用微信登录的小店</h1>' });
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it('keeps a ticked item ticked after the popup is closed and opened again', async () => {
    const popup = await session.open('/popup.html');
    await (await popup.waitForSelector('#check-safe-state'))?.click();
    await popup.close();
    await waitForStorage(session, (items) => items['c:safe-state'] !== undefined);
    const again = await session.open('/popup.html');
    const checked = await again.$eval(
      '#check-safe-state',
      (box) => (box as HTMLInputElement).checked,
    );
    expect(checked).toBe(true);
    expect(await textOf(again, 'header')).toContain('1/35');
    await again.close();
    expect(session.errors).toEqual([]);
  });

  it('asks inside the popup before ticking an item whose prerequisites are open', async () => {
    const popup = await session.open('/popup.html');
    const first = await popup.waitForSelector('#first-pay-closed');
    expect(await first?.evaluate((node) => node.textContent)).toBe(
      '先完成：导出微信支付账单、“钱款”一节',
    );
    await (await popup.waitForSelector('#check-pay-closed'))?.click();
    const question = await popup.waitForSelector('.item-confirm[role="alert"]');
    expect(await question?.evaluate((node) => node.textContent)).toContain('仍然勾选这一项吗');
    expect(await popup.$eval('#check-pay-closed', (box) => (box as HTMLInputElement).checked)).toBe(
      false,
    );
    await popup.$$eval('.item-confirm button', (buttons) =>
      buttons.find((button) => button.textContent === '仍然勾选')?.click(),
    );
    await waitForStorage(session, (items) => items['c:pay-closed'] !== undefined);
    expect(await popup.$eval('#check-pay-closed', (box) => (box as HTMLInputElement).checked)).toBe(
      true,
    );
    await popup.close();
    expect(session.errors).toEqual([]);
  });

  if (name === 'chromium') {
    it('flags the site of the current tab, and the options page lists it', async () => {
      const page = await session.browser.newPage();
      await page.goto(`${site.url}/`);
      const popup = await openToolbarPopup(session, site.url);
      expect(await textOf(popup, '.site-card')).toContain('127.0.0.1');
      await popup.type('#site-note', '会员积分还在');
      await popup.click('::-p-text(标记为使用微信登录)');
      const items = await waitForStorage(session, (stored) => stored['s:127.0.0.1'] !== undefined);
      expect(readItems(items)['s:127.0.0.1']).toMatchObject({
        status: 'rebind',
        via: 'manual',
        note: '会员积分还在',
      });
      const options = await session.open('/options.html#sites');
      // The note sits in an editable field there, so look at field values as well as text.
      await options.waitForFunction(() =>
        [...document.querySelectorAll('input, textarea')]
          .map((field) => (field as HTMLInputElement).value)
          .concat(document.body.textContent ?? '')
          .some((text) => text.includes('会员积分还在')),
      );
      await options.close();
      await page.close();
      expect(session.errors).toEqual([]);
    });
  } else {
    it('says the address is not available when the popup is opened without the toolbar click', async () => {
      // Firefox offers automation no way to press an extension's toolbar button, and without that
      // click activeTab grants nothing: the card must explain instead of failing.
      const page = await session.browser.newPage();
      await page.goto(`${site.url}/`);
      const popup = await session.open('/popup.html');
      const card = await textOf(popup, '.site-card');
      expect(card).not.toContain('127.0.0.1');
      expect(await popup.$eval('.site-card button', (b) => (b as HTMLButtonElement).disabled)).toBe(
        true,
      );
      await popup.close();
      await page.close();
      expect(session.errors).toEqual([]);
    });
  }
});
