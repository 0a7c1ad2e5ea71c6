import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The reference pages, added to a copy of the production build (never to what ships):
 * - bench/helper.html: an empty extension page to call chrome.* from;
 * - bench/blank.html: a blank extension page, the floor any extension page stands on;
 * - bench/<page>-static.html (written later): a page's rendered DOM as static HTML (its twin).
 * `bench/painted.js` marks `wep:static-ready` the way Preact's useEffect runs after a render
 * (next animation frame, then a task), so reference pages and ours are measured alike.
 */

export const READY_MARK = 'wep:static-ready';

const PAINTED_JS = `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(READY_MARK)})));\n`;

export function copyWithReferencePages(shipped: string, into: string): string {
  const extension = path.join(into, 'extension');
  cpSync(shipped, extension, { recursive: true });
  const bench = path.join(extension, 'bench');
  mkdirSync(bench, { recursive: true });
  writeFileSync(path.join(bench, 'painted.js'), PAINTED_JS);
  writeFileSync(
    path.join(bench, 'helper.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>bench helper</title></head><body></body></html>\n',
  );
  writeFileSync(
    path.join(bench, 'blank.html'),
    [
      '<!doctype html>',
      '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">',
      '<title>微信注销助手</title></head>',
      '<body><p>微信注销助手</p><script src="painted.js"></script></body></html>',
      '',
    ].join('\n'),
  );
  return extension;
}

/** Writes a page's static twin (`snapshotHtml`) as bench/<name>-static.html; returns its path. */
export function writeStaticPage(extension: string, name: string, html: string): string {
  writeFileSync(path.join(extension, 'bench', `${name}-static.html`), html);
  return `/bench/${name}-static.html`;
}

/**
 * Runs in the page: its rendered DOM as static HTML, with the current values of its fields
 * written into attributes, its stylesheets, and no script but the paint mark.
 */
export function snapshotHtml(): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  const live = document.documentElement.querySelectorAll('input, select, textarea');
  const cloned = copy.querySelectorAll('input, select, textarea');
  live.forEach((field, i) => {
    const target = cloned[i] as HTMLElement;
    if (field instanceof HTMLInputElement) {
      if (field.type === 'checkbox' || field.type === 'radio')
        target.toggleAttribute('checked', field.checked);
      else target.setAttribute('value', field.value);
    } else if (field instanceof HTMLSelectElement) {
      for (const [j, option] of [...field.options].entries()) {
        (target as HTMLSelectElement).options[j]?.toggleAttribute('selected', option.selected);
      }
    } else if (field instanceof HTMLTextAreaElement) {
      target.textContent = field.value;
    }
  });
  for (const gone of copy.querySelectorAll('script, link[rel="modulepreload"]')) gone.remove();
  const body = copy.querySelector('body');
  const mark = document.createElement('script');
  mark.setAttribute('src', '/bench/painted.js');
  body?.append(mark);
  return `<!doctype html>\n${copy.outerHTML}`;
}

/** A heavy ordinary web page: thousands of nodes, inline images, scripts doing some work. */
export function heavyPage(): string {
  const pixel = (hue: number) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="hsl(${hue},60%,60%)"/><circle cx="32" cy="32" r="${10 + (hue % 20)}" fill="white"/></svg>`;
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  };
  const cards: string[] = [];
  for (let i = 0; i < 400; i += 1) {
    cards.push(
      `<article class="card"><img alt="" width="64" height="64" src="${pixel((i * 37) % 360)}"><h3>商品 ${i}</h3>` +
        `<p>这是第 ${i} 件商品的介绍，价格 ${(i * 13) % 997} 元。${'Lorem ipsum dolor sit amet. '.repeat(3)}</p>` +
        `<ul>${Array.from({ length: 5 }, (_, j) => `<li><a href="#p${i}-${j}">选项 ${j}</a></li>`).join('')}</ul></article>`,
    );
  }
  const scripts = Array.from(
    { length: 10 },
    (_, i) =>
      `<script>(() => { let x = 0; for (let k = 0; k < 200000; k += 1) x = (x * 31 + k + ${i}) % 1000003; ` +
      `document.querySelectorAll('.card')[${i}]?.setAttribute('data-x', String(x)); })();</script>`,
  );
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>一家很重的网店</title>',
    '<style>body{font:14px system-ui;margin:0}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;padding:12px}',
    '.card{border:1px solid #ccc;border-radius:8px;padding:8px;box-shadow:0 1px 3px #0002}.card img{float:right}</style></head>',
    `<body><h1>一家很重的网店</h1><main class="grid">${cards.join('')}</main>${scripts.join('')}</body></html>`,
  ].join('\n');
}
