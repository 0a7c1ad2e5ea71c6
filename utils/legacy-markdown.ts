import { CHECKLIST, type ChecklistSection, isSettled, stateOf } from './checklist';
import { type CoolingOff, coolingOff } from './cooling-off';
import { activeLocale, bcp47, formatDay, type MessageKey, t } from './i18n';
import { lastDayOfPeriod } from './ics';
import { type CheckState, SITE_STATUSES, type SiteStatus, type State } from './model';
import { displayDomain } from './site-id';

/**
 * The digital-legacy list (数字遗产清单): the checklist state, the site list with statuses and
 * notes, and the cooling-off dates, gathered once (`legacyData`) and then shown as a printable
 * page or written out as Markdown (`legacyMarkdown`). Texts come from the active locale.
 */

type LegacyItem = {
  readonly id: string;
  readonly title: string;
  readonly state: CheckState;
  readonly note?: string;
};
type LegacySection = {
  readonly id: string;
  readonly title: string;
  readonly items: readonly LegacyItem[];
  readonly settled: number;
};
type LegacySite = {
  readonly id: string;
  readonly name: string;
  /** Readable domain; undefined for a mobile app. */
  readonly domain?: string;
  readonly note?: string;
};
/** Sites waiting for confirmation form a group of their own, ahead of the statuses. */
export type SiteGroup = 'pending' | SiteStatus;
export type LegacyData = {
  readonly today: string;
  readonly coolingOff?: CoolingOff;
  readonly sections: readonly LegacySection[];
  readonly groups: readonly { readonly group: SiteGroup; readonly sites: readonly LegacySite[] }[];
  readonly siteCount: number;
};

export const GROUP_LABEL: Readonly<Record<SiteGroup, MessageKey>> = {
  pending: 'site.pending',
  rebind: 'status.rebind',
  rebound: 'status.rebound',
  abandon: 'status.abandon',
  'not-needed': 'status.not-needed',
};

export function legacyData(
  state: State,
  today: string,
  checklist: readonly ChecklistSection[] = CHECKLIST,
): LegacyData {
  const sections = checklist.map((section) => {
    const items = section.items.map((item): LegacyItem => {
      const note = state.checklist[item.id]?.note;
      const base = { id: item.id, title: t(item.title), state: stateOf(state.checklist, item.id) };
      return note ? { ...base, note } : base;
    });
    return {
      id: section.id,
      title: t(section.title),
      items,
      settled: section.items.filter((item) => isSettled(state.checklist[item.id])).length,
    };
  });

  const collator = new Intl.Collator(bcp47(activeLocale()), { numeric: true });
  const groups = (['pending', ...SITE_STATUSES] as const)
    .map((group) => ({
      group,
      sites: Object.entries(state.sites)
        .filter(([, site]) => (site.pending ? group === 'pending' : site.status === group))
        .sort(([, a], [, b]) => collator.compare(a.name, b.name))
        .map(([id, site]): LegacySite => {
          const domain = displayDomain(id);
          return {
            id,
            name: site.name,
            ...(domain ? { domain } : {}),
            ...(site.note ? { note: site.note } : {}),
          };
        }),
    }))
    .filter((entry) => entry.sites.length > 0);

  const appliedOn = state.tracker.appliedOn;
  return {
    today,
    ...(appliedOn ? { coolingOff: coolingOff(appliedOn, today) } : {}),
    sections,
    groups,
    siteCount: Object.keys(state.sites).length,
  };
}

/** The sentences about the application and the cooling-off period, shared by page and file. */
export function coolingOffLines(period: CoolingOff | undefined): string[] {
  if (!period) return [t('legacy.coolingOff.none')];
  const lines = [t('legacy.coolingOff.applied', { date: formatDay(period.appliedOn) })];
  const end = formatDay(period.permanentOn);
  if (period.phase === 'running') {
    lines.push(t('legacy.coolingOff.until', { date: end, count: period.daysLeft }));
    // The same day as the calendar file's event (utils/ics.ts).
    lines.push(
      t('legacy.coolingOff.lastDay', { date: formatDay(lastDayOfPeriod(period.appliedOn)) }),
    );
    lines.push(t('legacy.coolingOff.warning'));
  } else if (period.phase === 'ends-today') {
    lines.push(t('legacy.coolingOff.today', { date: end }));
    lines.push(t('legacy.coolingOff.warning'));
  } else {
    lines.push(t('legacy.coolingOff.over', { date: end }));
  }
  return lines;
}

export function checkLabel(state: CheckState): string {
  return state === 'done'
    ? t('legacy.check.done')
    : state === 'na'
      ? t('legacy.check.na')
      : t('legacy.check.open');
}

/**
 * Makes user text literal in Markdown: line breaks become spaces (a note must not end a list
 * item or a table row), and every character that could start markup is backslash-escaped, so a
 * site named "[x](javascript:…)" or "# 1" prints as written. Brackets are enough to stop links
 * and images; parentheses and dots stay unescaped so the file reads well as plain text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~&]/g, '\\$&')
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export function legacyMarkdown(data: LegacyData): string {
  const out: string[] = [];
  const line = (text = '') => out.push(text);

  line(`# ${t('legacy.title')}`);
  line();
  line(t('legacy.generated', { date: formatDay(data.today) }));
  line();
  line(t('legacy.intro'));
  line();

  line(`## ${t('legacy.coolingOff.title')}`);
  line();
  for (const text of coolingOffLines(data.coolingOff)) line(`- ${text}`);
  line();

  line(`## ${t('legacy.sites.title')}`);
  line();
  if (data.siteCount === 0) {
    line(t('legacy.sites.none'));
    line();
  } else {
    line(t('legacy.sites.count', { count: data.siteCount }));
    line();
  }
  for (const { group, sites } of data.groups) {
    line(`### ${t('legacy.sites.group', { status: t(GROUP_LABEL[group]), count: sites.length })}`);
    line();
    line(`| ${t('options.col.name')} | ${t('options.col.domain')} | ${t('options.col.note')} |`);
    line('| --- | --- | --- |');
    for (const site of sites) {
      const cells = [site.name, site.domain ?? t('site.app'), site.note ?? ''].map(escapeMarkdown);
      line(`| ${cells.join(' | ')} |`);
    }
    line();
  }

  line(`## ${t('legacy.checklist.title')}`);
  for (const section of data.sections) {
    line();
    line(`### ${section.title}`);
    line();
    line(t('legacy.checklist.progress', { settled: section.settled, total: section.items.length }));
    line();
    for (const item of section.items) {
      const mark = item.state === 'open' ? '[ ]' : '[x]';
      const na = item.state === 'na' ? ` ${t('legacy.check.na.suffix')}` : '';
      const note = item.note ? ` — ${t('legacy.note', { note: escapeMarkdown(item.note) })}` : '';
      line(`- ${mark} ${item.title}${na}${note}`);
    }
  }
  line();
  return out.join('\n');
}
