import * as z from 'zod/mini';
import { addDays, coolingOff, daysBetween } from './cooling-off';
import { formatDay, type MessageKey, type Params, t } from './i18n';
import { DaySchema, LOCAL_KEY } from './model';

/**
 * The two reminders of the cooling-off period: a few days before it ends (the last chance to
 * change one's mind), and once it has ended. Each is shown once per application: what was shown
 * is remembered in storage.local under SHOWN_KEY (per device, as notifications are).
 */

const REMIND_DAYS_BEFORE = 3;
/** "It has ended" is news for a week; an application recorded long after the fact is not. */
const ENDED_NEWS_DAYS = 7;
/** Per device on purpose, like the notifications themselves. */
export const SHOWN_KEY = LOCAL_KEY.reminders;

const REMINDER_KINDS = ['soon', 'ended'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const ShownSchema = z.object({
  appliedOn: DaySchema,
  kinds: z.array(z.enum(REMINDER_KINDS)),
});
export type Shown = z.infer<typeof ShownSchema>;

export type Reminder =
  | { readonly kind: 'soon'; readonly daysLeft: number; readonly permanentOn: string }
  | { readonly kind: 'ended'; readonly permanentOn: string };

/** Reads what was shown; anything unreadable counts as nothing shown. */
export function readShown(raw: unknown): Shown | undefined {
  const parsed = ShownSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** The reminder to show today, if one is due and was not shown for this application yet. */
export function dueReminder(
  appliedOn: string | undefined,
  today: string,
  shown: Shown | undefined,
): Reminder | undefined {
  if (!appliedOn) return undefined;
  const period = coolingOff(appliedOn, today);
  // A new application day starts afresh: what was shown belonged to the old one.
  const already = shown?.appliedOn === appliedOn ? shown.kinds : [];
  if (period.phase === 'over') {
    if (already.includes('ended')) return undefined;
    if (daysBetween(period.permanentOn, today) > ENDED_NEWS_DAYS) return undefined;
    return { kind: 'ended', permanentOn: period.permanentOn };
  }
  if (period.daysLeft > REMIND_DAYS_BEFORE || already.includes('soon')) return undefined;
  return { kind: 'soon', daysLeft: period.daysLeft, permanentOn: period.permanentOn };
}

/**
 * A reminder's title and text. Before the 61st day: how long is left and the last day to log in
 * for whoever wants to keep the account. On the 61st (shown then only if missed before): the
 * deletion becomes final today. After: it became final, unless the user logged in.
 */
export function reminderText(due: Reminder): { title: string; message: string } {
  const date = formatDay(due.permanentOn);
  const [title, body, params]: [MessageKey, MessageKey, Params] =
    due.kind === 'ended'
      ? ['notify.ended.title', 'notify.ended.body', { date }]
      : due.daysLeft === 0
        ? ['notify.lastDay.title', 'notify.lastDay.body', {}]
        : [
            'notify.soon.title',
            'notify.soon.body',
            { count: due.daysLeft, lastDay: formatDay(addDays(due.permanentOn, -1)) },
          ];
  return { title: t(title), message: t(body, params) };
}

/** What to remember once a reminder was shown. */
export function markShown(appliedOn: string, shown: Shown | undefined, kind: ReminderKind): Shown {
  const kinds = shown?.appliedOn === appliedOn ? shown.kinds : [];
  return { appliedOn, kinds: kinds.includes(kind) ? kinds : [...kinds, kind] };
}

/**
 * One minute past the next local midnight: the moment "today" changes, for the alarm that turns
 * the guard off and checks reminders. Local date arithmetic, so a daylight-saving change moves
 * it with the clock.
 */
export function nextDayBoundary(now: number): number {
  const next = new Date(now);
  next.setHours(24, 1, 0, 0);
  return next.getTime();
}
