import { describe, expect, it } from 'vitest';
import en from '@/locales/en';
import zhCN from '@/locales/zh_CN';
import {
  CHECKLIST,
  type ChecklistItem,
  openPreconditions,
  overallProgress,
  sectionProgress,
} from '@/utils/checklist';
import type { Message } from '@/utils/i18n';
import type { CheckEntry } from '@/utils/model';
import { checkKey, patches } from '@/utils/model';

const items = CHECKLIST.flatMap((section) => section.items);

function textKeys(item: ChecklistItem): string[] {
  return [item.title, item.why, item.where, item.details, item.na].filter(
    (key): key is NonNullable<typeof key> => key !== undefined,
  );
}

function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = texts.flatMap((text) =>
    [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''),
  );
  return [...new Set(names)].sort();
}

const catalogues: Record<string, Record<string, Message>> = { zh_CN: zhCN, en };

describe('the checklist data', () => {
  it('gives every item and section an id of its own', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectionIds = CHECKLIST.map((section) => section.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
  });

  it('uses ids that make valid storage keys', () => {
    for (const item of items) {
      expect(item.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(Object.keys(patches.check(item.id, { state: 'done', at: 1 }))).toEqual([
        checkKey(item.id),
      ]);
    }
  });

  it('starts with WeChat’s four preconditions, marked official, and ends with applying', () => {
    const [first, ...rest] = CHECKLIST;
    expect(first?.official).toBe(true);
    expect(first?.items).toHaveLength(4);
    expect(rest.every((section) => !section.official)).toBe(true);
    expect(CHECKLIST.map((section) => section.id)).toEqual([
      'official',
      'backup',
      'money',
      'people',
      'logins',
      'consequences',
      'legal',
      'alternatives',
      'apply',
    ]);
  });

  it('links the third-party precondition to the site list', () => {
    expect(CHECKLIST[0]?.items.find((item) => item.id === 'authorisations')?.sites).toBe(true);
  });

  it.each(Object.keys(catalogues))('has every text in %s, with nothing left empty', (locale) => {
    const catalogue = catalogues[locale] ?? {};
    const keys = [
      ...CHECKLIST.flatMap((section) => [section.title, section.intro]),
      ...items.flatMap(textKeys),
    ].filter((key) => key !== undefined);
    for (const key of keys) {
      const message = catalogue[key];
      expect(message, key).toBeDefined();
      expect(typeof message === 'string' ? message.trim() : message?.other.trim()).not.toBe('');
    }
  });

  it('keeps the same keys and placeholders in English as in Chinese', () => {
    const ours = (catalogue: Record<string, Message>) =>
      Object.keys(catalogue)
        .filter((key) => /^(checklist|popup)\./.test(key))
        .sort();
    const chinese: Record<string, Message> = zhCN;
    const english: Record<string, Message> = en;
    expect(ours(english)).toEqual(ours(chinese));
    for (const key of ours(chinese)) {
      const zhMessage = chinese[key];
      const enMessage = english[key];
      if (!zhMessage || !enMessage) throw new Error(`missing ${key}`);
      expect(placeholders(enMessage), key).toEqual(placeholders(zhMessage));
    }
  });

  it('never calls the cooling-off period a freeze (冻结 is another WeChat feature)', () => {
    for (const [key, message] of Object.entries(zhCN)) {
      if (!/^(checklist|popup)\./.test(key)) continue;
      expect(JSON.stringify(message), key).not.toContain('冻结');
    }
  });
});

describe('progress', () => {
  const entry = (state: CheckEntry['state']): CheckEntry => ({ state, at: 1 });

  it('counts done and not applicable as settled, open and unknown ids as not', () => {
    const checklist = {
      'safe-state': entry('done'),
      'pay-closed': entry('na'),
      'cards-admin': entry('open'),
      'an-item-that-was-removed': entry('done'),
    };
    const official = CHECKLIST[0];
    if (!official) throw new Error('no sections');
    expect(sectionProgress(official, checklist)).toEqual({ settled: 2, total: 4 });
    expect(overallProgress(checklist)).toEqual({ settled: 2, total: items.length });
  });

  it('lists the official conditions still open, in order', () => {
    const open = openPreconditions({ 'pay-closed': entry('na'), chats: entry('done') });
    expect(open.map((item) => item.id)).toEqual(['safe-state', 'cards-admin', 'authorisations']);
    expect(
      openPreconditions({
        'safe-state': entry('done'),
        'pay-closed': entry('done'),
        'cards-admin': entry('na'),
        authorisations: entry('done'),
      }),
    ).toEqual([]);
  });
});
