import type { Chromium } from './browser.ts';

/**
 * Which files an extension page asks for before its first render and which after, as the
 * browser sees them (CDP Network, wall-clock times against the page's \`wep:first-render\`
 * mark), with the page opened in a tab. This is what item 1 counts as "before first render":
 * the static imports, and whatever the page fetches and waits for before rendering (its
 * messages), or merely starts fetching by then.
 */
export async function requestsAroundFirstRender(
  chromium: Chromium,
  pagePath: string,
  readyMark: string,
): Promise<{ before: string[]; after: string[] }> {
  const page = await chromium.browser.newPage();
  const cdp = await page.createCDPSession();
  const seen: { path: string; at: number }[] = [];
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = new URL(event.request.url);
    if (url.protocol === 'chrome-extension:') {
      seen.push({ path: url.pathname.slice(1), at: event.wallTime * 1000 });
    }
  });
  await cdp.send('Network.enable');
  await page.goto(`${chromium.base}${pagePath}`);
  await page.waitForFunction(
    (mark: string) => performance.getEntriesByName(mark, 'mark').length > 0,
    { timeout: 30_000 },
    readyMark,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rendered = await page.evaluate(
    () =>
      performance.timeOrigin +
      (performance.getEntriesByName('wep:first-render', 'mark')[0]?.startTime ?? 0),
  );
  await page.close();
  const unique = (list: { path: string }[]) => [...new Set(list.map((r) => r.path))];
  return {
    before: unique(seen.filter((r) => r.at <= rendered)),
    after: unique(seen.filter((r) => r.at > rendered)),
  };
}
