import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { noInnerHtml } from './build/no-inner-html';
import { WECHAT_LOGIN_ORIGINS, WECHAT_OWN_LOGIN_ORIGINS } from './utils/host-access';

// Firefox needs a fixed add-on id: storage.sync is keyed by it, and without one every
// temporary install would start with empty data.
export const GECKO_ID = 'wechat-exit-planner@exit-planner.invalid';

/**
 * What every page's first render needs, in one file (`Page`), and the popup's checklist logic in
 * one more: each file a page loads cost it ~2 ms before its first render, whatever its size, and
 * the popup's first render came in 12 script files, half of them under 1 KB.
 */
const PAGE_CORE =
  /^\0?rolldown\/runtime|wxt-html-plugins|[\\/]node_modules[\\/](preact|zod|webextension-polyfill|punycode)[\\/]|[\\/]utils[\\/](locales|safe-text|model|i18n|site-id|use-store|store|catalogue-loader|host-access|sites)\.ts$|[\\/]components[\\/](Page\.tsx|HostAccessNotice\.tsx|ready\.ts|theme\.css)$/;
/** One file per locale and area, whoever imports it (the popup's entry does, statically). */
const MESSAGES = /[\\/]locales[\\/](zh_CN|en)[\\/]([a-z-]+)\.ts$/;
const messagesFile = (id: string) => {
  const found = MESSAGES.exec(id);
  return found ? `${found[2]}-${found[1]}` : null;
};
const FIRST_RENDER_GROUPS = [
  { name: messagesFile, test: MESSAGES },
  { name: 'Page', test: PAGE_CORE },
  { name: 'checklist-core', test: /[\\/]utils[\\/](checklist|cooling-off|shared-hosts)\.ts$/ },
];

export const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
const DEV_CHROMIUM =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses: auto-imports match names regardless of scope (BENCHMARKS.md).
  imports: false,
  // One manifest version for both browsers: Firefox's MV3 grants declared host permissions at
  // install (since 127) and supports declarativeNetRequest, so the code paths stay the same.
  manifestVersion: 3,
  zip: {
    // AMO reviewers rebuild from the sources zip with README's commands; screenshots and test
    // tooling are not needed for that (scripts/postinstall.ts is: npm ci runs it).
    excludeSources: [
      'docs/screenshots/**',
      'tests/**',
      'scripts/bench/**',
      'scripts/run-all.ts',
      'scripts/reliability-report.ts',
      '.ci/**',
    ],
  },
  vite: () => ({ plugins: [noInnerHtml(), preact()] }),
  // `npm run dev`: web-ext's own search prefers a branded Chrome, which ignores extensions loaded
  // from the command line since 137, so Debian's Chromium is named when it is installed (or the
  // one in CHROMIUM_PATH, as for the browser tests). Chromium refuses to start as root without
  // --no-sandbox (containers); a user's own session keeps its sandbox.
  webExt: {
    binaries: DEV_CHROMIUM ? { chrome: DEV_CHROMIUM } : {},
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  hooks: {
    // The pages only: the background is one classic script, which cannot be split.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entry) => entry.type === 'background')) return;
      config.build ??= {};
      config.build.modulePreload = {
        // Chromium and Firefox (115+) preload modules themselves.
        polyfill: false,
        // The page's own files stay preloaded from its HTML. A chunk imported later brings its
        // own imports from the extension's files; only its stylesheets need naming, or its parts
        // would show unstyled. Naming every chunk it could preload was bytes in each page's first
        // render.
        resolveDependencies: (_file, deps, { hostType }) =>
          hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css')),
      };
      config.build.rolldownOptions ??= {};
      config.build.rolldownOptions.output = {
        ...config.build.rolldownOptions.output,
        codeSplitting: { groups: FIRST_RENDER_GROUPS },
      };
    },
    // WXT takes the action title from popup.html's <title>, which cannot hold a __MSG_ key.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extActionTitle__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // Each permission is explained in README.md ("Permissions"); tests/e2e/package.e2e.ts
    // compares that table with the built manifests.
    permissions: [
      'storage',
      'activeTab',
      // Detection: see WeChat's login page load (non-blocking; nothing is changed or sent).
      'webRequest',
      // The cooling-off guard. "WithHostAccess" acts only where host access is granted (here
      // open.weixin.qq.com), so no "block content on any page" warning at install.
      'declarativeNetRequestWithHostAccess',
      // The day boundary (guard on/off, reminders) and the expiry of "continue anyway".
      'alarms',
      'notifications',
    ],
    host_permissions: [...WECHAT_LOGIN_ORIGINS],
    // Defence in depth beyond the browser's default: no plugins, no <base> to re-point relative
    // URLs, no form posting anywhere, and scripts from the package only. (`wxt` dev mode adds its
    // own server to script-src by itself.) tests/e2e/package.e2e.ts checks the built manifests.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // WeChat's own web logins, for the guard: asked for on a click (utils/host-access.ts).
    optional_host_permissions: [...WECHAT_OWN_LOGIN_ORIGINS],
    // history: the opt-in scan, asked for on the click and given back after it. webNavigation:
    // Firefox only, opt-in, to notice the embedded QR iframe its webRequest does not report.
    optional_permissions: browser === 'firefox' ? ['history', 'webNavigation'] : ['history'],
    web_accessible_resources: [
      {
        // declarativeNetRequest may redirect a page or frame only to a web-accessible page.
        resources: ['guard.html'],
        matches: ['*://*/*'],
        // Chromium: reachable only through a per-session URL, so sites cannot probe
        // chrome-extension://<id>/guard.html to learn that this extension is installed.
        // Firefox's moz-extension:// UUID is random per install already.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
