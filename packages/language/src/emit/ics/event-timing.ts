// When an event happens. Activities without `at` are all-day events on their date; with
// `at` they start at that wall-clock time and last:
//   - a run whose amount is a duration (`45min`, `1h30min`): that duration;
//   - any other run (a distance, repeats like `6x800m`, no amount): 60 minutes, since the
//     plan gives no pace to turn it into time;
//   - a lift: 60 minutes, about what a warm-up and four or five exercises take.
// Everything is Temporal plain dates and times: nothing here depends on the machine's zone.

import type { Temporal } from 'temporal-polyfill';
import { parseDuration } from '../../model/quantities.js';
import type { ResolvedDay } from '../../plan/resolved-plan.js';
import type { ScheduledActivity } from '../activity-text.js';

export const DEFAULT_EVENT_MINUTES = 60;

export type EventTiming =
    | { allDay: true; date: Temporal.PlainDate }
    | { allDay: false; start: Temporal.PlainDateTime; minutes: number };

export function eventTiming(day: ResolvedDay, activity: ScheduledActivity): EventTiming {
    if (activity.time === undefined) return { allDay: true, date: day.date };
    const start = day.date.toPlainDateTime({ hour: Math.floor(activity.time / 60), minute: activity.time % 60 });
    return { allDay: false, start, minutes: eventMinutes(activity) };
}

export function eventMinutes(activity: ScheduledActivity): number {
    const seconds = activity.type !== 'lift' && activity.amount !== undefined ? parseDuration(activity.amount) : undefined;
    return seconds !== undefined && seconds > 0 ? Math.ceil(seconds / 60) : DEFAULT_EVENT_MINUTES;
}
