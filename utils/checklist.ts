import type { MessageKey } from './i18n';
import type { CheckEntry, CheckState } from './model';

/**
 * What to finish before deleting a WeChat account, in the order WeChat enforces it: its own
 * preconditions first (the application is refused until they hold), then good practice, and
 * the application last. The popup maps over this array; the texts live in
 * locales/<locale>/checklist.ts. An item's id is its storage key (`c:<id>`), so an id, once
 * shipped, must never change meaning.
 */

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
};

export type ChecklistSection = {
  readonly id: string;
  readonly title: MessageKey;
  readonly intro?: MessageKey;
  /** WeChat's own conditions: unfinished items here block the application. */
  readonly official?: true;
  readonly items: readonly ChecklistItem[];
};

export const CHECKLIST: readonly ChecklistSection[] = [
  {
    id: 'official',
    title: 'checklist.official',
    intro: 'checklist.official.intro',
    official: true,
    items: [
      {
        id: 'safe-state',
        title: 'checklist.safe-state',
        why: 'checklist.safe-state.why',
        where: 'checklist.safe-state.where',
        details: 'checklist.safe-state.details',
      },
      {
        id: 'pay-closed',
        title: 'checklist.pay-closed',
        why: 'checklist.pay-closed.why',
        where: 'checklist.pay-closed.where',
        details: 'checklist.pay-closed.details',
        na: 'checklist.pay-closed.na',
      },
      {
        id: 'cards-admin',
        title: 'checklist.cards-admin',
        why: 'checklist.cards-admin.why',
        details: 'checklist.cards-admin.details',
        na: 'checklist.cards-admin.na',
      },
      {
        id: 'authorisations',
        title: 'checklist.authorisations',
        why: 'checklist.authorisations.why',
        where: 'checklist.authorisations.where',
        details: 'checklist.authorisations.details',
        na: 'checklist.authorisations.na',
        sites: true,
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
      },
      {
        id: 'media',
        title: 'checklist.media',
        why: 'checklist.media.why',
        details: 'checklist.media.details',
      },
      {
        id: 'bills',
        title: 'checklist.bills',
        why: 'checklist.bills.why',
        where: 'checklist.bills.where',
        details: 'checklist.bills.details',
        na: 'checklist.bills.na',
      },
      {
        id: 'favorites',
        title: 'checklist.favorites',
        why: 'checklist.favorites.why',
        where: 'checklist.favorites.where',
        na: 'checklist.favorites.na',
      },
      {
        id: 'moments',
        title: 'checklist.moments',
        why: 'checklist.moments.why',
        where: 'checklist.moments.where',
        details: 'checklist.moments.details',
        na: 'checklist.moments.na',
      },
    ],
  },
  {
    id: 'money',
    title: 'checklist.money',
    intro: 'checklist.money.intro',
    items: [
      {
        id: 'balance',
        title: 'checklist.balance',
        why: 'checklist.balance.why',
        where: 'checklist.balance.where',
        details: 'checklist.balance.details',
        na: 'checklist.balance.na',
      },
      {
        id: 'licaitong',
        title: 'checklist.licaitong',
        why: 'checklist.licaitong.why',
        where: 'checklist.licaitong.where',
        details: 'checklist.licaitong.details',
        na: 'checklist.licaitong.na',
      },
      {
        id: 'pending',
        title: 'checklist.pending',
        why: 'checklist.pending.why',
        details: 'checklist.pending.details',
        na: 'checklist.pending.na',
      },
      {
        id: 'auto-debit',
        title: 'checklist.auto-debit',
        why: 'checklist.auto-debit.why',
        where: 'checklist.auto-debit.where',
        details: 'checklist.auto-debit.details',
        na: 'checklist.auto-debit.na',
      },
      {
        id: 'weilidai',
        title: 'checklist.weilidai',
        why: 'checklist.weilidai.why',
        details: 'checklist.weilidai.details',
        na: 'checklist.weilidai.na',
      },
      {
        id: 'bank-cards',
        title: 'checklist.bank-cards',
        why: 'checklist.bank-cards.why',
        where: 'checklist.bank-cards.where',
        details: 'checklist.bank-cards.details',
        na: 'checklist.bank-cards.na',
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
      },
      {
        id: 'contacts',
        title: 'checklist.contacts',
        why: 'checklist.contacts.why',
        details: 'checklist.contacts.details',
      },
      {
        id: 'wecom',
        title: 'checklist.wecom',
        why: 'checklist.wecom.why',
        details: 'checklist.wecom.details',
        na: 'checklist.wecom.na',
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
      },
      {
        id: 'apps-games',
        title: 'checklist.apps-games',
        why: 'checklist.apps-games.why',
        details: 'checklist.apps-games.details',
        na: 'checklist.apps-games.na',
      },
      {
        id: 'devices',
        title: 'checklist.devices',
        why: 'checklist.devices.why',
        details: 'checklist.devices.details',
        na: 'checklist.devices.na',
      },
      {
        id: 'memberships',
        title: 'checklist.memberships',
        why: 'checklist.memberships.why',
        details: 'checklist.memberships.details',
        na: 'checklist.memberships.na',
      },
    ],
  },
  {
    id: 'consequences',
    title: 'checklist.consequences',
    intro: 'checklist.consequences.intro',
    items: [
      {
        id: 'irreversible',
        title: 'checklist.irreversible',
        why: 'checklist.irreversible.why',
        details: 'checklist.irreversible.details',
      },
      {
        id: 'phone-reuse',
        title: 'checklist.phone-reuse',
        why: 'checklist.phone-reuse.why',
        details: 'checklist.phone-reuse.details',
      },
      {
        id: 'login-buttons',
        title: 'checklist.login-buttons',
        why: 'checklist.login-buttons.why',
        details: 'checklist.login-buttons.details',
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
      },
      {
        id: 'disputes',
        title: 'checklist.disputes',
        why: 'checklist.disputes.why',
        details: 'checklist.disputes.details',
        na: 'checklist.disputes.na',
      },
      {
        id: 'communities',
        title: 'checklist.communities',
        why: 'checklist.communities.why',
        details: 'checklist.communities.details',
        na: 'checklist.communities.na',
      },
    ],
  },
  {
    id: 'alternatives',
    title: 'checklist.alternatives',
    intro: 'checklist.alternatives.intro',
    items: [
      {
        id: 'second-account',
        title: 'checklist.second-account',
        why: 'checklist.second-account.why',
        details: 'checklist.second-account.details',
      },
      {
        id: 'other-tools',
        title: 'checklist.other-tools',
        why: 'checklist.other-tools.why',
        details: 'checklist.other-tools.details',
      },
      {
        id: 'half-exit',
        title: 'checklist.half-exit',
        why: 'checklist.half-exit.why',
        details: 'checklist.half-exit.details',
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
      },
      {
        id: 'usual-device',
        title: 'checklist.usual-device',
        why: 'checklist.usual-device.why',
        details: 'checklist.usual-device.details',
      },
      {
        id: 'verification',
        title: 'checklist.verification',
        why: 'checklist.verification.why',
        details: 'checklist.verification.details',
      },
      {
        id: 'face-check',
        title: 'checklist.face-check',
        why: 'checklist.face-check.why',
        details: 'checklist.face-check.details',
        na: 'checklist.face-check.na',
      },
      {
        id: 'cooling-off-rules',
        title: 'checklist.cooling-off-rules',
        why: 'checklist.cooling-off-rules.why',
        where: 'checklist.cooling-off-rules.where',
        details: 'checklist.cooling-off-rules.details',
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
