import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, {
  type Browser,
  type LaunchOptions,
  type Page,
  type Target,
} from 'puppeteer-core';
import {
  CHROMIUM_ARGS,
  findBrowser,
  type InPage,
  missingBrowserMessage,
} from '../../tests/e2e/harness.ts';

/**
 * Headless Debian Chromium, with or without an unpacked extension, the way tests/e2e/harness.ts
 * launches it (same flags), but with any extension directory: the bench loads a copy of the
 * production build that also holds its reference pages.
 */

/**
 * Host names the bench's pages use, all answered by its local server: one site in the stored
 * list (data.ts: shop0.com) and one that is not, whose site only the suffix list can tell.
 */
export const HOSTS = { listed: 'www.shop0.com', unlisted: 'www.unlisted-shop.com.cn' } as const;

export type Chromium = {
  readonly browser: Browser;
  /** chrome-extension://ID, without a trailing slash; empty when launched without one. */
  readonly base: string;
  readonly id: string;
  /** A tab on an extension page, for storage and other extension calls. */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
};

export function chromiumPath(): string {
  const found = findBrowser('chromium');
  if (!found) throw new Error(missingBrowserMessage('chromium'));
  return found;
}

/** How the bench starts Chromium: Chinese UI, the bench's host names answered locally. */
export function launchOptions(profile: string, extensions: readonly string[]): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    userDataDir: profile,
    ...(extensions.length > 0 ? { enableExtensions: [...extensions] } : {}),
    defaultViewport: { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      '--lang=zh-CN',
      '--accept-lang=zh-CN',
      `--host-resolver-rules=${Object.values(HOSTS)
        .map((host) => `MAP ${host} 127.0.0.1`)
        .join(', ')}`,
    ],
  };
}

export async function launchChromium(extension?: string): Promise<Chromium> {
  const profile = mkdtempSync(path.join(tmpdir(), 'wep-bench-'));
  const browser = await puppeteer.launch(launchOptions(profile, extension ? [extension] : []));
  let base = '';
  if (extension) {
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    base = `chrome-extension://${new URL(worker.url()).host}`;
    // A fresh install opens the welcome page, active: close it, or it would push the pages the
    // bench opens into the background, where animation frames stop.
    const welcome = await browser
      .waitForTarget((t) => t.url() === `${base}/welcome.html`, { timeout: 15_000 })
      .catch(() => undefined);
    await (await welcome?.asPage())?.close();
  }
  let helper: Page | undefined;
  return {
    browser,
    base,
    id: base ? new URL(base).host : '',
    async extensionPage() {
      if (!base) throw new Error('launched without an extension');
      if (!helper || helper.isClosed()) {
        helper = await browser.newPage();
        await helper.goto(`${base}/bench/helper.html`);
      }
      return helper;
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Presses the extension's toolbar button over the tab showing `url` (CDP
 * Extensions.triggerAction, what a click does, with the activeTab grant) and returns the popup.
 */
export async function pressToolbarButton(
  chromium: Chromium,
  url: string,
  popupPath: string,
): Promise<Page> {
  const cdp = await chromium.browser.target().createCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url.startsWith(url));
    if (!tab) throw new Error(`no tab shows ${url}`);
    const popupUrl = `${chromium.base}${popupPath}`;
    const appeared = chromium.browser.waitForTarget((t: Target) => t.url() === popupUrl, {
      timeout: 10_000,
    });
    await cdp.send('Extensions.triggerAction', { id: chromium.id, targetId: tab.targetId });
    const page = await (await appeared).asPage();
    return page;
  } finally {
    await cdp.detach();
  }
}

/** Runs `fn` in the extension (an extension page), with the chrome.* API. */
export async function inExtension<T, A extends unknown[]>(
  chromium: Chromium,
  fn: (...args: A) => T | Promise<T>,
  ...args: A
): Promise<T> {
  const page = await chromium.extensionPage();
  // biome-ignore lint/suspicious/noExplicitAny: puppeteer's evaluate typing cannot follow a generic function.
  return page.evaluate(fn as any, ...args) as Promise<T>;
}

/** Empties the extension's storage (sync and local) and stores `items` in sync. */
export function replaceStorage(chromium: Chromium, items: object): Promise<void> {
  return inExtension(
    chromium,
    async (values: object) => {
      const { storage } = (globalThis as unknown as InPage).chrome;
      await storage.sync.clear();
      await storage.local.clear();
      await storage.sync.set(values as Record<string, unknown>);
    },
    items,
  );
}
