import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/locales/en';
import zhCN from '@/locales/zh_CN';
import type { Message } from '@/utils/i18n';

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
