// The calendar's dates are made once per first Monday and shared (plan/calendar-days.ts):
// the same dates as Temporal's own arithmetic, made once.

import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { calendarDays } from '../../packages/language/src/plan/calendar-days.js';

describe('calendarDays', () => {
    test('gives the date that many days after the first Monday, across month, year and leap-day ends', () => {
        for (const monday of ['2027-01-04', '2027-12-27', '2028-02-21', '1999-12-27']) {
            const first = Temporal.PlainDate.from(monday);
            const day = calendarDays(first);
            for (const offset of [0, 1, 6, 7, 8, 27, 59, 60, 365, 366, 400 * 7 + 3]) {
                expect(day(offset).toString(), `${monday} + ${offset}`).toBe(first.add({ days: offset }).toString());
            }
        }
    });

    test('makes each date once: a later plan with the same first Monday gets the same objects', () => {
        const first = Temporal.PlainDate.from('2031-03-03');
        const date = calendarDays(first)(10);
        expect(calendarDays(Temporal.PlainDate.from('2031-03-03'))(10)).toBe(date);
        expect(calendarDays(first)(11)).not.toBe(date);
    });

    test('keeps the dates of a bounded number of first Mondays', () => {
        const kept = calendarDays(Temporal.PlainDate.from('2040-01-02'))(3);
        for (let week = 1; week <= 40; week++) calendarDays(Temporal.PlainDate.from('2041-01-07').add({ weeks: week }))(0);
        // Forgotten and made again: an equal date, a new object.
        const again = calendarDays(Temporal.PlainDate.from('2040-01-02'))(3);
        expect(again.equals(kept)).toBe(true);
        expect(again).not.toBe(kept);
    });
});
