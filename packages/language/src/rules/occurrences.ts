// How a diagnostic that covers several calendar dates names them:
// "weeks 1–6: Tue 2027-01-05 … Tue 2027-02-09".

import type { Temporal } from 'temporal-polyfill';
import { Temporal as T } from 'temporal-polyfill';
import { formatDay } from '../model/calendar-values.js';

/** "week 4", "weeks 1–6", "weeks 1–3, 5, 7–8". */
export function formatWeeks(weeks: number[]): string {
    const sorted = [...new Set(weeks)].sort((a, b) => a - b);
    if (sorted.length === 0) return '';
    const spans: string[] = [];
    let first = sorted[0];
    let last = first;
    for (const week of [...sorted.slice(1), Number.NaN]) {
        if (week === last + 1) {
            last = week;
            continue;
        }
        spans.push(first === last ? `${first}` : `${first}–${last}`);
        first = last = week;
    }
    return `${sorted.length === 1 ? 'week' : 'weeks'} ${spans.join(', ')}`;
}

/** Up to three dates in full; more as "first, second … last". */
export function formatDates(dates: Temporal.PlainDate[]): string {
    const sorted = uniqueDates(dates);
    if (sorted.length <= 3) return sorted.map(formatDay).join(', ');
    return `${formatDay(sorted[0])}, ${formatDay(sorted[1])} … ${formatDay(sorted[sorted.length - 1])}`;
}

export function uniqueDates(dates: Temporal.PlainDate[]): Temporal.PlainDate[] {
    const byText = new Map(dates.map(date => [date.toString(), date]));
    return [...byText.values()].sort(T.PlainDate.compare);
}

/** The parenthesised tail a grouped calendar diagnostic carries. */
export function formatOccurrences(dates: Temporal.PlainDate[], weeks: number[]): string {
    const parts = [formatWeeks(weeks), formatDates(dates)].filter(part => part.length > 0);
    return parts.length > 0 ? ` (${parts.join(': ')})` : '';
}
