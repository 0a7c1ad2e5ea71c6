// A zone with daylight-saving changes, set before any date is made: Berlin moves its clocks on
// the last Sundays of March and October, so some local days there last 23 or 25 hours.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import {
  addDays,
  applicationDayProblem,
  COOLING_OFF_DAYS,
  coolingOff,
  dayOf,
  daysBetween,
} from '@/utils/cooling-off';

describe('calendar days', () => {
  it.each([
    ['2027-01-31', 1, '2027-02-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-04-30', 1, '2027-05-01'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
  ])('%s plus %i day is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    // Across the spring change (29 March 2026 in Europe, 8 March 2026 in the US).
    ['2026-03-28', '2026-03-30', 2],
    ['2026-03-07', '2026-03-09', 2],
    // Across the autumn change (25 October 2026 in Europe, 1 November 2026 in the US).
    ['2026-10-24', '2026-10-26', 2],
    ['2026-10-31', '2026-11-02', 2],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-05-10', '2026-05-01', -9],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('reads the local calendar day, even in the hour a clock change repeats', () => {
    // The zone really does change its clocks here, or this file would prove nothing.
    expect(new Date(2026, 2, 28, 12).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 2, 30, 12).getTimezoneOffset()).toBe(-120);
    // 02:30 local on 25 October 2026 happens twice in Berlin; both are still the 25th.
    expect(dayOf(new Date(2026, 9, 25, 2, 30))).toBe('2026-10-25');
    expect(dayOf(new Date(2026, 2, 29, 23, 59))).toBe('2026-03-29');
    expect(dayOf(new Date(2028, 1, 29, 0, 0))).toBe('2028-02-29');
  });
});

describe('the 60-day cooling-off period', () => {
  it('has 60 days left on the day of applying', () => {
    const period = coolingOff('2026-09-01', '2026-09-01');
    expect(period.daysLeft).toBe(60);
    expect(period.phase).toBe('running');
  });

  it('has 1 day left on day 60, and ends on the day after', () => {
    const applied = '2026-09-01';
    const day60 = addDays(applied, COOLING_OFF_DAYS - 1);
    expect(coolingOff(applied, day60)).toMatchObject({ daysLeft: 1, phase: 'running' });
    expect(coolingOff(applied, addDays(applied, 60))).toMatchObject({
      daysLeft: 0,
      phase: 'ends-today',
    });
    expect(coolingOff(applied, addDays(applied, 61))).toMatchObject({
      daysLeft: 0,
      phase: 'over',
    });
  });

  it.each([
    // Month ends: the date is counted in days, not by adding two months.
    ['2026-12-31', '2027-03-01'],
    ['2027-01-31', '2027-04-01'],
    // Leap day, and periods that run through February in leap and common years.
    ['2028-02-29', '2028-04-29'],
    ['2028-01-15', '2028-03-15'],
    ['2027-01-15', '2027-03-16'],
    // Periods that contain a daylight-saving change in Europe and in the US.
    ['2026-03-01', '2026-04-30'],
    ['2026-09-15', '2026-11-14'],
    ['2026-10-25', '2026-12-24'],
  ])('applied on %s, permanent on %s', (appliedOn, permanentOn) => {
    const period = coolingOff(appliedOn, appliedOn);
    expect(period.permanentOn).toBe(permanentOn);
    expect(daysBetween(appliedOn, permanentOn)).toBe(60);
  });

  it.each([
    ['2026-03-01', '2026-03-30', 31],
    ['2026-03-01', '2026-03-31', 30],
    ['2026-10-01', '2026-10-25', 36],
    ['2026-10-01', '2026-10-26', 35],
  ])(
    'applied on %s, on %s the count does not jump at the clock change (%i days left)',
    (appliedOn, today, left) => {
      expect(coolingOff(appliedOn, today).daysLeft).toBe(left);
    },
  );

  it('counts a day recorded on a device ahead in time as just started', () => {
    expect(coolingOff('2026-06-02', '2026-06-01')).toMatchObject({
      daysLeft: 60,
      phase: 'running',
    });
  });
});

describe('the day the user says they applied', () => {
  it.each([
    ['2026-06-01', undefined],
    ['2026-05-01', undefined],
    ['2026-06-02', 'future'],
    ['2026-02-30', 'invalid'],
    ['', 'invalid'],
    ['1.6.2026', 'invalid'],
  ])('%j on 2026-06-01 → %s', (day, problem) => {
    expect(applicationDayProblem(day, '2026-06-01')).toBe(problem);
  });
});
