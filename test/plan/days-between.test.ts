// daysBetween() and addDays() count days with plain arithmetic; they must agree with Temporal everywhere:
// across leap days, centuries, 400-year cycles, in both directions.

import { Temporal } from 'temporal-polyfill';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../../packages/language/src/model/calendar-values.js';

describe('daysBetween', () => {
    const dates = ['0001-01-01', '1600-02-29', '1900-02-28', '1900-03-01', '1970-01-01', '2000-02-29', '2027-01-04',
        '2027-04-25', '2028-02-29', '2028-03-01', '2100-03-01', '2400-12-31', '9999-12-31'].map(text => Temporal.PlainDate.from(text));

    test('agrees with Temporal for every pair of dates, in both directions', () => {
        for (const from of dates) {
            for (const to of dates) expect(daysBetween(from, to)).toBe(from.until(to, { largestUnit: 'days' }).days);
        }
    });

    test('agrees with Temporal day by day over four years', () => {
        const start = Temporal.PlainDate.from('2027-01-04');
        for (let offset = -800; offset <= 800; offset += 1) {
            expect(daysBetween(start, start.add({ days: offset }))).toBe(offset);
        }
    });
});

describe('addDays', () => {
    test('agrees with Temporal day by day over eight years, forwards and back', () => {
        const start = Temporal.PlainDate.from('2027-01-04');
        for (let offset = -1500; offset <= 1500; offset += 1) {
            expect(addDays(start, offset).equals(start.add({ days: offset }))).toBe(true);
        }
    });

    test('agrees with Temporal across leap days, centuries and 400-year cycles', () => {
        for (const text of ['0001-01-01', '1600-02-28', '1700-02-28', '1900-02-28', '2000-02-28', '2100-02-28', '2400-02-28', '9999-12-24']) {
            const date = Temporal.PlainDate.from(text);
            for (const offset of [0, 1, 2, 7, 365, 366, 1461, 36524, 146097]) {
                const later = date.add({ days: offset });
                if (later.year > 9999) continue;
                expect(addDays(date, offset).toString(), `${text} + ${offset}`).toBe(later.toString());
                expect(addDays(later, -offset).toString(), `${later} - ${offset}`).toBe(text);
            }
        }
    });
});
