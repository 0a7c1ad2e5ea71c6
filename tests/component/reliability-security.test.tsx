import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import fc from 'fast-check';
import type { ComponentType } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GuardPage } from '@/components/guard/GuardPage';
import { LegacyApp } from '@/components/legacy/LegacyApp';
import { OptionsApp } from '@/components/options/OptionsApp';
import type { PageProps } from '@/components/Page';
import { PopupApp } from '@/components/popup/PopupApp';
import { addDays, dayOf } from '@/utils/cooling-off';
import { parseLoginUrl } from '@/utils/detect';
import { siteFromInput } from '@/utils/domain';
import { LOGIN_URL_REGEX } from '@/utils/guard';
import { knownSiteOfHost } from '@/utils/known-sites';
import { legacyData, legacyMarkdown } from '@/utils/legacy-markdown';
import {
  checkKey,
  encodeSite,
  isSiteId,
  KEY,
  SCHEMA_VERSION,
  type Site,
  type State,
  siteKey,
} from '@/utils/model';
import { Store } from '@/utils/store';
import { CHECK_IDS, HOSTILE, hostileArb, validStateArb } from '../helpers/arbitraries';
import { LOGINS, NOT_LOGINS, QR, ZHIHU_CB } from '../helpers/login-urls';
import { record, SEED } from '../helpers/reliability';
import { chooseFile, laterPartsIn } from './options-harness';

/**
 * Issue 9, security: whatever a page or a file hands over (names, notes, addresses) is shown as
 * text and never becomes an element, an attribute or a link; links built from stored data are
 * http(s) only; the guard page is not an open redirect.
 */

const EXTENSION = 'chrome-extension://test-extension-id/';
const GUARD = `${EXTENSION}guard.html`;

/** Elements no page of this extension ever renders: one of them would be injected markup. */
const FOREIGN =
  'script, img, iframe, frame, object, embed, svg, math, style, link, meta, base, video, audio, source, template';

/**
 * The page holds nothing a hostile string could have made: no foreign element, no event
 * handler attribute, no script or data URL in any attribute, and links only to the extension
 * itself, to a fragment, or over http(s) to a `listed` site or a catalogue site's own page.
 */
function expectInert(where: string, listed: readonly string[] = []): number {
  expect(document.querySelectorAll(FOREIGN), where).toHaveLength(0);
  let links = 0;
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name, `${where}: ${element.tagName}`).not.toMatch(/^on/i);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name)) {
        expect(attribute.value, where).not.toMatch(/^\s*(javascript|data|vbscript|blob):/i);
      }
    }
  }
  for (const link of document.querySelectorAll('a')) {
    links += 1;
    const href = link.getAttribute('href') ?? '';
    const safe =
      /^https?:\/\/[^/]/.test(href) ||
      href.startsWith(EXTENSION) ||
      href.startsWith('#') ||
      (href.startsWith('/') && !href.startsWith('//'));
    expect(safe, `${where}: <a href="${href}">`).toBe(true);
    // A link to the web goes to a site the user listed or the catalogue names, and nowhere else.
    if (/^https?:/.test(href)) {
      const host = new URL(href).hostname;
      const ours =
        listed.some((id) => host === id || host.endsWith(`.${id}`)) ||
        knownSiteOfHost(host) !== undefined;
      expect(ours, `${where}: <a href="${href}">`).toBe(true);
    }
  }
  return links;
}

/**
 * Text as the page shows it: its text nodes, and what is typed in its fields. Line breaks are
 * left out: a one-line field cannot hold them (the browser drops them from its value).
 */
function shownText(): string {
  const fields = [...document.querySelectorAll('input, textarea')].map(
    (field) => (field as HTMLInputElement).value,
  );
  return oneLine(`${document.body.textContent ?? ''}\n${fields.join('\n')}`);
}
const oneLine = (text: string) => text.replace(/[\r\n]/g, '');

type Tab = Browser.tabs.Tab;

/** Hostile ids: storage edited by hand or by another program may hold these. */
const HOSTILE_IDS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '//evil.example',
  'evil.example/@x',
  'vbscript:msgbox(1)',
  'https://evil.example/',
  'zhihu.com"><img src=x onerror=alert(1)>',
];

