/**
 * Draws the toolbar and store icons: `node build/icons.ts` renders the SVG below with headless
 * Chromium at each size into public/icon/. Run it again after changing the drawing; the PNGs
 * are committed so a build needs no browser.
 *
 * The mark: a speech bubble (a chat account) with an arrow leaving it (the exit), on the
 * product's green. The "alert" variant adds an amber dot: sites still need rebinding.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const SIZES = [16, 32, 48, 128] as const;
const OUT = path.resolve(import.meta.dirname, '../public/icon');

function svg(size: number, alert: boolean): string {
  // Small sizes get thicker strokes so the shapes stay crisp on a 16-pixel grid.
  const stroke = size <= 16 ? 2.4 : size <= 32 ? 2 : 1.7;
  const dot = alert
    ? `<circle cx="19" cy="5" r="4.6" fill="#f5a524" stroke="#ffffff" stroke-width="1.4"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24">
  <title>微信注销助手 · WeChat Exit Planner</title>
  <rect x="0.5" y="0.5" width="23" height="23" rx="5.5" fill="#0b6b3a"/>
  <path d="M13.5 7.2H7.4c-1.5 0-2.6 1.1-2.6 2.6v4.3c0 1.5 1.1 2.6 2.6 2.6h.9v2.6l3.1-2.6h2.1"
    fill="none" stroke="#ffffff" stroke-width="${stroke}" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M12.6 12h7.2M17 9.2l2.8 2.8-2.8 2.8" fill="none" stroke="#ffffff"
    stroke-width="${stroke}" stroke-linecap="round" stroke-linejoin="round"/>
  ${dot}
</svg>`;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync(OUT, { recursive: true });
const page = await browser.newPage();
for (const alert of [false, true]) {
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(size, alert)}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, type: 'png' });
    const name = `${alert ? 'alert-' : ''}${size}.png`;
    writeFileSync(path.join(OUT, name), png);
    console.log(`public/icon/${name}`);
  }
}
writeFileSync(path.join(OUT, 'icon.svg'), svg(128, false));
await browser.close();
