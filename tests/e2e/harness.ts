import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { storageItems } from '../helpers/site.ts';

/**
 * Drives the production build in real headless browsers: Debian's Chromium over CDP and
 * Firefox ESR over WebDriver BiDi, both through puppeteer-core, so one test reads the same in
 * either browser. The browsers come from the system (npm packages may not download them here).
 */

/**
 * What an extension page's globals are, for code a test runs inside one (`page.evaluate`): a
 * function sent there cannot call helpers from here, so it names the page's own API through
 * this type. Both browsers have `chrome`; Firefox also `browser`, with the same promise API.
 */
export type InPage = { chrome: ExtensionApi; browser: ExtensionApi };

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BUILD_DIR: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv3'),
};

const EXECUTABLES: Record<BrowserName, { env: string; paths: string[]; apt: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    apt: 'chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    apt: 'firefox-esr',
  },
};

export function findBrowser(name: BrowserName): string | undefined {
  const { env, paths } = EXECUTABLES[name];
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return paths.find((candidate) => existsSync(candidate));
}

export function missingBrowserMessage(name: BrowserName): string {
  const { env, apt } = EXECUTABLES[name];
  return (
    `${name} was not found, so its browser tests cannot run. Install it with ` +
    `\`sudo apt-get install -y ${apt}\`, or point ${env} at the executable.`
  );
}