/** Every hostile site carries a note, so that each check of the notes checks one. */
type HostileSite = Site & { readonly note: string };
const hostileSiteArb: fc.Arbitrary<HostileSite> = fc.record(
  {
    name: hostileArb(80),
    status: fc.constantFrom('rebind', 'rebound', 'abandon', 'not-needed'),
    via: fc.constantFrom('manual', 'detected', 'imported'),
    pending: fc.constant(true as const),
    note: hostileArb(500),
    first: fc.constant(1_700_000_000_000),
    at: fc.constant(1_700_000_000_000),
  },
  { requiredKeys: ['name', 'status', 'via', 'note', 'first', 'at'] },
);

type Hostile = {
  readonly items: Record<string, unknown>;
  readonly sites: Readonly<Record<string, HostileSite>>;
  /** Stored under ids that are no site id (markup, script URLs…): never listed. */
  readonly dropped: readonly string[];
  readonly notes: Readonly<Record<string, string>>;
};

const hostileStoreArb: fc.Arbitrary<Hostile> = fc
  .tuple(
    fc.dictionary(
      fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.stringMatching(/^[a-z]{1,10}\.(com|cn|net)$/)),
      hostileSiteArb,
      { minKeys: 1, maxKeys: 12 },
    ),
    fc.dictionary(fc.constantFrom(...CHECK_IDS), hostileArb(300), { maxKeys: 6 }),
  )
  .map(([sites, notes]) => {
    const items: Record<string, unknown> = { [KEY.meta]: { schema: SCHEMA_VERSION } };
    // Written as a hand-edited or hostile storage would hold them; only site ids are listed.
    const listed: Record<string, HostileSite> = {};
    const dropped: string[] = [];
    for (const [id, site] of Object.entries(sites)) {
      items[siteKey(id)] = encodeSite(id, site);
      if (isSiteId(id)) listed[id] = site;
      else dropped.push(id);
    }
    for (const [id, note] of Object.entries(notes)) {
      items[checkKey(id)] = { state: 'done', note, at: 1 };
    }
    return { items, sites: listed, dropped, notes };
  });

const PAGE_RUNS = 100;

async function eachHostileStore(
  App: ComponentType<PageProps>,
  check: (hostile: Hostile, store: Store) => Promise<void> | void,
  before?: (hostile: Hostile) => void,
): Promise<number> {
  let links = 0;
  await fc.assert(
    fc.asyncProperty(hostileStoreArb, async (hostile) => {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set(hostile.items);
      before?.(hostile);
      const store = await Store.open();
      try {
        render(<App store={store} />);
        await check(hostile, store);
        links += expectInert(App.name, Object.keys(hostile.sites));
      } finally {
        cleanup();
        store.close();
      }
    }),
    { seed: SEED, numRuns: PAGE_RUNS },
  );
  return links;
}

/** A listed site a tab can show: a registrable web domain. */
const onTab = (hostile: Hostile) =>
  Object.entries(hostile.sites).find(([id]) => {
    const site = siteFromInput(`www.${id}`);
    return site.ok && site.id === id;
  });

