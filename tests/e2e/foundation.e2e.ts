import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBrowsers, type InPage, launch, type Session } from './harness';

describe.each(availableBrowsers())('the extension in %s', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs with a localised name and starts its background cleanly', async () => {
    const page = await session.open('/options.html');
    // The browser's own UI language picks the manifest name (these headless builds run in
    // English, whatever the page languages); either way it is one of ours, never a raw key.
    const name = await page.evaluate(
      () => (globalThis as unknown as InPage).chrome.runtime.getManifest().name,
    );
    expect(['微信注销助手', 'WeChat Exit Planner']).toContain(name);
    await page.close();
    expect(session.errors).toEqual([]);
  });

  it.each(['/popup.html', '/options.html'])(
    'opens %s without a console error',
    async (pagePath) => {
      const page = await session.open(pagePath);
      await page.waitForSelector('#app > *');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.close();
      expect(session.errors).toEqual([]);
    },
  );
});
