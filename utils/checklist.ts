import type { MessageKey } from './i18n';
import type { CheckEntry, CheckState } from './model';

/**
 * What to finish before deleting a WeChat account, in the order WeChat enforces it: its own
 * preconditions first (the application is refused until they hold), then good practice, and
 * the application last. The popup maps over this array; the texts live in
 * locales/<locale>/checklist.ts. An item's id is its storage key (`c:<id>`), so an id, once
 * shipped, must never change meaning.
 */

/**
 * Where a fact comes from: a part of the product brief, a section of the article the product
 * started from, or one of two labels that are not sources. `varies` (menu paths only) is the
 * caveat "names vary by WeChat version", shown with the path; `advice` marks a suggestion of
 * our own that states nothing about WeChat. scripts/sources.ts describes each one and writes
 * docs/sources.md from this file.
 */
export const SOURCE_IDS = [
  'brief:where',
  'brief:safe-state',
  'brief:pay',
  'brief:cards-admin',
  'brief:authorisations',
  'brief:verification',
  'brief:cooling-off',
  'brief:why',
  'brief:backup',
  'brief:money',
  'brief:people',
  'brief:logins',
  'brief:consequences',
  'brief:legal',
  'brief:alternatives',
  'brief:legacy-list',
  'brief:review',
  'seed:1',
  'seed:2',
  'seed:3',
  'seed:4',
  'seed:5',
  'seed:6',
  'seed:7',
  'seed:end',
  'varies',
  'advice',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];
export type Cites = readonly [SourceId, ...SourceId[]];

export type ChecklistItem = {
  readonly id: string;
  readonly title: MessageKey;
  /** One line on why it matters. */
  readonly why: MessageKey;
  /** Where it is in WeChat: a menu path. */
  readonly where?: MessageKey;
  /** Caveats: waiting times, what blocks it, the order to do things in. */
  readonly details?: MessageKey;
  /** When "not applicable" makes sense, the case it covers; without it the item has no such choice. */
  readonly na?: MessageKey;
  /** The site list on the options page is where this item is worked through. */
  readonly sites?: true;
  /** Items or whole sections (their ids) to settle before this one: the popup says "first: …". */
  readonly after?: readonly string[];
  /** Where each of its facts comes from, text by text (na is the user's own statement). */
  readonly cite: {
    readonly why: Cites;
    readonly where?: Cites;
    readonly details?: Cites;
  };
};

export type ChecklistSection = {
  readonly id: string;
  readonly title: MessageKey;
  readonly intro?: MessageKey;
  readonly cite?: { readonly intro: Cites };
  /** WeChat's own conditions: unfinished items here block the application. */
  readonly official?: true;
  readonly items: readonly ChecklistItem[];
};