/** Lets pending promises and effects run until `done` holds. */
async function settle(done: () => boolean): Promise<void> {
  for (let round = 0; round < 50 && !done(); round += 1) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

describe('text from pages and files stays text', () => {
  it('the popup shows hostile names and notes as text, on the site card and in the checklist', async () => {
    let tabUrl = 'chrome://newtab/';
    vi.spyOn(browser.tabs, 'query').mockImplementation(() =>
      Promise.resolve([{ id: 1, index: 0, url: tabUrl, active: true } as Tab]),
    );
    let cards = 0;
    const links = await eachHostileStore(
      PopupApp,
      async (hostile) => {
        const text = shownText();
        for (const note of Object.values(hostile.notes)) expect(text).toContain(oneLine(note));
        // The site card names the current tab's site as stored, hostile name and all.
        const [, site] = onTab(hostile) ?? [];
        if (!site) return;
        const card = () => document.querySelector('.site-name strong')?.textContent;
        await settle(() => card() !== undefined);
        expect(card()).toBe(site.name);
        cards += 1;
      },
      (hostile) => {
        const [id] = onTab(hostile) ?? [];
        tabUrl = id ? `https://www.${id}/login` : 'chrome://newtab/';
      },
    );
    record({
      tried: `${PAGE_RUNS} popups over storage whose checklist notes, site names and notes hold markup (\`<img onerror>\`, \`<script>\`, \`<svg onload>\`, \`<iframe>\`), \`javascript:\` and \`data:\` URLs, Markdown links and formulas, the current tab on one of those sites`,
      cases: PAGE_RUNS,
      result: `every hostile checklist note was on screen as text and ${cards} site cards named their site as stored, as text; no page held a foreign element (script, img, iframe, svg, style…), an \`on*\` attribute or a script or data URL; all ${links} links went to the extension's own pages`,
    });
  });

  it('the options list shows hostile names, notes and ids as text, and links only domains, over https', async () => {
    let webLinks = 0;
    let droppedIds = 0;
    const links = await eachHostileStore(OptionsApp, (hostile) => {
      const text = shownText();
      for (const [id, site] of Object.entries(hostile.sites)) {
        expect(text).toContain(oneLine(site.name));
        expect(text).toContain(oneLine(site.note));
        const row = [...document.querySelectorAll('tr[data-site]')].find(
          (tr) => tr.getAttribute('data-site') === id,
        );
        expect(row, id).toBeDefined();
        const link = row?.querySelector('a');
        // A hostile id never becomes a link, whatever it says; a domain may, to exactly
        // https://<domain>/: stored data never picks the scheme, adds a path or another host.
        if (link) {
          const href = link.getAttribute('href') ?? '';
          expect(href).toBe(`https://${id}/`);
          const url = new URL(href);
          expect([url.hostname, url.pathname, url.search, url.hash]).toEqual([id, '/', '', '']);
          webLinks += 1;
        }
      }
      // A hostile id is not a site id: dropped when read, so never a row, let alone a link.
      for (const id of hostile.dropped) {
        const row = [...document.querySelectorAll('tr[data-site]')].find(
          (tr) => tr.getAttribute('data-site') === id,
        );
        expect(row, id).toBeUndefined();
        droppedIds += 1;
      }
    });
    record({
      tried: `${PAGE_RUNS} options pages over site lists with hostile names and notes and hostile ids (\`javascript:…\`, \`data:…\`, \`<img onerror>\`, \`//evil.example\`, a full https URL, an id with an attribute break)`,
      cases: PAGE_RUNS,
      result: `every name and note was shown as text or as a field's value; ${webLinks} domains linked to exactly \`https://<domain>/\`; all ${droppedIds} hostile ids were dropped as no site id when read, so none became a row or a link; of all ${links} links none was anything but http(s), the extension's own pages or a fragment; no foreign element or \`on*\` attribute anywhere`,
    });
  });

  it('the digital-legacy page, and its Markdown export, keep hostile text literal', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
      blob = value as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let exported = 0;
    await eachHostileStore(LegacyApp, async (hostile) => {
      const text = shownText();
      for (const site of Object.values(hostile.sites)) {
        expect(text).toContain(oneLine(site.name));
        expect(text).toContain(oneLine(site.note));
      }
      for (const note of Object.values(hostile.notes)) expect(text).toContain(oneLine(note));
      fireEvent.click(screen.getByRole('button', { name: '导出 Markdown' }));
      const markdown = (await blob?.text()) ?? '';
      expectLiteralMarkdown(markdown, hostile);
      exported += 1;
    });
    record({
      tried: `${PAGE_RUNS} digital-legacy pages over hostile site names, notes and checklist notes, each also exported as Markdown`,
      cases: PAGE_RUNS,
      result: `every hostile text was on the page as text, with no foreign element or \`on*\` attribute; in all ${exported} Markdown files every Markdown or HTML markup character of user text (angle and square brackets, backtick, asterisk, underscore, pipe, ampersand, hash, tilde) was backslash-escaped, each site stayed one table row of three cells and each note one line`,
    });
  });

  it('a hostile import file is previewed as text, its rejected values too', async () => {
    fakeBrowser.reset();
    const store = await Store.open();
    render(<OptionsApp store={store} />);
    await laterPartsIn();
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const rows = HOSTILE.map((bad, i) => [bad, `site${i}.com`, bad]);
    const badDomains = HOSTILE_IDS.map((bad) => [`坏 ${bad}`, bad, '']);
    const csv = [
      'name,domain,note',
      ...[...rows, ...badDomains].map((r) => r.map(quote).join(',')),
    ].join('\r\n');
    chooseFile(
      screen.getByLabelText('选择要导入的文件'),
      new File([csv], `${HOSTILE[0]}.csv`, { type: 'text/csv' }),
    );
    await screen.findByRole('region', { name: /导入预览/ });
    const text = shownText();
    for (const bad of HOSTILE) expect(text).toContain(oneLine(bad));
    expect(text).toContain(`${HOSTILE[0]}.csv`);
    expectInert('import preview');

    // Confirmed, the names land in the list as text too.
    fireEvent.click(screen.getByRole('button', { name: /确认导入/ }));
    expect(document.querySelectorAll('tr[data-site]').length).toBeGreaterThanOrEqual(
      HOSTILE.length,
    );
    expectInert('list after import', Object.keys(store.snapshot.state.sites));
    store.close();
    record({
      tried: `an import file named \`${HOSTILE[0]}.csv\` with ${HOSTILE.length} rows whose names and notes are markup, script URLs, Markdown links and formulas, and ${HOSTILE_IDS.length} rows whose domain is \`javascript:\`, \`data:\`, markup or a protocol-relative URL`,
      cases: 1,
      result:
        'the preview showed the file name, every name, note and rejected value as text; after confirming, the list did too; no foreign element, `on*` attribute or unsafe link appeared',
    });
  });
});

