import { addDays, COOLING_OFF_DAYS } from './cooling-off';

/**
 * The cooling-off period as an iCalendar file (RFC 5545), made here and saved by the user: the
 * browser is not open all day, the phone's calendar is. One all-day event on the last day of the
 * period (day 60, counting the day of applying as day 1), with reminders a week and a day before.
 * Plain text built by hand: a few lines, no dependency in the popup; the tests read it back with
 * a real parser (ical.js).
 */

export type CalendarTexts = {
  readonly summary: string;
  readonly description: string;
  readonly alarmWeek: string;
  readonly alarmDay: string;
};

/** The last day of the period: the day to have logged in by, at the latest, to keep the account. */
export function lastDayOfPeriod(appliedOn: string): string {
  return addDays(appliedOn, COOLING_OFF_DAYS - 1);
}

/** The whole file, CRLF line ends, folded at 75 octets. */
export function coolingOffCalendar(appliedOn: string, now: Date, texts: CalendarTexts): string {
  const last = lastDayOfPeriod(appliedOn);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//WeChat Exit Planner//Cooling-off period//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    // Stable per application: importing the file again updates the event instead of adding one.
    `UID:wechat-cooling-off-${appliedOn}@exit-planner.invalid`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${basicDate(last)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(last, 1))}`,
    `SUMMARY:${escapeText(texts.summary)}`,
    `DESCRIPTION:${escapeText(texts.description)}`,
    'TRANSP:TRANSPARENT',
    // Relative to the start of the day: 09:00 a week before, and 09:00 the day before.
    ...alarm('-P6DT15H', texts.alarmWeek),
    ...alarm('-PT15H', texts.alarmDay),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

function alarm(trigger: string, text: string): string[] {
  return [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:${trigger}`,
    `DESCRIPTION:${escapeText(text)}`,
    'END:VALARM',
  ];
}

function basicDate(day: string): string {
  return day.replaceAll('-', '');
}

function utcStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Content lines longer than 75 octets are folded (RFC 5545 3.1): CRLF and a space, never inside
 * a UTF-8 sequence (a Chinese character is 3 octets).
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // The continuation's leading space counts towards its 75 octets.
  let limit = 75;
  for (const char of line) {
    const octets = encoder.encode(char).length;
    if (size + octets > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
