import { isRealDay } from './model';

/**
 * The 60-day cooling-off period (注销冷静期) after applying to delete a WeChat account.
 *
 * Everything here works on calendar days written `YYYY-MM-DD` in the user's own calendar.
 * The arithmetic runs on UTC day numbers, where every day is exactly 24 hours long, so a
 * daylight-saving change in the user's time zone (a 23- or 25-hour local day) can never shift
 * a count by one. Only `dayOf` looks at the clock, and it reads the local date, not a duration.
 */

export const COOLING_OFF_DAYS = 60;

const MS_PER_DAY = 86_400_000;

/** The local calendar day of an instant. */
export function dayOf(date: Date = new Date()): string {
  return formatDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Days since 1970-01-01 of a calendar day; an exact integer because UTC has no DST. */
function dayNumber(day: string): number {
  if (!isRealDay(day)) throw new RangeError(`not a calendar day: ${day}`);
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

function fromDayNumber(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function formatDay(year: number, month: number, day: number): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(dayNumber(day) + days);
}

/** Whole calendar days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export type CoolingOff = {
  readonly appliedOn: string;
  /**
   * The day the deletion becomes final: the 61st, counting the day of applying as the first.
   * Nothing public says at what time of that day, so whoever wants to keep the account must log
   * in by the end of the 60th day, and the guard stays on through the 61st for whoever does not.
   */
  readonly permanentOn: string;
  /** Days of the 60 still to come, today included: 60 on the day of applying, 0 on the 61st. */
  readonly daysLeft: number;
  readonly phase: 'running' | 'ends-today' | 'over';
};

export function coolingOff(appliedOn: string, today: string): CoolingOff {
  const permanentOn = addDays(appliedOn, COOLING_OFF_DAYS);
  // A day recorded on a device whose calendar is ahead (another time zone) may still be
  // "tomorrow" here: the period has then just started, not more than started.
  const daysLeft = Math.min(COOLING_OFF_DAYS, daysBetween(today, permanentOn));
  const phase = daysLeft > 0 ? 'running' : daysLeft === 0 ? 'ends-today' : 'over';
  return { appliedOn, permanentOn, daysLeft: Math.max(0, daysLeft), phase };
}

/** The last day on which logging in surely keeps the account: the 60th, the day before the end. */
export function lastDayToKeep(appliedOn: string): string {
  return addDays(appliedOn, COOLING_OFF_DAYS - 1);
}

export type ApplicationDayProblem = 'invalid' | 'future';

/** Checks a day typed into the "day you applied" field; undefined when it can be saved. */
export function applicationDayProblem(
  day: string,
  today: string,
): ApplicationDayProblem | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDay(day)) return 'invalid';
  if (daysBetween(today, day) > 0) return 'future';
  return undefined;
}
