import type { CDPSession } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteIdOfKey } from '../../utils/model.ts';
import { readItems } from '../helpers/site.ts';
import {
  availableBrowsers,
  type InPage,
  launch,
  poll,
  type Session,
  type Site,
  serve,
  waitForStorage,
} from './harness';

/**
 * An MV3 service worker can be stopped at any moment, also halfway through a write. Chromium
 * only: the test stops it through CDP (ServiceWorker.stopWorker, what the Stop button of
 * chrome://serviceworker-internals does), which Firefox's automation has no equivalent for (its
 * background is an event page that Firefox suspends by itself).
 */

const login = (domain: string) =>
  `https://open.weixin.qq.com/connect/qrconnect?appid=wx0000000000000001&redirect_uri=${encodeURIComponent(
    `https://passport.${domain}/wechat/callback`,
  )}&response_type=code&scope=snsapi_login&state=s&login_type=jssdk&self_redirect=default`;

type Running = 'stopped' | 'starting' | 'running' | 'stopping';

/** A site the user confirmed before any of the stops: it must come through all of them. */
const KEPT = {
  's:kept.com': { name: 'kept.com', status: 'rebound', via: 'manual', first: 1, at: 2 },
};

describe.each(availableBrowsers().filter((name) => name === 'chromium'))(
  'the service worker in %s, stopped mid-write',
  (name) => {
    let session: Session;
    let site: Site;
    let cdp: CDPSession;
    const domains = ['alpha.com', 'beta.cn', 'gamma.net', 'delta.org', 'epsilon.com.cn'];

    // What the browser reports about our worker (ServiceWorker domain of an extension page).
    let version = '';
    let running: Running = 'stopped';
    const waiting = new Set<{ want: Running; resolve: () => void }>();

    /** Resolves once the worker reports `want`; fails with what it reported last. */
    function reaches(want: Running, timeout = 30_000): Promise<void> {
      if (running === want) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const waiter = {
          want,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
        const timer = setTimeout(() => {
          waiting.delete(waiter);
          reject(new Error(`the worker never became ${want} (last: ${running})`));
        }, timeout);
        waiting.add(waiter);
      });
    }

    /** Stops the worker, whatever it is doing, and waits until it is gone. */
    async function stopWorker(): Promise<Running> {
      const at = running;
      await cdp.send('ServiceWorker.stopWorker', { versionId: version });
      await reaches('stopped');
      return at;
    }

    beforeAll(async () => {
      session = await launch(name);
      // Each page sends its tab to the login, as a login button does: a login in a frame of a
      // page the browser does not name proposes nothing (issue 14).
      const goes = (domain: string) =>
        `<script>location.href = ${JSON.stringify(login(domain))};</script>`;
      const routes: Record<string, string> = { '/last.html': goes('omega.com') };
      for (const domain of domains) routes[`/${domain}.html`] = goes(domain);
      site = await serve(routes);
      const watcher = await session.open('/options.html');
      cdp = await watcher.createCDPSession();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.startsWith(session.base)) continue;
          version = v.versionId;
          running = v.runningStatus;
          for (const waiter of waiting) {
            if (waiter.want !== running) continue;
            waiting.delete(waiter);
            waiter.resolve();
          }
        }
      });
      await cdp.send('ServiceWorker.enable');
      await reaches('running');
    });
    afterAll(async () => {
      await session?.close();
      await site?.close();
    });

    it('leaves storage consistent, and wakes up with its listeners when the next event comes', async () => {
      await session.setStorage(KEPT);
      const stoppedWhile: Running[] = [];
      for (const [index, domain] of domains.entries()) {
        const before = await session.storage();
        const page = await session.browser.newPage();
        // Only the page itself is awaited (or its replacement by the login, which then fails
        // offline): the login request is what the worker reports.
        const loading = page
          .goto(`${site.url}/${domain}.html`, { waitUntil: 'domcontentloaded' })
          .catch(() => undefined);
        // The login wakes the stopped worker, which then opens the store and writes the site:
        // stop it at a different moment of that each time, 0, 15, 30… ms after it is running.
        await reaches('running');
        await new Promise((resolve) => setTimeout(resolve, index * 15));
        stoppedWhile.push(await stopWorker());
        await loading;
        await page.close();
        // Nothing that was stored before the stop is gone or changed by it.
        const after = await session.storage();
        for (const [key, value] of Object.entries(before)) expect(after[key], key).toEqual(value);
      }
      // Each stop cut a live worker, never one still starting up (the idle timeout never does).
      expect(stoppedWhile).toEqual(domains.map(() => 'running'));

      // The next login wakes the worker; it must detect as before.
      const page = await session.browser.newPage();
      await page
        .goto(`${site.url}/last.html`, { waitUntil: 'domcontentloaded' })
        .catch(() => undefined);
      // Waking a stopped worker on a busy 2-core machine can take seconds: allow for it.
      const items = await waitForStorage(session, (stored) => stored['s:omega.com'] !== undefined, {
        timeout: 30_000,
      });
      await page.close();

      // Whatever was cut off is absent, never half-written: every detected site stored is whole.
      const sites = readItems(items);
      expect(sites['s:kept.com']).toEqual(KEPT['s:kept.com']);
      for (const [key, value] of Object.entries(sites)) {
        if (siteIdOfKey(key) === undefined || key === 's:kept.com') continue;
        expect(value, key).toMatchObject({ via: 'detected', pending: true, status: 'rebind' });
        expect(typeof (value as { name: unknown }).name, key).toBe('string');
      }
      // And the pages find nothing to repair.
      const options = await session.open('/options.html');
      await options.waitForSelector('tr.site-row[data-site="omega.com"]');
      expect(await options.evaluate(() => document.body.innerText)).not.toContain('损坏');
      await options.close();
      expect(session.errors).toEqual([]);
    });

    it('puts the badge right after a restart when the list changes', async () => {
      await reaches('running');
      await stopWorker();
      await session.setStorage({
        's:confirmed.com': {
          name: 'confirmed.com',
          status: 'rebind',
          via: 'manual',
          first: 1,
          at: 2,
        },
      });
      // The change itself is what wakes the worker.
      await reaches('running');
      const page = await session.open('/options.html');
      // Detected sites wait for confirmation and do not count, nor does the site already
      // rebound; the one confirmed site does.
      await poll(
        async () =>
          (await page.evaluate(() =>
            (globalThis as unknown as InPage).chrome.action.getBadgeText({}),
          )) === '1',
        'the badge to count the one confirmed site',
        30_000,
      );
      await page.close();
      expect(session.errors).toEqual([]);
    });
  },
);
