// Dates as the printable formats (html, md) show them. English month abbreviations are
// spelt out here rather than taken from Intl, so the output never depends on the locale of
// the machine that builds it.

import type { Temporal } from 'temporal-polyfill';
import { formatDay } from '../model/calendar-values.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "4 Jan": a day inside a calendar whose column already names the weekday. */
export function shortDate(date: Temporal.PlainDate): string {
    return `${date.day} ${MONTHS[date.month - 1]}`;
}

/** "Mon 2027-01-04 – Sun 2027-02-14". */
export function dateRange(from: Temporal.PlainDate, to: Temporal.PlainDate): string {
    return `${formatDay(from)} – ${formatDay(to)}`;
}

/** "1 week", "6 weeks". */
export function weeksText(count: number): string {
    return `${count} ${count === 1 ? 'week' : 'weeks'}`;
}
