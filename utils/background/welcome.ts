import { browser } from 'wxt/browser';

/** The first-run page (entrypoints/welcome). */
const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page on a fresh install only: an update, a browser update or a reload of
 * the extension never shows it again. It asks for nothing itself; its buttons do, when clicked.
 */
export async function welcomeOnInstall(details: { readonly reason?: string } = {}): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH), active: true });
}