export const CHECKLIST: readonly ChecklistSection[] = [
  {
    id: 'official',
    title: 'checklist.official',
    intro: 'checklist.official.intro',
    cite: { intro: ['brief:where'] },
    official: true,
    items: [
      {
        id: 'safe-state',
        title: 'checklist.safe-state',
        why: 'checklist.safe-state.why',
        where: 'checklist.safe-state.where',
        details: 'checklist.safe-state.details',
        cite: {
          why: ['brief:safe-state'],
          where: ['brief:where'],
          details: ['brief:safe-state', 'seed:1'],
        },
      },
      {
        id: 'pay-closed',
        title: 'checklist.pay-closed',
        why: 'checklist.pay-closed.why',
        where: 'checklist.pay-closed.where',
        details: 'checklist.pay-closed.details',
        na: 'checklist.pay-closed.na',
        // The bill export lives inside WeChat Pay; the money section holds what blocks closing it.
        after: ['bills', 'money'],
        cite: { why: ['brief:pay'], where: ['varies'], details: ['brief:pay', 'brief:review'] },
      },
      {
        id: 'cards-admin',
        title: 'checklist.cards-admin',
        why: 'checklist.cards-admin.why',
        details: 'checklist.cards-admin.details',
        na: 'checklist.cards-admin.na',
        cite: { why: ['brief:cards-admin'], details: ['brief:cards-admin', 'advice'] },
      },
      {
        id: 'authorisations',
        title: 'checklist.authorisations',
        why: 'checklist.authorisations.why',
        where: 'checklist.authorisations.where',
        details: 'checklist.authorisations.details',
        na: 'checklist.authorisations.na',
        sites: true,
        // Removing an authorisation leaves the site's account reachable only through WeChat.
        after: ['websites', 'apps-games'],
        cite: {
          why: ['brief:authorisations', 'brief:review'],
          where: ['brief:authorisations'],
          details: ['brief:why', 'brief:authorisations', 'brief:review'],
        },
      },
    ],
  },
  {
    id: 'backup',
    title: 'checklist.backup',
    items: [
      {
        id: 'chats',
        title: 'checklist.chats',
        why: 'checklist.chats.why',
        where: 'checklist.chats.where',
        details: 'checklist.chats.details',
        cite: {
          why: ['brief:cooling-off'],
          where: ['varies'],
          details: ['brief:backup', 'seed:2'],
        },
      },
      {
        id: 'media',
        title: 'checklist.media',
        why: 'checklist.media.why',
        details: 'checklist.media.details',
        cite: { why: ['brief:backup'], details: ['brief:backup', 'seed:2'] },
      },
      {
        id: 'bills',
        title: 'checklist.bills',
        why: 'checklist.bills.why',
        where: 'checklist.bills.where',
        details: 'checklist.bills.details',
        na: 'checklist.bills.na',
        cite: { why: ['brief:backup', 'seed:2'], where: ['varies'], details: ['brief:review'] },
      },
      {
        id: 'favorites',
        title: 'checklist.favorites',
        why: 'checklist.favorites.why',
        where: 'checklist.favorites.where',
        na: 'checklist.favorites.na',
        cite: { why: ['brief:cooling-off'], where: ['varies'] },
      },
      {
        id: 'moments',
        title: 'checklist.moments',
        why: 'checklist.moments.why',
        where: 'checklist.moments.where',
        details: 'checklist.moments.details',
        na: 'checklist.moments.na',
        cite: { why: ['brief:cooling-off'], where: ['varies'], details: ['advice'] },
      },
    ],
  },
  {
    id: 'money',
    title: 'checklist.money',
    intro: 'checklist.money.intro',
    cite: { intro: ['brief:pay'] },
    items: [
      {
        id: 'balance',
        title: 'checklist.balance',
        why: 'checklist.balance.why',
        where: 'checklist.balance.where',
        details: 'checklist.balance.details',
        na: 'checklist.balance.na',
        cite: {
          why: ['brief:pay'],
          where: ['varies'],
          details: ['brief:money', 'seed:3', 'brief:pay'],
        },
      },
      {
        id: 'licaitong',
        title: 'checklist.licaitong',
        why: 'checklist.licaitong.why',
        where: 'checklist.licaitong.where',
        details: 'checklist.licaitong.details',
        na: 'checklist.licaitong.na',
        cite: { why: ['brief:pay'], where: ['varies'], details: ['brief:money', 'seed:3'] },
      },
      {
        id: 'pending',
        title: 'checklist.pending',
        why: 'checklist.pending.why',
        details: 'checklist.pending.details',
        na: 'checklist.pending.na',
        cite: { why: ['brief:pay'], details: ['brief:money', 'seed:3'] },
      },
      {
        id: 'auto-debit',
        title: 'checklist.auto-debit',
        why: 'checklist.auto-debit.why',
        where: 'checklist.auto-debit.where',
        details: 'checklist.auto-debit.details',
        na: 'checklist.auto-debit.na',
        cite: {
          why: ['brief:pay'],
          where: ['varies'],
          details: ['brief:pay', 'seed:3', 'advice'],
        },
      },
      {
        id: 'weilidai',
        title: 'checklist.weilidai',
        why: 'checklist.weilidai.why',
        details: 'checklist.weilidai.details',
        na: 'checklist.weilidai.na',
        cite: { why: ['brief:pay'], details: ['advice'] },
      },
    ],
  },
  {
    id: 'people',
    title: 'checklist.people',
    items: [
      {
        id: 'group-owner',
        title: 'checklist.group-owner',
        why: 'checklist.group-owner.why',
        where: 'checklist.group-owner.where',
        details: 'checklist.group-owner.details',
        na: 'checklist.group-owner.na',
        cite: { why: ['brief:review'], where: ['varies'], details: ['advice'] },
      },
      {
        id: 'contacts',
        title: 'checklist.contacts',
        why: 'checklist.contacts.why',
        details: 'checklist.contacts.details',
        cite: { why: ['brief:cooling-off', 'seed:4'], details: ['brief:people', 'advice'] },
      },
      {
        id: 'wecom',
        title: 'checklist.wecom',
        why: 'checklist.wecom.why',
        details: 'checklist.wecom.details',
        na: 'checklist.wecom.na',
        cite: { why: ['brief:people', 'seed:4'], details: ['brief:people'] },
      },
    ],
  },
  {
    id: 'logins',
    title: 'checklist.logins',
    items: [
      {
        id: 'websites',
        title: 'checklist.websites',
        why: 'checklist.websites.why',
        details: 'checklist.websites.details',
        na: 'checklist.websites.na',
        sites: true,
        cite: { why: ['brief:why'], details: ['brief:why', 'advice'] },
      },
      {
        id: 'apps-games',
        title: 'checklist.apps-games',
        why: 'checklist.apps-games.why',
        details: 'checklist.apps-games.details',
        na: 'checklist.apps-games.na',
        cite: { why: ['brief:logins', 'seed:6'], details: ['advice'] },
      },
      {
        id: 'devices',
        title: 'checklist.devices',
        why: 'checklist.devices.why',
        details: 'checklist.devices.details',
        na: 'checklist.devices.na',
        cite: { why: ['brief:logins', 'seed:6'], details: ['seed:6', 'advice'] },
      },
      {
        id: 'memberships',
        title: 'checklist.memberships',
        why: 'checklist.memberships.why',
        details: 'checklist.memberships.details',
        na: 'checklist.memberships.na',
        cite: { why: ['brief:consequences', 'seed:6'], details: ['seed:6'] },
      },
    ],
  },
  {
    id: 'consequences',
    title: 'checklist.consequences',
    intro: 'checklist.consequences.intro',
    cite: { intro: ['advice'] },
    items: [
      {
        id: 'irreversible',
        title: 'checklist.irreversible',
        why: 'checklist.irreversible.why',
        details: 'checklist.irreversible.details',
        cite: { why: ['brief:cooling-off'], details: ['brief:cooling-off', 'brief:review'] },
      },
      {
        id: 'phone-reuse',
        title: 'checklist.phone-reuse',
        why: 'checklist.phone-reuse.why',
        details: 'checklist.phone-reuse.details',
        cite: { why: ['brief:consequences', 'seed:6'], details: ['advice'] },
      },
      {
        id: 'login-buttons',
        title: 'checklist.login-buttons',
        why: 'checklist.login-buttons.why',
        details: 'checklist.login-buttons.details',
        cite: { why: ['brief:consequences'], details: ['advice'] },
      },
    ],
  },
  {
    id: 'legal',
    title: 'checklist.legal',
    items: [
      {
        id: 'work-handover',
        title: 'checklist.work-handover',
        why: 'checklist.work-handover.why',
        details: 'checklist.work-handover.details',
        na: 'checklist.work-handover.na',
        cite: { why: ['brief:legal', 'seed:7'], details: ['brief:legal', 'advice'] },
      },
      {
        id: 'disputes',
        title: 'checklist.disputes',
        why: 'checklist.disputes.why',
        details: 'checklist.disputes.details',
        na: 'checklist.disputes.na',
        cite: { why: ['brief:legal', 'seed:7'], details: ['brief:legal', 'advice'] },
      },
      {
        id: 'communities',
        title: 'checklist.communities',
        why: 'checklist.communities.why',
        details: 'checklist.communities.details',
        na: 'checklist.communities.na',
        cite: { why: ['brief:legal', 'seed:7'], details: ['brief:cards-admin', 'advice'] },
      },
    ],
  },
  {
    id: 'alternatives',
    title: 'checklist.alternatives',
    intro: 'checklist.alternatives.intro',
    cite: { intro: ['advice'] },
    items: [
      {
        id: 'second-account',
        title: 'checklist.second-account',
        why: 'checklist.second-account.why',
        details: 'checklist.second-account.details',
        cite: { why: ['brief:alternatives', 'seed:5'], details: ['seed:5'] },
      },
      {
        id: 'other-tools',
        title: 'checklist.other-tools',
        why: 'checklist.other-tools.why',
        details: 'checklist.other-tools.details',
        cite: { why: ['brief:alternatives', 'seed:5'], details: ['seed:5'] },
      },
      {
        id: 'half-exit',
        title: 'checklist.half-exit',
        why: 'checklist.half-exit.why',
        details: 'checklist.half-exit.details',
        cite: { why: ['brief:alternatives', 'seed:end'], details: ['seed:end', 'advice'] },
      },
    ],
  },
  {
    id: 'apply',
    title: 'checklist.apply',
    items: [
      {
        id: 'legacy-list',
        title: 'checklist.legacy-list',
        why: 'checklist.legacy-list.why',
        details: 'checklist.legacy-list.details',
        cite: { why: ['brief:legacy-list', 'seed:end'], details: ['advice'] },
      },
      {
        id: 'usual-device',
        title: 'checklist.usual-device',
        why: 'checklist.usual-device.why',
        details: 'checklist.usual-device.details',
        cite: { why: ['brief:review', 'brief:where'], details: ['brief:review', 'advice'] },
      },
      {
        id: 'verification',
        title: 'checklist.verification',
        why: 'checklist.verification.why',
        details: 'checklist.verification.details',
        cite: { why: ['brief:verification'], details: ['advice'] },
      },
      {
        id: 'face-check',
        title: 'checklist.face-check',
        why: 'checklist.face-check.why',
        details: 'checklist.face-check.details',
        na: 'checklist.face-check.na',
        cite: { why: ['brief:verification'], details: ['advice'] },
      },
      {
        id: 'cooling-off-rules',
        title: 'checklist.cooling-off-rules',
        why: 'checklist.cooling-off-rules.why',
        where: 'checklist.cooling-off-rules.where',
        details: 'checklist.cooling-off-rules.details',
        cite: {
          why: ['brief:cooling-off'],
          where: ['brief:where', 'brief:review'],
          details: ['brief:review'],
        },
      },
    ],
  },
];