/** The characters of `which` in `text` that no backslash escapes (an odd number escapes). */
function unescaped(text: string, which: string): string[] {
  const found: string[] = [];
  let slashes = 0;
  for (const char of text) {
    if (which.includes(char) && slashes % 2 === 0) found.push(char);
    slashes = char === '\\' ? slashes + 1 : 0;
  }
  return found;
}

function expectLiteralMarkdown(
  markdown: string,
  hostile: { readonly sites: State['sites']; readonly notes: Hostile['notes'] },
): void {
  const lines = markdown.split('\n');
  // Table rows, without each table's header (the line before `| --- |…`) and that line.
  const siteRows = lines.filter(
    (line, i) =>
      line.startsWith('|') && !line.startsWith('| ---') && !lines[i + 1]?.startsWith('| ---'),
  );
  // One row per site, whatever line breaks and pipes its text held.
  expect(siteRows).toHaveLength(Object.keys(hostile.sites).length);
  for (const row of siteRows) {
    expect(unescaped(row, '|'), row).toHaveLength(4);
    expect(unescaped(row, '<>[]`*_&~#'), row).toEqual([]);
  }
  const mark = ' — 备注：';
  const noteLines = lines.filter((line) => line.startsWith('- [') && line.includes(mark));
  expect(noteLines).toHaveLength(Object.keys(hostile.notes).length);
  for (const line of noteLines) {
    const note = line.slice(line.indexOf(mark) + mark.length);
    expect(unescaped(note, '<>[]`*_&~#|'), line).toEqual([]);
  }
}

