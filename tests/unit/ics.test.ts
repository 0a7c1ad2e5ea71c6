import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { coolingOffCalendar, escapeText, fold, lastDayOfPeriod } from '@/utils/ics';

const TEXTS = {
  summary: '微信注销冷静期最后一天',
  description:
    '你在2026年6月1日申请注销微信账号，今天是注销冷静期的第 60 天。想保留账号，最晚要在今天结束前登录微信；想继续注销, 不要登录微信。\\n',
  alarmWeek: '微信注销冷静期还剩一周',
  alarmDay: '明天是微信注销冷静期的最后一天',
};
const NOW = new Date(Date.UTC(2026, 5, 1, 8, 30, 5));
const ics = coolingOffCalendar('2026-06-01', NOW, TEXTS);

/** Parsed back by ical.js, the parser Thunderbird uses. */
function parsed() {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event };
}

describe('the cooling-off calendar file', () => {
  it('is a valid iCalendar file with one all-day event on day 60', () => {
    const { calendar, event } = parsed();
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-07-30');
    expect(end.toString()).toBe('2026-07-31');
    expect(lastDayOfPeriod('2026-06-01')).toBe('2026-07-30');
  });

  it('carries a stable UID, a UTC DTSTAMP and the texts unchanged after escaping', () => {
    const { event } = parsed();
    expect(event.getFirstPropertyValue('uid')).toBe(
      'wechat-cooling-off-2026-06-01@exit-planner.invalid',
    );
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe(
      '2026-06-01T08:30:05Z',
    );
    expect(event.getFirstPropertyValue('summary')).toBe(TEXTS.summary);
    // Commas, semicolons, backslashes and line breaks survive the round trip.
    expect(event.getFirstPropertyValue('description')).toBe(TEXTS.description);
  });

  it('reminds a week and a day before, at 09:00', () => {
    const { event } = parsed();
    const alarms = event.getAllSubcomponents('valarm');
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).toEqual([
      'DISPLAY',
      'DISPLAY',
    ]);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const at = alarms.map((alarm) => {
      const when = start.clone();
      when.isDate = false;
      when.addDuration(alarm.getFirstPropertyValue('trigger') as ICAL.Duration);
      return when.toString();
    });
    expect(at).toEqual(['2026-07-23T09:00:00', '2026-07-29T09:00:00']);
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue('description'))).toEqual([
      TEXTS.alarmWeek,
      TEXTS.alarmDay,
    ]);
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The long Chinese description was folded, and no character was cut in half.
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
  });
});

describe('folding and escaping', () => {
  it('folds at 75 octets, continuation lines starting with a space', () => {
    const folded = fold(`DESCRIPTION:${'a'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    expect(lines.slice(1).every((line) => line.startsWith(' ') && line.length <= 75)).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `DESCRIPTION:${'a'.repeat(200)}`,
    );
  });

  it('never splits a multi-octet character', () => {
    const folded = fold(`SUMMARY:${'冷'.repeat(40)}`);
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('escapes the characters TEXT values reserve', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