export type Progress = { readonly settled: number; readonly total: number };

/** Done and not applicable both settle an item: neither stands between the user and deletion. */
export function isSettled(entry: CheckEntry | undefined): boolean {
  return entry?.state === 'done' || entry?.state === 'na';
}

export function stateOf(
  checklist: Readonly<Record<string, CheckEntry>>,
  itemId: string,
): CheckState {
  return checklist[itemId]?.state ?? 'open';
}

export function sectionProgress(
  section: ChecklistSection,
  checklist: Readonly<Record<string, CheckEntry>>,
): Progress {
  const settled = section.items.filter((item) => isSettled(checklist[item.id])).length;
  return { settled, total: section.items.length };
}

/** Entries stored for items that no longer exist are left out: they are nothing to do. */
export function overallProgress(
  checklist: Readonly<Record<string, CheckEntry>>,
  sections: readonly ChecklistSection[] = CHECKLIST,
): Progress {
  let settled = 0;
  let total = 0;
  for (const section of sections) {
    const progress = sectionProgress(section, checklist);
    settled += progress.settled;
    total += progress.total;
  }
  return { settled, total };
}

/** WeChat's own conditions not yet settled: each of them makes WeChat refuse the application. */
export function openPreconditions(
  checklist: Readonly<Record<string, CheckEntry>>,
  sections: readonly ChecklistSection[] = CHECKLIST,
): ChecklistItem[] {
  return sections
    .filter((section) => section.official)
    .flatMap((section) => section.items.filter((item) => !isSettled(checklist[item.id])));
}

