// Dates and times as the language writes them. Plain dates come from Temporal so that the
// calendar never depends on the machine's time zone.

import { Temporal } from 'temporal-polyfill';
import { WEEKDAY_NAMES, WEEKDAYS, type Weekday } from './vocabulary.js';

/** A real calendar date from `YYYY-MM-DD`, or undefined (`2027-02-30`). */
export function parseDate(text: string | undefined): Temporal.PlainDate | undefined {
    if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
    try {
        return Temporal.PlainDate.from(text, { overflow: 'reject' });
    } catch {
        return undefined;
    }
}

/** Minutes after midnight from a 24-hour `HH:MM`, or undefined (`25:00`, `7:60`). */
export function parseTime(text: string | undefined): number | undefined {
    const match = text ? /^(\d{1,2}):(\d{2})$/.exec(text) : null;
    if (!match) return undefined;
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

export function formatTime(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function weekdayOf(date: Temporal.PlainDate): Weekday {
    return WEEKDAYS[date.dayOfWeek - 1];
}

/** The Monday of the Monday–Sunday week that contains the date. */
export function mondayOf(date: Temporal.PlainDate): Temporal.PlainDate {
    return date.subtract({ days: date.dayOfWeek - 1 });
}

export function daysBetween(from: Temporal.PlainDate, to: Temporal.PlainDate): number {
    // Plain arithmetic rather than `from.until(to)`: calendar rules ask this for every day
    // against every race, and a Temporal duration per question was a hotspot of large plans.
    return epochDay(to) - epochDay(from);
}

/**
 * The date `days` after `date` (before, when negative). The same as
 * `date.add({ days })`, by day numbers: the resolver asks it for every day of every week,
 * and Temporal's `add` reads and checks a duration each time.
 */
export function addDays(date: Temporal.PlainDate, days: number): Temporal.PlainDate {
    const { year, month, day } = civilDate(epochDay(date) + days);
    return new Temporal.PlainDate(year, month, day);
}

/** The ISO date of a day number since 1970-01-01 (the civil-from-days algorithm). */
function civilDate(epochDays: number): { year: number; month: number; day: number } {
    const z = epochDays + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of an ISO date, any year (the days-from-civil algorithm). */
function epochDay({ year, month, day }: Temporal.PlainDate): number {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

/** "Tue": how messages and documents name a weekday, whatever case the plan wrote it in. */
export function formatWeekday(weekday: Weekday | string): string {
    const key = weekday.toLowerCase() as Weekday;
    return WEEKDAY_NAMES[key] ?? weekday;
}

/** "Tue 2027-01-05": how messages and documents name a date. */
export function formatDay(date: Temporal.PlainDate): string {
    return `${formatWeekday(weekdayOf(date))} ${date.toString()}`;
}
