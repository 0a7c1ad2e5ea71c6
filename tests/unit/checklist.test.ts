import { describe, expect, it } from 'vitest';
import en from '@/locales/en';
import zhCN from '@/locales/zh_CN';
import {
  CHECKLIST,
  type ChecklistItem,
  type ChecklistSection,
  openPreconditions,
  overallProgress,
  prerequisitesLeft,
  sectionProgress,
} from '@/utils/checklist';
import { checklistProblems } from '@/utils/checklist-problems';
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

function itemById(id: string): ChecklistItem {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** A small checklist to break on purpose: two sections, three items, all sourced. */
function sample(change: (item: ChecklistItem) => ChecklistItem = (item) => item) {
  const plain = (id: string): ChecklistItem => ({
    id,
    title: 'checklist.chats',
    why: 'checklist.chats.why',
    cite: { why: ['brief:backup'] },
  });
  const sections: ChecklistSection[] = [
    { id: 'one', title: 'checklist.backup', items: [plain('a'), plain('b')].map(change) },
    { id: 'two', title: 'checklist.money', items: [plain('c')].map(change) },
  ];
  return sections;
}

describe('what to do first', () => {
  const entry = (state: CheckEntry['state']): CheckEntry => ({ state, at: 1 });
  const money = CHECKLIST.find((section) => section.id === 'money')?.items ?? [];

  it('holds the real checklist to its rules: real prerequisites, no circle, every fact sourced', () => {
    expect(checklistProblems()).toEqual([]);
  });

  it('puts the bill export and the whole money section before closing WeChat Pay', () => {
    const pay = itemById('pay-closed');
    expect(prerequisitesLeft(pay, {}).map((first) => first.id)).toEqual(['bills', 'money']);
    const settled = Object.fromEntries(money.map((item) => [item.id, entry('na')]));
    expect(prerequisitesLeft(pay, { ...settled, bills: entry('open') }).map((f) => f.id)).toEqual([
      'bills',
    ]);
    // One money item left keeps the section named.
    const [first, ...others] = money;
    const almost = Object.fromEntries(others.map((item) => [item.id, entry('done')]));
    expect(first).toBeDefined();
    expect(prerequisitesLeft(pay, { ...almost, bills: entry('done') })).toEqual([
      { id: 'money', title: 'checklist.money', section: true },
    ]);
    expect(prerequisitesLeft(pay, { ...settled, bills: entry('na') })).toEqual([]);
  });

  it('puts rebinding sites and apps before removing authorisations', () => {
    expect(prerequisitesLeft(itemById('authorisations'), {}).map((first) => first.id)).toEqual([
      'websites',
      'apps-games',
    ]);
  });

  it('has every money item block closing WeChat Pay, and no separate step to unbind cards', () => {
    expect(money.map((item) => item.id)).toEqual([
      'balance',
      'licaitong',
      'pending',
      'auto-debit',
      'weilidai',
    ]);
    for (const item of money) expect(item.cite.why).toContain('brief:pay');
  });

  it('finds a prerequisite that names nothing', () => {
    const broken = sample((item) => (item.id === 'a' ? { ...item, after: ['nowhere'] } : item));
    expect(checklistProblems(broken)).toEqual([
      'a: comes after "nowhere", which is no item or section',
    ]);
  });

  it('finds prerequisites that go round in a circle, directly or through a section', () => {
    const circle = sample((item) =>
      item.id === 'a'
        ? { ...item, after: ['c'] }
        : item.id === 'c'
          ? { ...item, after: ['a'] }
          : item,
    );
    expect(checklistProblems(circle)).toEqual(['prerequisites go round in a circle: a → c → a']);
    const ownSection = sample((item) => (item.id === 'b' ? { ...item, after: ['one'] } : item));
    expect(checklistProblems(ownSection)).toEqual(['prerequisites go round in a circle: b → b']);
  });

  it('finds an id used twice', () => {
    const twice = sample((item) => (item.id === 'c' ? { ...item, id: 'one' } : item));
    expect(checklistProblems(twice)).toEqual(['the id "one" is used twice']);
  });
});

describe('a source for every fact', () => {
  it('finds a menu path with neither a source nor "names vary", and one cited as advice', () => {
    const bare = sample((item) =>
      item.id === 'a' ? { ...item, where: 'checklist.chats.where' } : item,
    );
    expect(checklistProblems(bare)).toEqual([
      'a: the menu path has neither a source nor "names vary"',
    ]);
    const advice = sample((item) =>
      item.id === 'a'
        ? { ...item, where: 'checklist.chats.where', cite: { why: ['advice'], where: ['advice'] } }
        : item,
    );
    expect(checklistProblems(advice)).toEqual([
      'a: the menu path has neither a source nor "names vary"',
    ]);
  });

  it('finds details without a source, and "names vary" used for anything but a path', () => {
    const details = sample((item) =>
      item.id === 'b' ? { ...item, details: 'checklist.chats.details' } : item,
    );
    expect(checklistProblems(details)).toEqual(['b: the details have no source']);
    const varies = sample((item) =>
      item.id === 'c' ? { ...item, cite: { why: ['varies'] } } : item,
    );
    expect(checklistProblems(varies)).toEqual(['c: "names vary" belongs to a menu path only']);
  });

  it('says "names vary" on the menu paths the review found no source for', () => {
    const varies = items
      .filter((item) => item.cite.where?.includes('varies'))
      .map((item) => item.id);
    for (const id of ['chats', 'favorites', 'moments', 'balance', 'bills'])
      expect(varies).toContain(id);
    // The paths the product brief gives (docs/sources.md, `brief:`) stand on their own.
    for (const id of ['safe-state', 'authorisations', 'cooling-off-rules']) {
      expect(varies).not.toContain(id);
    }
  });
});
