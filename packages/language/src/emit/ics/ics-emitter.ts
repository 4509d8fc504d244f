// `lift build --format ics`: the plan as an RFC 5545 calendar (docs/language.md). One event per
// scheduled run and lift; byte-identical for the same input.

import { Temporal } from 'temporal-polyfill';
import type { ResolvedDay, ResolvedPlan } from '../../plan/resolved-plan.js';
import { activityCategory, scheduledActivities, type ScheduledActivity } from '../activity-text.js';
import type { EmitInput, Emitter } from '../emitters.js';
import { allDayEventText, escapeText, timedEventText, utcText } from './event-lines.js';
import { eventDescription, eventSummary } from './event-text.js';
import { eventTiming } from './event-timing.js';
import { dayUids, planKey } from './event-uid.js';
import { eventZone, type EventZone } from './event-zone.js';
import { foldLines } from './fold-lines.js';
import { vtimezoneOf } from './vtimezone-table.js';

export const icsEmitter: Emitter = {
    format: 'ics',
    extension: '.ics',
    mediaType: 'text/calendar',
    emit: planToIcs
};

export function planToIcs({ plan, sourceDateEpoch }: EmitInput): string {
    const zone = eventZone(plan.timezone);
    const stampLine = `DTSTAMP:${utcText(dtstamp(plan, sourceDateEpoch))}`;
    const key = planKey(plan.name);
    const events: string[] = [];
    let timedEvents = 0;
    for (const day of plan.days) {
        const activities = scheduledActivities(day.activities);
        const uids = dayUids(key, day, activities);
        activities.forEach((activity, position) => {
            const fields = {
                uid: uids[position]!,
                stampLine,
                summary: eventSummary(activity),
                description: eventDescription(plan, day, activity),
                category: activityCategory(plan, activity)
            };
            const text = eventText(day, activity, fields, zone);
            if (!text.allDay) timedEvents++;
            events.push(text.text);
        });
    }
    // The zone's VTIMEZONE goes before the events when a timed event refers to it by TZID.
    const timezone = zone.kind === 'zoned' && timedEvents > 0 ? vtimezoneText(zone.zone) : '';
    // Every content line ends in CRLF, the last one included (RFC 5545, 3.1).
    return `${foldLines(`${calendarHead(plan)}${timezone}${events.join('')}END:VCALENDAR`)}\r\n`;
}

function eventText(day: ResolvedDay, activity: ScheduledActivity, fields: Parameters<typeof allDayEventText>[0],
    zone: EventZone): { allDay: boolean; text: string } {
    const timing = eventTiming(day, activity);
    return timing.allDay
        ? { allDay: true, text: allDayEventText(fields, timing.date) }
        : { allDay: false, text: timedEventText(fields, zone, timing.start, timing.minutes) };
}

/** The calendar's own properties; NAME and X-WR-CALNAME only for a name that is not empty. */
function calendarHead(plan: ResolvedPlan): string {
    const name = escapeText(plan.name);
    const names = name ? `NAME:${name}\r\nX-WR-CALNAME:${name}\r\n` : '';
    return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lift//lift build//EN\r\n${names}`;
}

function vtimezoneText(zone: string): string {
    const component = vtimezoneOf(zone);
    return component ? `${component.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n').trim()}\r\n` : '';
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
