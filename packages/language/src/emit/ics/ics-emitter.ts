// `lift build --format ics`: the plan as an RFC 5545 calendar (LANGUAGE.md). One event per
// scheduled run and lift; byte-identical for the same input.

import { Temporal } from 'temporal-polyfill';
import ical, { ICalEventTransparency, type ICalCalendar, type ICalEventData } from 'ical-generator';
import type { ResolvedDay, ResolvedPlan } from '../../plan/resolved-plan.js';
import { activityCategory, scheduledActivities, type ScheduledActivity } from '../activity-text.js';
import type { EmitInput, Emitter } from '../emitters.js';
import { eventDescription, eventSummary } from './event-text.js';
import { eventTiming } from './event-timing.js';
import { dayUids, planKey } from './event-uid.js';
import { eventZone, timedSpan, type EventZone } from './event-zone.js';
import { foldLines } from './fold-lines.js';
import { vtimezoneOf } from './vtimezone-table.js';

export const icsEmitter: Emitter = {
    format: 'ics',
    extension: '.ics',
    mediaType: 'text/calendar',
    emit: planToIcs
};

export function planToIcs({ plan, sourceDateEpoch }: EmitInput): string {
    const calendar = ical({
        prodId: { company: 'Lift', product: 'lift build', language: 'EN' },
        // ical-generator writes NAME and X-WR-CALNAME unescaped; a plan name may hold a comma.
        name: escapeText(plan.name),
        // No calendar-level zone name (it would cost DTSTAMP its `Z`): zones are set per
        // event, and the generator adds the VTIMEZONE of each zone the events use.
        timezone: { name: null, generator: vtimezoneOf }
    });
    const zone = eventZone(plan.timezone);
    const stamp = dtstamp(plan, sourceDateEpoch);
    const key = planKey(plan.name);
    for (const day of plan.days) {
        const activities = scheduledActivities(day.activities);
        const uids = dayUids(key, day, activities);
        activities.forEach((activity, position) => {
            calendar.createEvent(eventData(plan, day, activity, { uid: uids[position], stamp, zone }));
        });
    }
    // Every content line ends in CRLF, the last one included (RFC 5545, 3.1).
    return `${calendarText(calendar)}\r\n`;
}

/**
 * What `calendar.toString()` writes, folded by foldLines() instead of ical-generator's
 * per-character folding (the emitter's main cost on long plans). Events serialise unfolded;
 * the calendar emptied of them gives the head and END line, folded by ical-generator (a
 * few short lines); the VTIMEZONE of each zone the events use goes between, as
 * ical-generator places it. test/emit/golden.test.ts holds the result to the old bytes.
 */
function calendarText(calendar: ICalCalendar): string {
    const events = calendar.events();
    const zones = [...new Set(events.map(event => event.timezone()))]
        .filter((zone): zone is string => zone !== null && !zone.startsWith('/'));
    const timezones = zones.map(zone => vtimezoneOf(zone))
        .filter((component): component is string => Boolean(component))
        .map(component => `${component.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n').trim()}\r\n`);
    const body = foldLines(timezones.join('') + events.map(event => event.toString()).join(''));
    const shell = calendar.clear().toString();
    const end = shell.lastIndexOf('END:VCALENDAR');
    return shell.slice(0, end) + body + shell.slice(end);
}

function eventData(plan: ResolvedPlan, day: ResolvedDay, activity: ScheduledActivity,
    context: { uid: string; stamp: Temporal.Instant; zone: EventZone }): ICalEventData {
    const timing = eventTiming(day, activity);
    const common = {
        id: context.uid,
        stamp: context.stamp,
        summary: eventSummary(activity),
        description: eventDescription(plan, day, activity),
        categories: [{ name: activityCategory(plan, activity) }]
    };
    if (timing.allDay) {
        // A training day should not block the whole day as busy.
        // DTEND of an all-day event is exclusive: the next day.
        const end = timing.date.add({ days: 1 });
        return { ...common, allDay: true, start: timing.date, end, transparency: ICalEventTransparency.TRANSPARENT };
    }
    const { zone } = context;
    return {
        ...common,
        ...timedSpan(zone, timing.start, timing.minutes),
        ...(zone.kind === 'zoned' ? { timezone: zone.zone } : zone.kind === 'floating' ? { floating: true } : {})
    };
}

/**
 * DTSTAMP, always UTC with `Z`: SOURCE_DATE_EPOCH when the build sets it (reproducible
 * builds), else midnight UTC on the plan's start — a value that depends on the plan only,
 * so two builds of the same plan are identical without any setting.
 */
export function dtstamp(plan: ResolvedPlan, sourceDateEpoch: number | undefined): Temporal.Instant {
    if (sourceDateEpoch !== undefined) return Temporal.Instant.fromEpochMilliseconds(sourceDateEpoch * 1000);
    return plan.start.toZonedDateTime('UTC').toInstant();
}

/** TEXT escaping of RFC 5545, 3.3.11, for the properties ical-generator leaves as they are. */
function escapeText(text: string): string {
    return text.replace(/[\\;,]/g, match => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}