describe('the Markdown export, on its own', () => {
  it('escapes every markup character of any state', () => {
    const withHostile = fc
      .tuple(validStateArb, fc.array(hostileArb(80), { minLength: 1, maxLength: 10 }))
      .map(([state, names]): State => {
        const sites = { ...state.sites };
        Object.keys(sites).forEach((id, i) => {
          const site = sites[id];
          const name = names[i % names.length];
          if (site && name) sites[id] = { ...site, name, note: `${name}\r\n| ${name}` };
        });
        return { ...state, sites };
      });
    fc.assert(
      fc.property(withHostile, (state) => {
        const markdown = legacyMarkdown(legacyData(state, '2026-11-27'));
        expectLiteralMarkdown(markdown, {
          sites: state.sites,
          notes: Object.fromEntries(
            Object.entries(state.checklist)
              .filter(([id, entry]) => CHECK_IDS.includes(id) && entry.note)
              .map(([id, entry]) => [id, entry.note ?? '']),
          ),
        });
      }),
      { seed: SEED, numRuns: 1_000 },
    );
    record({
      tried:
        '1000 digital-legacy Markdown files of random valid states whose site names and notes hold markup, script URLs, Markdown links, pipes and line breaks, and whose checklist notes hold the kind of text people type',
      cases: 1_000,
      result:
        'every Markdown or HTML markup character of user text (angle and square brackets, backtick, asterisk, underscore, pipe, ampersand, hash, tilde) was backslash-escaped; each site stayed one table row of exactly three cells, each checklist note one line',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The guard page is not an open redirect.

const LOGIN = `${QR}?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}&state=s#wechat_redirect`;
const OTHER_LOGIN = `${QR}?appid=wx827225356b689e24&redirect_uri=https%3A%2F%2Fevil.example%2Fcb`;

/** What may follow the guard page's `#`: everything an attacker could put in a link to it. */
const payloadArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LOGINS.map((row) => row[1])) },
  { weight: 3, arbitrary: fc.constantFrom(...NOT_LOGINS.map((row) => row[1])) },
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          'https://',
          'http://',
          'HTTPS://',
          '//',
          'https:',
          'https:\\\\',
          ' https://',
          'javascript://',
          'data:text/html,',
          'ftp://',
          'wss://',
          '',
        ),
        fc.constantFrom(
          'open.weixin.qq.com',
          'OPEN.WEIXIN.QQ.COM',
          'open.weixin.qq.com.evil.com',
          'evilopen.weixin.qq.com',
          'open.weixin.qq.com@evil.com',
          'evil.com@open.weixin.qq.com',
          'evil.com\\@open.weixin.qq.com',
          'open.weixin.qq.com:443',
          'open.weixin.qq.com:8443',
          'open.weixin.qq.com.',
          'open%2Eweixin.qq.com',
          'xn--open-weixin-qq-com.evil',
          'οpen.weixin.qq.com',
          'ｏｐｅｎ.weixin.qq.com',
          'evil.com',
          '127.0.0.1',
          '',
        ),
        fc.constantFrom(
          '/connect/qrconnect',
          '/connect/oauth2/authorize',
          '/CONNECT/QRCONNECT',
          '/connect/qrconnect/',
          '/connect/qrconnectx',
          '/connect/qrconnect/extra',
          '/connect/../connect/qrconnect',
          '/connect/qrconnect/../../evil',
          '/connect%2Fqrconnect',
          '//evil.com/connect/qrconnect',
          '/\\evil.com/connect/qrconnect',
          '/connect/qrcode/x',
          '/connect/oauth2/authorize2',
          '',
        ),
        fc.constantFrom(
          '',
          '?appid=wx268fcfe924dcb171',
          `?appid=wx268fcfe924dcb171&redirect_uri=${ZHIHU_CB}`,
          '?redirect_uri=javascript%3Aalert(1)',
          '?redirect_uri=https://evil.com/"><img src=x onerror=alert(1)>',
          '?x=*^|&y=%00&z=%0d%0aLocation:%20https://evil.com',
          '?next=https://evil.com/&url=//evil.com',
          '?a=<script>alert(1)</script>',
        ),
        fc.constantFrom(
          '',
          '#wechat_redirect',
          '#<script>',
          '#javascript:alert(1)',
          '#https://evil.com/',
          '##',
          '#x y',
        ),
      )
      .map((parts) => parts.join('')),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(LOGIN, OTHER_LOGIN, 'https://evil.com/', 'javascript:alert(1)'),
        fc.constantFrom(
          (url: string) => encodeURIComponent(url),
          (url: string) => encodeURIComponent(encodeURIComponent(url)),
          (url: string) => `https://evil.com/#${url}`,
          (url: string) => `${url}#https://evil.com/`,
          (url: string) => `javascript:location='${url}'`,
          (url: string) => `\t${url}\n`,
          (url: string) => url.replace('https://', 'https://\n'),
          (url: string) => url.replace('://', ':/\\'),
          (url: string) => `data:text/html;base64,${btoa(url)}`,
        ),
      )
      .map(([url, wrap]) => wrap(url)),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
);

type Reply = 'honest' | 'other-login' | 'evil' | 'script' | 'refused' | 'nothing' | 'throws';

/** The real background's answer (utils/background: continueLogin), or a wrong one. */
function answer(reply: Reply, url: string): unknown {
  switch (reply) {
    case 'honest': {
      const login = parseLoginUrl(url);
      return login ? { ok: true, url: login.url } : { ok: false };
    }
    case 'other-login':
      return { ok: true, url: OTHER_LOGIN };
    case 'evil':
      return { ok: true, url: 'https://evil.example/' };
    case 'script':
      return { ok: true, url: 'javascript:alert(1)' };
    case 'refused':
      return { ok: false };
    case 'nothing':
      return undefined;
    default:
      throw new Error('the background went away');
  }
}

/** A WeChat login URL as the guard's own rule would intercept it. */
function isWechatLogin(url: string): boolean {
  const parsed = new URL(url);
  return (
    parsed.protocol === 'https:' &&
    parsed.hostname === 'open.weixin.qq.com' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '' &&
    new RegExp(LOGIN_URL_REGEX, 'i').test(url)
  );
}