/** The extension API as the pages see it; evaluated in the browser, typed here for the test. */
declare const chrome: {
  storage: Record<
    'sync' | 'local',
    {
      get(keys: null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
  >;
};

/**
 * The browsers to test. A missing browser is said loudly with the command that installs it;
 * under CI it is a failure, never a silent skip.
 */
export function availableBrowsers(): BrowserName[] {
  const found: BrowserName[] = [];
  for (const name of BROWSERS) {
    if (findBrowser(name)) {
      found.push(name);
      continue;
    }
    const message = missingBrowserMessage(name);
    if (process.env.CI) throw new Error(message);
    console.warn(
      `\n${'!'.repeat(80)}\nSKIPPING ${name.toUpperCase()}: ${message}\n${'!'.repeat(80)}\n`,
    );
  }
  return found;
}

/** A fixed internal UUID makes Firefox's moz-extension:// origin predictable. */
const FIREFOX_UUID = '6f1d2c3b-7e0a-4c55-9d2e-3b1f0a9c8e77';

export type Language = 'zh-CN' | 'en-US';

/** How every test and the benchmark start Debian's Chromium with the extension. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  // Without these Chromium keeps calling Google's hosts, which this machine refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets the test press the toolbar button (CDP Extensions.triggerAction).
  '--enable-unsafe-extension-debugging',
];

export type Session = {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** chrome-extension://ID or moz-extension://UUID, without a trailing slash. */
  readonly base: string;
  /** Errors any extension page or the background printed; tests expect it to stay empty. */
  readonly errors: string[];
  /** Where the browser saves downloads (no dialog). */
  readonly downloads: string;
  /**
   * Opens an extension page (e.g. `/options.html`) in a new tab, ready to use. `beforeLoad`
   * runs on the empty tab first (to listen to everything the page does while it loads).
   */
  open(pagePath: string, beforeLoad?: (page: Page) => void): Promise<Page>;
  /** Reads storage through an extension page, as the extension itself sees it. */
  /** Everything stored in `area`, as stored (sites in their compact form: see readItems). */
  storage(area?: 'sync' | 'local'): Promise<Record<string, unknown>>;
  /** Stores `items` as the extension would have written them (sites given as Site records). */
  setStorage(items: Record<string, unknown>, area?: 'sync' | 'local'): Promise<void>;
  close(): Promise<void>;
};

export async function launch(
  name: BrowserName,
  options: {
    language?: Language;
    /**
     * Leave open the welcome page the extension opens on install. Otherwise it is closed as
     * soon as it appears: opened active, it would push a page a test has just opened into the
     * background, where the browser stops its animation frames.
     */
    keepWelcome?: boolean;
    /** Another build folder, e.g. a copy with a changed manifest. */
    extension?: string;
  } = {},
): Promise<Session> {
  const executablePath = findBrowser(name);
  if (!executablePath) throw new Error(missingBrowserMessage(name));
  const extension = options.extension ?? BUILD_DIR[name];
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(
      `No build at ${extension}: run "npm run build && npm run build:firefox" first.`,
    );
  }
  const language = options.language ?? 'zh-CN';
  const profile = mkdtempSync(path.join(tmpdir(), `wep-${name}-`));
  const downloads = path.join(profile, 'downloads');
  mkdirSync(downloads);
  const errors: string[] = [];
  let browser: Browser;
  let base: string;

  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir: profile,
      enableExtensions: [extension],
      args: [...CHROMIUM_ARGS, `--lang=${language}`, `--accept-lang=${language}`],
    });
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    base = `chrome-extension://${new URL(worker.url()).host}`;
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const sw = await worker.worker();
    // This session stays attached to hear the worker's errors, and a worker stopped while it is
    // attached starts again held before its script runs, waiting for a debugger (puppeteer
    // connects with waitForDebuggerOnStart). Puppeteer's own auto-attach, which would release
    // it, does not always reach a worker this session already holds, so it can stay "starting"
    // for good: no event handled, no badge. Release it from here each time it starts again.
    sw?.client.on('Inspector.targetReloadedAfterCrash', () => {
      // It fails only when the worker was stopped again first; then there is nothing to release.
      sw.client.send('Runtime.runIfWaitingForDebugger').catch(() => {});
    });
    sw?.on('console', (message) => {
      if (message.type() === 'error') errors.push(`service worker: ${message.text()}`);
    });
  } else {
    // The add-on id as built (storage.sync is keyed by it).
    const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    };
    const geckoId = manifest.browser_specific_settings.gecko.id;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      userDataDir: profile,
      // Needed, or navigating to moz-extension:// pages is refused.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
        'intl.accept_languages': language,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        'browser.download.alwaysOpenPanel': false,
        // Grants optional permissions without the prompt a test cannot click (the request
        // itself still has to come from a user gesture in the page).
        'extensions.webextOptionalPermissionPrompts': false,
        'intl.locale.requested': language,
      },
    });
    await browser.installExtension(extension);
    base = `moz-extension://${FIREFOX_UUID}`;
  }

  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
  };

  const open = async (pagePath: string, beforeLoad?: (page: Page) => void): Promise<Page> => {
    const page = await browser.newPage();
    watch(page);
    beforeLoad?.(page);
    const url = base + pagePath;
    if (name === 'firefox') {
      // Firefox never resolves goto() for moz-extension:// pages, and evaluating while the page
      // is still being swapped in can fail: poll until the page has loaded.
      void page.goto(url).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await page
          .evaluate(() => `${location.href} ${document.readyState}`)
          .catch(() => '');
        if (state === `${url} complete`) break;
        if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${state})`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } else {
      await page.goto(url);
    }
    return page;
  };

  let helper: Page | undefined;
  const viaHelper = async () => {
    if (!helper || helper.isClosed()) helper = await open('/options.html');
    return helper;
  };

  if (!options.keepWelcome) {
    const welcome = `${base}/welcome.html`;
    // Firefox's automation shows a tab the extension opened as about:blank: ask the extension.
    const closeWelcome = async (): Promise<boolean> => {
      if (name === 'chromium') {
        const pages = (await browser.pages()).filter((page) => page.url() === welcome);
        await Promise.all(pages.map((page) => page.close()));
        return pages.length > 0;
      }
      const page = await viaHelper();
      return page.evaluate(async (url: string) => {
        const api = (globalThis as unknown as InPage).browser;
        const tabs = (await api.tabs.query({})).filter((tab) => tab.url === url);
        await Promise.all(tabs.map((tab) => (tab.id === undefined ? 0 : api.tabs.remove(tab.id))));
        return tabs.length > 0;
      }, welcome);
    };
    await poll(closeWelcome, 'the welcome page the extension opens on install', 15_000);
  }

  return {
    name,
    browser,
    base,
    errors,
    downloads,
    open,
    async storage(area = 'sync') {
      const page = await viaHelper();
      return page.evaluate((a: 'sync' | 'local') => chrome.storage[a].get(null), area);
    },
    async setStorage(items, area = 'sync') {
      const page = await viaHelper();
      await page.evaluate(
        (a: 'sync' | 'local', values: Record<string, unknown>) => chrome.storage[a].set(values),
        area,
        area === 'sync' ? storageItems(items) : items,
      );
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Clicks the toolbar button for the tab showing `url`, the way a user does, and returns the
 * popup. This is what grants `activeTab`. Chromium only: Firefox offers no automation command
 * that presses an extension's button.
 */
export async function openToolbarPopup(session: Session, url: string): Promise<Page> {
  if (session.name !== 'chromium') throw new Error('openToolbarPopup needs Chromium');
  const cdp = await session.browser.target().createCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url.startsWith(url));
  if (!tab) throw new Error(`no tab shows ${url}`);
  const id = new URL(session.base).host;
  const popupUrl = `${session.base}/popup.html`;
  const appeared = session.browser.waitForTarget((t: Target) => t.url() === popupUrl, {
    timeout: 10_000,
  });
  await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
  const page = await (await appeared).asPage();
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(`popup: ${message.text()}`);
  });
  page.on('pageerror', (error) => session.errors.push(`popup: ${String(error)}`));
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

export type Site = { url: string; close(): Promise<void> };

/** Serves pages from 127.0.0.1 on a free port: the "websites" the tests visit. */
export async function serve(
  routes: Record<string, string | ((request: IncomingMessage, response: ServerResponse) => void)>,
): Promise<Site> {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (typeof route === 'function') return route(request, response);
    if (route === undefined) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(route);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `predicate` holds for the stored data, or fails with what was stored. */
/**
 * Asks `check` every 100 ms until it says yes (a check that throws says no), and fails naming
 * `what` after `timeout`. Polling, not waitForFunction: Firefox's automation loses those.
 */
export async function poll(
  check: () => Promise<boolean>,
  what: string,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function waitForStorage(
  session: Session,
  predicate: (items: Record<string, unknown>) => boolean,
  { area = 'sync', timeout = 10_000 }: { area?: 'sync' | 'local'; timeout?: number } = {},
): Promise<Record<string, unknown>> {
  let items: Record<string, unknown> = {};
  await poll(
    async () => {
      items = await session.storage(area);
      return predicate(items);
    },
    `storage.${area} to match`,
    timeout,
  ).catch(() => {
    // Say what it held last: that is what the test needs to see.
    throw new Error(`storage.${area} never matched; it holds ${JSON.stringify(items)}`);
  });
  return items;
}

/** The visible text of the first element matching `selector`, after waiting for it. */
export async function textOf(page: Page, selector: string): Promise<string> {
  const element = await page.waitForSelector(selector, { timeout: 10_000 });
  if (!element) throw new Error(`nothing matches ${selector}`);
  return element.evaluate((node) => (node as HTMLElement).innerText);
}

/** Waits for a finished download whose name matches, and returns its path. */
export async function waitForDownload(
  session: Session,
  pattern: RegExp,
  timeout = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    // Both browsers write to a temporary name first (.crdownload, .part) and rename when done.
    // Firefox also creates an empty placeholder under the final name while the .part is written
    // (a CI run read it too early), so a download is done when no temporary file is left and the
    // final one has content.
    const files = readdirSync(session.downloads);
    const writing = files.some((file) => /\.(crdownload|part)$/.test(file));
    const done = writing
      ? undefined
      : files.find(
          (file) => pattern.test(file) && statSync(path.join(session.downloads, file)).size > 0,
        );
    if (done) return path.join(session.downloads, done);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `no download matching ${pattern} in ${readdirSync(session.downloads).join(', ')}`,
  );
}

/**
 * Turns on Firefox's embedded-QR detection (the optional webNavigation) the way a user does: a
 * real click in the options page, in the foreground, since the permission request needs a user
 * gesture. `options` is an open options page.
 */
export async function turnOnFrameDetection(options: Page): Promise<void> {
  await options.bringToFront();
  const button = await options.waitForSelector('.frame-detection button');
  await button?.click();
  await poll(
    async () =>
      (
        await options.evaluate(() => document.querySelector('.frame-detection')?.textContent ?? '')
      ).includes('已开启'),
    'the switch to turn on',
  );
}