export function sectionOf(
  itemId: string,
  sections: readonly ChecklistSection[] = CHECKLIST,
): ChecklistSection | undefined {
  return sections.find((section) => section.items.some((item) => item.id === itemId));
}

/** A prerequisite as the popup names it: an item, or a whole section. */
export type Prerequisite = {
  readonly id: string;
  readonly title: MessageKey;
  readonly section?: true;
};

/** The item or section with this id. */
export function findById(
  id: string,
  sections: readonly ChecklistSection[],
): { item: ChecklistItem } | { section: ChecklistSection } | undefined {
  for (const section of sections) {
    if (section.id === id) return { section };
    const item = section.items.find((candidate) => candidate.id === id);
    if (item) return { item };
  }
  return undefined;
}

/** What `item` names to do first that is not settled yet (a section until all of it is). */
export function prerequisitesLeft(
  item: ChecklistItem,
  checklist: Readonly<Record<string, CheckEntry>>,
  sections: readonly ChecklistSection[] = CHECKLIST,
): Prerequisite[] {
  const left: Prerequisite[] = [];
  for (const id of item.after ?? []) {
    const found = findById(id, sections);
    if (!found) continue;
    if ('item' in found) {
      if (!isSettled(checklist[id])) left.push({ id, title: found.item.title });
    } else if (sectionProgress(found.section, checklist).settled < found.section.items.length) {
      left.push({ id, title: found.section.title, section: true });
    }
  }
  return left;
}