describe('the guard page', () => {
  it('continues only to the WeChat login it intercepted, whatever its address or the reply says', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const tally = { logins: 0, refused: 0, navigated: 0, blocked: 0 };
    await fc.assert(
      fc.asyncProperty(
        payloadArb,
        fc.constantFrom<Reply>(
          'honest',
          'honest',
          'honest',
          'other-login',
          'evil',
          'script',
          'refused',
          'nothing',
          'throws',
        ),
        fc.boolean(),
        fc.boolean(),
        async (payload, reply, inFrame, running) => {
          fakeBrowser.reset();
          if (running) {
            await fakeBrowser.storage.sync.set({
              tracker: { appliedOn: addDays(dayOf(), -10), at: 1 },
            });
          }
          const store = await Store.open();
          const navigate = vi.fn();
          const send = vi
            .spyOn(fakeBrowser.runtime, 'sendMessage')
            .mockImplementation((async (message: { url: string }) =>
              answer(reply, message.url)) as unknown as typeof fakeBrowser.runtime.sendMessage);
          const href = `${GUARD}#${payload}`;
          try {
            render(
              <GuardPage
                store={store}
                href={href}
                inFrame={inFrame}
                navigate={navigate}
                goBack={() => true}
              />,
            );
            expectInert('guard');
            const go = screen.queryByRole('button', { name: /打开微信登录/ });
            // The address the guard was opened with, read as a browser would read it.
            let intercepted: URL | undefined;
            try {
              intercepted = new URL(payload);
            } catch {
              intercepted = undefined;
            }
            const isLogin =
              intercepted !== undefined &&
              isWechatLogin(intercepted.href.replace(/^http:/, 'https:'));
            if (!go) {
              expect(isLogin, `no way on from ${payload}`).toBe(false);
              tally.refused += 1;
              expect(send).not.toHaveBeenCalledWith(
                expect.objectContaining({ type: 'guard:continue' }),
              );
              return;
            }
            tally.logins += 1;
            expect(isLogin, `a way on from ${payload}`).toBe(true);
            await act(async () => {
              fireEvent.click(go);
            });
            // The page asks to continue to a login, the one in its address: same path, same
            // parameters, rebuilt as https on WeChat's host, matching the guard's own rule.
            const asked = send.mock.calls.find(
              ([message]) => (message as { type?: string }).type === 'guard:continue',
            )?.[0] as { url: string } | undefined;
            if (!asked || !intercepted) throw new Error(`no request to continue from ${payload}`);
            expect(isWechatLogin(asked.url), asked.url).toBe(true);
            const params = (url: URL) =>
              [...url.searchParams].map(([key, value]) => `${key}=${value}`);
            const sent = new URL(asked.url);
            expect(sent.pathname.toLowerCase()).toBe(intercepted.pathname.toLowerCase());
            expect(params(sent)).toEqual(params(intercepted));

            // It goes there when, and only when, the background allowed exactly that URL.
            let allowed: unknown;
            try {
              allowed = answer(reply, asked.url);
            } catch {
              allowed = undefined;
            }
            const allows =
              typeof allowed === 'object' &&
              allowed !== null &&
              (allowed as { ok?: unknown }).ok === true &&
              (allowed as { url?: unknown }).url === asked.url;
            // An honest background always allows it: the guard is no dead end for a real login.
            if (reply === 'honest') expect(allows, `stuck on ${payload}`).toBe(true);
            if (allows) {
              expect(navigate.mock.calls).toEqual([[asked.url]]);
              tally.navigated += 1;
            } else {
              expect(navigate).not.toHaveBeenCalled();
              expect(screen.getByRole('alert').textContent).toBe('没能放行这次登录，请再试一次。');
              tally.blocked += 1;
            }
          } finally {
            cleanup();
            store.close();
            send.mockRestore();
          }
        },
      ),
      { seed: SEED, numRuns: 1_000 },
    );
    record({
      tried:
        '1000 guard pages opened with what an attacker could put after its `#` (other hosts, `open.weixin.qq.com.evil.com`, credentials and ports, `javascript:`, `data:`, protocol-relative and backslash URLs, percent-encoded and double-encoded URLs, a second #, homoglyph and full-width hosts, dot segments, other WeChat paths, control characters, random text), in a tab and in a frame, inside and outside the cooling-off period, with the background answering honestly, with another WeChat login, with `evil.example`, with `javascript:`, refusing, silent or failing',
      cases: 1_000,
      result: `${tally.refused} addresses held no WeChat login: no continue button and no request to continue; of the ${tally.logins} that did, the page asked to continue to exactly the intercepted login (https, \`open.weixin.qq.com\`, a login path, the same parameters, matching the guard's own rule); ${tally.navigated} went there once the background allowed exactly that URL (every honest answer did), and ${tally.blocked} wrong, foreign (\`evil.example\`, \`javascript:\`, another site's WeChat login), missing or failed answers went nowhere and said so`,
    });
  });
});
