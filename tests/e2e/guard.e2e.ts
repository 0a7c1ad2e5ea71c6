import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ICAL from 'ical.js';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayOf } from '../../utils/cooling-off.ts';
import type { OwnLoginKind } from '../../utils/detect.ts';
import { LOGINS, NOT_GUARDED, OWN_LOGINS } from '../helpers/login-urls.ts';
import {
  availableBrowsers,
  type BrowserName,
  BUILD_DIR,
  type InPage,
  launch,
  poll,
  type Session,
  type Site,
  serve,
  waitForDownload,
} from './harness';

/**
 * The cooling-off guard over the table in tests/helpers/login-urls.ts, in both browsers: every
 * login it must stop lands on the guard page, whether a page started it (a link) or not (the
 * address bar, a bookmark: `page.goto`), and nothing else is stopped.
 *
 * Host access to WeChat's own hosts is optional, and its prompt is the browser's own, which
 * automation cannot answer in Chromium. These journeys run the build as after the user said yes:
 * a copy whose manifest has the optional hosts merged into host_permissions. The asking itself is
 * covered by tests/component/popup-tracker.test.tsx and options-access.test.tsx.
 */

const api = () => (globalThis as unknown as InPage).chrome;
const day = (offset: number): string => addDays(dayOf(), offset);
const GUARD_PAGE = /^(chrome|moz)-extension:\/\/[^/]+\/guard\.html#/;

/** What the guard page names for each login (zh_CN, the default locale). */
const NAMED: Record<OwnLoginKind | 'site', string> = {
  'web-wechat': '这是网页版微信的登录页',
  'file-transfer': '这是文件传输助手的登录页',
  'official-accounts': '这是微信公众平台的登录页',
  site: '知乎（www.zhihu.com）正要打开微信登录',
};
const [, SITE_LOGIN = ''] = LOGINS[0] ?? [];
const GUARDED: [label: string, url: string, kind: OwnLoginKind | 'site'][] = [
  ...OWN_LOGINS,
  ['a website’s WeChat login', SITE_LOGIN, 'site'],
];
/** One of each kind, for the slower journeys. */
const ONE_OF_EACH = GUARDED.filter(
  ([, , kind], index) => GUARDED.findIndex(([, , other]) => other === kind) === index,
);

