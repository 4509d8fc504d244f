// The dates of a plan's calendar, made once and kept. Every day of every week is the plan's
// first Monday plus a number of days; making each of them anew (a `PlainDate` object per
// day of every week) was paid again on every keystroke in the editor. The dates are
// immutable, so plans (and versions of one plan) can share them.

import type { Temporal } from 'temporal-polyfill';
import { addDays } from '../model/calendar-values.js';

/** First Mondays kept: the plans being edited and checked at the same time. */
const KEPT = 16;
const daysFrom = new Map<string, Temporal.PlainDate[]>();

/** `day(n)` is the date `n` days after `firstMonday`, as `addDays` gives it. */
export function calendarDays(firstMonday: Temporal.PlainDate): (offset: number) => Temporal.PlainDate {
    const key = firstMonday.toString();
    let days = daysFrom.get(key);
    if (days) {
        daysFrom.delete(key); // most recently used last
    } else {
        days = [];
        if (daysFrom.size >= KEPT) daysFrom.delete(daysFrom.keys().next().value!);
    }
    daysFrom.set(key, days);
    const known = days;
    return offset => known[offset] ??= addDays(firstMonday, offset);
}
