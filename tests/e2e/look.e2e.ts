import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../utils/cooling-off.ts';
import { SCHEMA_VERSION } from '../../utils/model.ts';
import { site as record } from '../helpers/site.ts';
import {
  availableBrowsers,
  launch,
  openToolbarPopup,
  type Session,
  type Site,
  serve,
  waitForStorage,
} from './harness';

/**
 * Accessibility (axe-core, no serious or critical violation) on every page in both browsers,
 * a check that nothing overflows sideways, and the screenshots the README shows (Chromium).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(ROOT, 'docs/screenshots');
const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const DAY = 86_400_000;
const LOGIN =
  'https://open.weixin.qq.com/connect/qrconnect?appid=wx268fcfe924dcb171&redirect_uri=https%3A%2F%2Fwww.zhihu.com%2Foauth%2Fcallback%2Fwechat&response_type=code&scope=snsapi_login&state=1#wechat_redirect';
const GUARD = `/guard.html#${LOGIN}`;

/** A store that looks like someone halfway through their preparations. */
function seed(now: number): Record<string, unknown> {
  const applied = new Date(now - 12 * DAY);
  const site = (name: string, extra: Parameters<typeof record>[1] = {}) =>
    record(name, { first: now - 20 * DAY, at: now - DAY, ...extra });
  return {
    meta: { schema: SCHEMA_VERSION },
    's:zhihu.com': site('知乎', {
      status: 'rebound',
      via: 'detected',
      appid: 'wx268fcfe924dcb171',
      note: '已绑定手机号，退出后用密码登录成功',
    }),
    's:jd.com': site('京东', {
      via: 'detected',
      appid: 'wx827225356b689e24',
      note: '京豆和白条',
    }),
    's:csdn.net': site('CSDN', { via: 'detected', pending: true }),
    's:douban.com': site('豆瓣', { status: 'abandon' }),
    's:app:王者荣耀': site('王者荣耀', { note: '游戏账号，问客服能否换绑 QQ' }),
    's:127.0.0.1': site('本地测试商城'),
    'c:safe-state': { state: 'done', at: now },
    'c:pay-closed': { state: 'done', at: now },
    'c:cards-admin': { state: 'na', note: '从没当过管理员', at: now },
    tracker: { appliedOn: dayOf(applied), at: now },
  };
}

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const run = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).join(', ')}`);
}

/** Elements wider than the page, or whose text is cut off sideways. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).position === 'fixed') continue;
      if (element.closest('.visually-hidden, [hidden]')) continue;
      // Inside a box that scrolls sideways (a wide table's wrapper), wider content is by design.
      let scroller = element.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement;
      }
      if (scroller && scroller !== document.documentElement && scroller !== document.body) continue;
      const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className}`;
      if (box.right > width + 1) found.push(`${label} ends at ${Math.round(box.right)} > ${width}`);
      const style = getComputedStyle(element);
      // Inline boxes have no scroll width of their own; their block parent is checked instead.
      if (
        style.display !== 'inline' &&
        element.scrollWidth > element.clientWidth + 1 &&
        style.overflowX !== 'auto' &&
        style.overflowX !== 'scroll' &&
        element.children.length === 0 &&
        element.tagName !== 'INPUT' &&
        element.tagName !== 'TEXTAREA' &&
        element.tagName !== 'SELECT'
      ) {
        found.push(`${label} cuts its text (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return found;
  });
}

async function settle(page: Page): Promise<void> {
  await page.waitForSelector('#app > *');
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 150))),
  );
}

describe.each(availableBrowsers())('how the pages look in %s', (name) => {
  let session: Session;
  let site: Site;
  beforeAll(async () => {
    session = await launch(name);
    site = await serve({
      '/': '<!doctype html><title>本地测试商城</title><h1>商城</h1>',
      '/probe': (_request, response) => {
        response.setHeader('access-control-allow-origin', '*');
        response.statusCode = 204;
        response.end();
      },
    });
    await session.setStorage(seed(Date.now()));
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
  });

  it.each(['/popup.html', '/options.html', '/legacy.html', GUARD])(
    '%s has no serious accessibility problem, nothing overflows, and it asks no one outside',
    async (pagePath) => {
      // Every request the page issues from the moment it starts loading.
      const requests: string[] = [];
      const page = await session.open(pagePath, (tab) =>
        tab.on('request', (request) => requests.push(request.url())),
      );
      // A toolbar popup is as wide as its body (380 px) plus, in Firefox, a scrollbar.
      if (pagePath === '/popup.html') await page.setViewport({ width: 400, height: 600 });
      await settle(page);
      expect(await axe(page)).toEqual([]);
      expect(await overflow(page)).toEqual([]);
      // A control: a request the test makes the page send must show up (Firefox's automation
      // does not report the page's own moz-extension files, so this proves the recorder works).
      const probe = `${site.url}/probe?page=${encodeURIComponent(pagePath)}`;
      await page.evaluate((url: string) => fetch(url).then((r) => r.status), probe);
      const own = /^(chrome|moz)-extension:|^data:|^blob:/;
      expect(requests).toContain(probe);
      expect(requests.filter((url) => !own.test(url) && url !== probe)).toEqual([]);
      await page.close();
      expect(session.errors).toEqual([]);
    },
  );

  if (name === 'chromium') {
    it.each([
      ['zh_CN', 'light'],
      ['zh_CN', 'dark'],
      ['en', 'light'],
      ['en', 'dark'],
    ] as const)('the toolbar popup in %s, %s theme, reads well', async (language, theme) => {
      mkdirSync(SHOTS, { recursive: true });
      await session.setStorage({
        settings: { language, detection: true, reminders: true, at: Date.now() },
      });
      const tab = await session.browser.newPage();
      await tab.goto(`${site.url}/`);
      const popup = await openToolbarPopup(session, site.url);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
      await settle(popup);
      await popup.waitForSelector('.site-card fieldset');
      expect(await axe(popup)).toEqual([]);
      expect(await overflow(popup)).toEqual([]);
      await popup.screenshot({ path: path.join(SHOTS, `popup-${language}-${theme}.png`) });
      await popup.close();
      await tab.close();
      expect(session.errors).toEqual([]);
    });

    it.each([
      ['options', '/options.html', 1280, 900],
      ['legacy', '/legacy.html', 900, 1200],
      ['guard', GUARD, 900, 700],
    ] as const)(
      'the %s page, in Chinese, light and dark',
      async (label, pagePath, width, height) => {
        await session.setStorage({
          settings: { language: 'zh_CN', detection: true, reminders: true, at: Date.now() },
        });
        for (const theme of ['light', 'dark'] as const) {
          const page = await session.open(pagePath);
          await page.setViewport({ width, height });
          await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
          await settle(page);
          expect(await axe(page)).toEqual([]);
          await page.screenshot({ path: path.join(SHOTS, `${label}-zh_CN-${theme}.png`) });
          await page.close();
        }
        expect(session.errors).toEqual([]);
      },
    );
  }
});

describe.each(availableBrowsers())('the keyboard and the language switch in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('ticks a checklist item with Tab and Space alone, with a visible focus ring', async () => {
    const popup = await session.open('/popup.html');
    await popup.waitForSelector('#check-safe-state');
    await popup.bringToFront();
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'check-safe-state'; presses += 1) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('check-safe-state');
    const ring = await popup.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).not.toMatch(/^none|\s0px$/);
    await popup.keyboard.press(' ');
    const items = await waitForStorage(session, (stored) => stored['c:safe-state'] !== undefined);
    expect(items['c:safe-state']).toMatchObject({ state: 'done' });
    await popup.close();
  });

  it('switches every open page to English at once, without a restart', async () => {
    const popup = await session.open('/popup.html');
    await popup.waitForSelector('#check-safe-state');
    const options = await session.open('/options.html');
    await options.bringToFront();
    const english = await options.waitForSelector('::-p-text(English)');
    await english?.click();
    for (const page of [options, popup]) {
      const deadline = Date.now() + 10_000;
      let lang = '';
      while (Date.now() < deadline && lang !== 'en') {
        lang = await page.evaluate(() => document.documentElement.lang);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(lang).toBe('en');
    }
    expect(await options.evaluate(() => document.body.innerText)).toContain(
      'Sites and apps you log into with WeChat',
    );
    expect(await popup.evaluate(() => document.body.innerText)).toContain('WeChat Exit Planner');
    await popup.close();
    await options.close();
    expect(session.errors).toEqual([]);
  });
});