/** A copy of the build as if the user had granted the optional host access. */
function grantedCopy(name: BrowserName): string {
  const dir = mkdtempSync(path.join(tmpdir(), `wep-granted-${name}-`));
  cpSync(BUILD_DIR[name], dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  delete manifest.optional_host_permissions;
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/** True once the browser really sent `url` out (offline: its name lookup failed). */
function reaches(page: Page, url: string): () => Promise<boolean> {
  const wanted = new URL(url).href.split('#')[0];
  let reached = false;
  page.on('requestfailed', (request) => {
    if (request.url().split('#')[0] === wanted) reached = true;
  });
  return async () => reached;
}

async function where(page: Page): Promise<string> {
  // Firefox's automation keeps reporting the old address for an extension page: ask the page.
  return page.evaluate(() => `${location.href}\n${document.body?.innerText ?? ''}`).catch(() => '');
}

describe.each(availableBrowsers())('the guard in %s', (name) => {
  let session: Session;
  let site: Site;
  let control: Page;
  let copy: string;

  async function applied(on: string, rules: boolean): Promise<void> {
    await session.setStorage({ tracker: { appliedOn: on, at: Date.now() } });
    await poll(
      async () =>
        (await control.evaluate(() => api().declarativeNetRequest.getDynamicRules())).length > 0 ===
        rules,
      `guard rules ${rules ? 'on' : 'off'}`,
    );
  }

  /** Opens `url` the way the address bar does; never awaited (an extension page may not resolve). */
  async function typed(url: string): Promise<Page> {
    const page = await session.browser.newPage();
    void page.goto(url).catch(() => {});
    return page;
  }

  async function clicked(url: string): Promise<Page> {
    const page = await session.browser.newPage();
    await page.goto(`${site.url}/links.html`);
    await page.evaluate((href) => {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = 'login';
      document.body.append(link);
      link.click();
    }, url);
    return page;
  }

  async function landsOnGuard(page: Page, kind: OwnLoginKind | 'site'): Promise<string> {
    let seen = '';
    await poll(
      async () => {
        seen = await where(page);
        return GUARD_PAGE.test(seen) && seen.includes(NAMED[kind]);
      },
      `the guard page naming ${kind} (last seen: ${seen.slice(0, 200)})`,
      15_000,
    );
    return seen;
  }

  beforeAll(async () => {
    copy = grantedCopy(name);
    session = await launch(name, { extension: copy });
    site = await serve({
      '/links.html': '<!doctype html><title>链接</title><p>links</p>',
      '/probe.html': '<!doctype html><title>probe</title><p>probe</p>',
    });
    control = await session.open('/options.html');
    await control.evaluate(`globalThis.api = ${api.toString()}`);
    await poll(
      async () => Boolean(await control.evaluate(() => api().alarms.get('day-boundary'))),
      'the background',
    );
    await applied(day(-10), true);
  });
  afterAll(async () => {
    await session?.close();
    await site?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it.each(GUARDED)('stops %s typed in the address bar (%s)', async (_label, url, kind) => {
    const page = await typed(url);
    const seen = await landsOnGuard(page, kind);
    expect(seen).toContain('还剩 50 天');
    await page.close();
  });

  // In Chromium a typed login leaves a "blocked" entry before the guard page, and going back to
  // it loaded the login, and so the guard, again: going back went nowhere.
  const backFromTyped = async (
    url: string,
    kind: OwnLoginKind | 'site',
    back: (page: Page) => Promise<unknown>,
  ) => {
    const page = await session.browser.newPage();
    await page.goto(`${site.url}/links.html`);
    void page.goto(url).catch(() => {});
    await landsOnGuard(page, kind);
    await back(page);
    let seen = '';
    await poll(
      async () => {
        seen = await where(page);
        return seen.startsWith(`${site.url}/links.html`);
      },
      'the page before the typed login',
      15_000,
    );
    await page.close();
  };

  it.each(ONE_OF_EACH)(
    'goes back from %s typed after a page to that page',
    async (_l, url, kind) => {
      await backFromTyped(url, kind, (page) =>
        page.evaluate(() => {
          const button = [...document.querySelectorAll('button')].find(
            (b) => b.textContent === '返回',
          );
          button?.click();
        }),
      );
    },
  );

  it('goes back from a typed login with the browser’s back button too', async () => {
    // Not awaited: puppeteer waits for a load event the bounce may replace.
    await backFromTyped(SITE_LOGIN, 'site', async (page) => void page.goBack().catch(() => {}));
  });

  it.each(ONE_OF_EACH)('stops %s opened from a link on a page', async (_label, url, kind) => {
    const page = await clicked(url);
    await landsOnGuard(page, kind);
    await page.close();
  });

  it.each(ONE_OF_EACH)('stops %s inside a frame of a page', async (_label, url, kind) => {
    const page = await session.browser.newPage();
    await page.goto(`${site.url}/links.html`);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.width = '300';
      frame.height = '400';
      document.body.append(frame);
    }, url);
    // Firefox reports a redirected frame's old address; ask each frame where it really is.
    await poll(async () => {
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => `${location.pathname} ${document.body?.innerText ?? ''}`)
          .catch(() => '');
        if (seen.startsWith('/guard.html') && seen.includes(NAMED[kind])) return true;
      }
      return false;
    }, `the guard in the frame for ${kind}`);
    await page.close();
  });

  it.each(NOT_GUARDED)('never stops %s (%s)', async (_label, url) => {
    const page = await session.browser.newPage();
    const reached = reaches(page, url);
    void page.goto(url).catch(() => {});
    await poll(reached, `${url} to go out to WeChat`);
    expect(GUARD_PAGE.test(await where(page))).toBe(false);
    await page.close();
  });

  it.each(ONE_OF_EACH)('lets %s through with "continue anyway"', async (_label, url, kind) => {
    const page = await typed(url);
    await landsOnGuard(page, kind);
    const reached = reaches(page, url);
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === '仍要打开微信登录',
      );
      button?.click();
    });
    await poll(reached, `${url} to go out after "continue anyway"`);
    await page.close();
  });

  it('does not let a web page load the guard page to learn the extension is there', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${site.url}/probe.html`);
    const loads = (url: string) =>
      page.evaluate(
        (target) =>
          fetch(target, { mode: 'no-cors' }).then(
            () => true,
            () => false,
          ),
        url,
      );
    if (name === 'chromium') {
      // The address a page could guess, from the extension's public id: refused.
      expect(await loads(`${session.base}/guard.html`)).toBe(false);
      // The per-session address the redirects use does load (so the probe above could have
      // succeeded); a page cannot know it.
      const dynamic = await control.evaluate(() => api().runtime.getURL('/guard.html'));
      expect(new URL(dynamic).host).not.toBe(new URL(session.base).host);
      expect(await loads(dynamic)).toBe(true);
    } else {
      // Firefox: the address holds a random per-install UUID, never the add-on's public id.
      const manifest = JSON.parse(readFileSync(path.join(copy, 'manifest.json'), 'utf8')) as {
        browser_specific_settings: { gecko: { id: string } };
      };
      const id = manifest.browser_specific_settings.gecko.id;
      expect(await loads(`moz-extension://${id}/guard.html`)).toBe(false);
      expect(session.base).not.toContain(id);
    }
    await page.close();
  });

  it('stops nothing once the period is over', async () => {
    await applied(day(-61), false);
    for (const [, url] of ONE_OF_EACH) {
      const page = await session.browser.newPage();
      const reached = reaches(page, url);
      void page.goto(url).catch(() => {});
      await poll(reached, `${url} to go out after the period`);
      await page.close();
    }
  });
});

