import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOOL_AREAS } from '@/components/options/load-tools';
import { OPTIONS_AREAS } from '@/components/options/OptionsApp';
import { POPUP_AREAS } from '@/components/popup/PopupApp';
import { WELCOME_AREAS } from '@/components/welcome/WelcomeApp';
import en from '@/locales/en';
import zhCN from '@/locales/zh_CN';
import { AREAS, type Area, BACKGROUND_AREAS, type Message } from '@/utils/i18n';

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalogues = { zh_CN: zhCN, en } as Record<string, Record<string, Message>>;

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts)
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) names.add(name ?? '');
  return [...names].sort();
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

describe('the locale catalogues', () => {
  const keys = Object.keys(zhCN).sort();

  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it('have no empty message', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const [key, message] of Object.entries(catalogue)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it.each(keys)('use the same placeholders for %s in both languages', (key) => {
    const zh = zhCN[key as keyof typeof zhCN] as Message;
    const english = en[key as keyof typeof en] as Message;
    expect(placeholders(english)).toEqual(placeholders(zh));
  });

  it('give English plurals both forms where a count appears', () => {
    for (const [key, message] of Object.entries(en as Record<string, Message>)) {
      if (typeof message === 'string') continue;
      expect(message.one, key).toBeDefined();
      expect(placeholders(message), key).toContain('count');
    }
  });

  it("name the extension in the badge's title as everywhere else", () => {
    // The background bundles only its own area, so it keeps a copy of the name.
    expect(zhCN['badge.title.none']).toBe(zhCN['app.name']);
    expect(en['badge.title.none']).toBe(en['app.name']);
  });

  it('have no key that the code never uses', () => {
    const code = ['components', 'entrypoints', 'utils']
      .flatMap((dir) => sources(path.join(ROOT, dir)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // Keys built at run time, like t(`status.${status}`), count for their whole family.
    const families = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map(([, prefix]) => prefix ?? '');
    const unused = keys.filter(
      (key) =>
        !code.includes(`'${key}'`) &&
        !code.includes(`"${key}"`) &&
        !families.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});

/** Every key the code in `files` names, as the unused-key check above finds them. */
function keysUsedIn(files: readonly string[], keys: readonly string[]): string[] {
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  const families = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map(([, prefix]) => prefix ?? '');
  return keys.filter(
    (key) =>
      code.includes(`'${key}'`) ||
      code.includes(`"${key}"`) ||
      families.some((prefix) => key.startsWith(prefix)),
  );
}

/**
 * The source files a page's entry reaches through imports, messages aside: static and dynamic
 * ones, or only those its first render runs (static imports of values, not types).
 */
function reachable(entry: string, only: 'all' | 'first-render' = 'all'): string[] {
  const imports =
    only === 'all'
      ? /(?:\bfrom\s*|\bimport\s*\(\s*)'([^']+)'/g
      : /^(?:import(?!\s+type\b)|export)\b[^;]*?\bfrom\s*'([^']+)'|^import\s*'([^']+)'/gm;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, from, bare] of code.matchAll(imports)) {
      const specifier = from ?? bare;
      if (!specifier) continue;
      const base = specifier.startsWith('@/')
        ? path.join(ROOT, specifier.slice(2))
        : specifier.startsWith('.')
          ? path.resolve(path.dirname(file), specifier)
          : undefined;
      if (!base || base.startsWith(path.join(ROOT, 'locales'))) continue;
      const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ending) => base + ending)
        .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (found && /\.tsx?$/.test(found)) visit(found);
    }
  };
  visit(path.join(ROOT, entry));
  return [...seen];
}

describe('the catalogue areas (what each page loads)', () => {
  const areaFiles = (locale: string) =>
    readdirSync(path.join(ROOT, 'locales', locale))
      .filter((name) => name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''))
      .sort();

  it.each(['zh_CN', 'en'])(
    'are every file of locales/%s, and together the whole catalogue',
    async (locale) => {
      expect(areaFiles(locale)).toEqual([...AREAS].sort());
      const seen: string[] = [];
      for (const area of AREAS) {
        const module = (await import(path.join(ROOT, 'locales', locale, `${area}.ts`))) as {
          default: Record<string, Message>;
        };
        seen.push(...Object.keys(module.default));
      }
      // Each key in exactly one area.
      expect(seen.sort()).toEqual(Object.keys(catalogues[locale] ?? {}).sort());
    },
  );

  const areaOf = new Map<string, Area>();
  beforeAll(async () => {
    for (const area of AREAS) {
      const module = (await import(path.join(ROOT, 'locales/zh_CN', `${area}.ts`))) as {
        default: Record<string, Message>;
      };
      for (const key of Object.keys(module.default)) areaOf.set(key, area);
    }
  });

  type Page = {
    page: string;
    entry: string;
    areas: readonly Area[];
    notShown: readonly Area[];
    only?: 'first-render';
  };
  it.each<Page>([
    // The popup shows the checklist's longer texts once they have followed its first render,
    // and a host-access notice with its messages when one is to be shown.
    {
      page: 'popup',
      entry: 'entrypoints/popup/main.tsx',
      areas: [...POPUP_AREAS, 'checklist-details', 'access'],
      notShown: [],
    },
    // The options page's first render needs only its own areas; what follows it brings more.
    {
      page: 'options',
      entry: 'entrypoints/options/main.tsx',
      areas: OPTIONS_AREAS,
      notShown: [],
      only: 'first-render',
    },
    // It reads the checklist's data (utils/checklist.ts) for item titles only.
    {
      page: 'options',
      entry: 'entrypoints/options/main.tsx',
      areas: [...OPTIONS_AREAS, ...TOOL_AREAS, 'access'],
      notShown: ['checklist-details'],
    },
    // The welcome page: its three steps and the history scan.
    {
      page: 'welcome',
      entry: 'entrypoints/welcome/main.tsx',
      areas: WELCOME_AREAS,
      notShown: [],
    },
    // The background's bundle holds only its own areas' messages (utils/i18n.ts).
    {
      page: 'background',
      entry: 'entrypoints/background.ts',
      areas: BACKGROUND_AREAS,
      notShown: [],
    },
  ])('cover every message the $page page uses ($only)', ({ entry, areas, notShown, only }) => {
    const used = keysUsedIn(reachable(entry, only), Object.keys(zhCN));
    const outside = used.filter((key) => {
      const area = areaOf.get(key) as Area;
      return !areas.includes(area) && !notShown.includes(area);
    });
    expect(outside).toEqual([]);
  });
});

describe('the manifest texts', () => {
  const read = (locale: string) =>
    JSON.parse(
      readFileSync(path.join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>;

  it('exist in both languages with the same keys', () => {
    expect(Object.keys(read('en')).sort()).toEqual(Object.keys(read('zh_CN')).sort());
  });

  it('keep the description within the stores’ 132 characters', () => {
    for (const locale of ['zh_CN', 'en']) {
      expect(read(locale).extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});
