// The text of one VEVENT, written directly rather than through ical-generator's event
// objects (each made a UUID, two Dates and validated every field, which cost the emitter
// most of its time on long plans). The properties, their order and their formats are
// those ical-generator 10 wrote, so the calendars are byte for byte as before
// (test/emit/golden.test.ts); lines are folded afterwards by foldLines().

import type { Temporal } from 'temporal-polyfill';
import type { EventZone } from './event-zone.js';

export interface EventFields {
    uid: string;
    /** The DTSTAMP line, the same for every event of a calendar. */
    stampLine: string;
    summary: string;
    description: string;
    category: string;
}

/** An all-day event: DTEND is the exclusive next day, and the day does not block as busy. */
export function allDayEventText(fields: EventFields, date: Temporal.PlainDate): string {
    return `BEGIN:VEVENT\r\nUID:${fields.uid}\r\nSEQUENCE:0\r\n${fields.stampLine}\r\n`
        + `DTSTART;VALUE=DATE:${dateText(date)}\r\nDTEND;VALUE=DATE:${nextDayText(date)}\r\n`
        + 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nX-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n'
        + `SUMMARY:${escapeText(fields.summary)}\r\nTRANSP:TRANSPARENT\r\n${tail(fields)}`;
}

/**
 * A timed event in the plan's zone: with TZID where the calendar carries the zone's
 * VTIMEZONE, in UTC (`Z`) where it cannot, floating when the plan names no zone.
 */
export function timedEventText(fields: EventFields, zone: EventZone, start: Temporal.PlainDateTime, minutes: number): string {
    let dtstart: string;
    let dtend: string;
    if (zone.kind === 'floating') {
        dtstart = `DTSTART:${dateTimeText(start)}`;
        dtend = `DTEND:${dateTimeText(start.add({ minutes }))}`;
    } else {
        // 'compatible': a time in a spring-forward gap moves forward, as calendars do.
        const zoned = start.toZonedDateTime(zone.zone, { disambiguation: 'compatible' });
        const end = zoned.add({ minutes });
        if (zone.kind === 'zoned') {
            dtstart = `DTSTART;TZID=${zone.zone}:${dateTimeText(zoned.toPlainDateTime())}`;
            dtend = `DTEND;TZID=${zone.zone}:${dateTimeText(end.toPlainDateTime())}`;
        } else {
            dtstart = `DTSTART:${utcText(zoned.toInstant())}`;
            dtend = `DTEND:${utcText(end.toInstant())}`;
        }
    }
    return `BEGIN:VEVENT\r\nUID:${fields.uid}\r\nSEQUENCE:0\r\n${fields.stampLine}\r\n${dtstart}\r\n${dtend}\r\n`
        + `SUMMARY:${escapeText(fields.summary)}\r\n${tail(fields)}`;
}

function tail(fields: EventFields): string {
    return `DESCRIPTION:${escapeText(fields.description)}\r\nCATEGORIES:${escapeText(fields.category)}\r\nEND:VEVENT\r\n`;
}

/** TEXT escaping of RFC 5545, 3.3.11. */
export function escapeText(text: string): string {
    // Most summaries need no escaping: skip the two replacements for them.
    if (!NEEDS_ESCAPING.test(text)) return text;
    return text.replace(/[\\;,]/g, match => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}

const NEEDS_ESCAPING = /[\\;,\r\n]/;

/** An instant as a UTC DATE-TIME: 20270104T000000Z. */
export function utcText(instant: Temporal.Instant): string {
    return `${dateTimeText(instant.toZonedDateTimeISO('UTC').toPlainDateTime())}Z`;
}

function dateText(date: Temporal.PlainDate | Temporal.PlainDateTime): string {
    return ymdText(date.year, date.month, date.day);
}

/** The day after `date` (ISO calendar), counted by hand: `PlainDate.add` per event showed in profiles. */
function nextDayText({ year, month, day, daysInMonth }: Temporal.PlainDate): string {
    if (day < daysInMonth) return ymdText(year, month, day + 1);
    return month < 12 ? ymdText(year, month + 1, 1) : ymdText(year + 1, 1, 1);
}

function ymdText(year: number, month: number, day: number): string {
    return `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`;
}

function dateTimeText(time: Temporal.PlainDateTime): string {
    return `${dateText(time)}T${pad(time.hour, 2)}${pad(time.minute, 2)}${pad(time.second, 2)}`;
}

function pad(value: number, digits: number): string {
    return value.toString().padStart(digits, '0');
}