/**
 * The build as shipped: WeChat's own hosts are optional. Before the user grants them, those logins
 * are not stopped (which the tracker and the options page say); Firefox's test profile answers the
 * prompt by itself, so there the grant from the options page's button runs for real.
 */
describe.each(availableBrowsers())('the shipped build in %s', (name) => {
  let session: Session;
  let control: Page;
  const [, FILE_TRANSFER = ''] = OWN_LOGINS.find(([, , kind]) => kind === 'file-transfer') ?? [];

  beforeAll(async () => {
    session = await launch(name);
    control = await session.open('/options.html');
    await control.evaluate(`globalThis.api = ${api.toString()}`);
    await session.setStorage({ tracker: { appliedOn: day(-10), at: Date.now() } });
    await poll(
      async () =>
        (await control.evaluate(() => api().declarativeNetRequest.getDynamicRules())).length > 0,
      'guard rules on',
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says which logins are not guarded until the access is granted, and does not stop them', async () => {
    await control.bringToFront();
    await poll(
      async () =>
        (await control.evaluate(() => document.body.innerText)).includes(
          '还没有拦截：网页版微信、文件传输助手和微信公众平台的登录',
        ),
      'the options page to say what is not guarded',
    );
    const page = await session.browser.newPage();
    const reached = reaches(page, FILE_TRANSFER);
    void page.goto(FILE_TRANSFER).catch(() => {});
    await poll(reached, 'File Transfer to go out unguarded');
    await page.close();
  });

  it('saves the period to a calendar file that a calendar parser reads back', async () => {
    const popup = await session.open('/popup.html');
    await popup.waitForSelector('.tracker .actions button');
    await popup.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === '添加到日历',
      );
      button?.click();
    });
    const file = await waitForDownload(session, /^wechat-cooling-off-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = readFileSync(file, 'utf8');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    if (!event) throw new Error(`no event in ${text}`);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe(day(49));
    expect(event.getAllSubcomponents('valarm')).toHaveLength(2);
    await popup.close();
  });

  if (name === 'firefox') {
    it('stops File Transfer once the options page’s button granted the access', async () => {
      await control.bringToFront();
      const button = await control.waitForSelector('.own-login-access button');
      await button?.click();
      await poll(
        async () => !(await control.evaluate(() => document.body.innerText)).includes('还没有拦截'),
        'the notice to go once access is granted',
      );
      const page = await session.browser.newPage();
      void page.goto(FILE_TRANSFER).catch(() => {});
      await poll(
        async () => GUARD_PAGE.test(await where(page)),
        'File Transfer to land on the guard page',
      );
      await page.close();
    });
  }
});
