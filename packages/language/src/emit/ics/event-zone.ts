// How timed events carry their zone. The calendar itself gets no zone name: a calendar-level
// zone makes ical-generator drop the `Z` from DTSTAMP (DESIGN.md), so the zone is set per
// event and the VTIMEZONE comes from the generator hook.
//
// - The plan names a zone that @touch4it/ical-timezones has: local times with TZID and
//   its VTIMEZONE.
// - A zone the runtime knows (the `timezone` check already rejected unknown ones) but the
//   VTIMEZONE table lacks (a recently renamed zone): exact UTC times instead, converted with
//   Temporal, so every calendar still shows the right hour.
// - No zone: floating local times, as LANGUAGE.md says.
//
// In a zone, the duration is added in real time: a 90-minute run at 01:30 on the night
// the clocks go forward ends at 04:00, and a start in the skipped hour moves forward
// (Temporal's "compatible" rule, the one RFC 5545 gives for DTSTART in a gap).

import type { Temporal } from 'temporal-polyfill';
import { vtimezoneOf } from './vtimezone-table.js';

export type EventZone =
    | { kind: 'zoned'; zone: string }
    | { kind: 'utc'; zone: string }
    | { kind: 'floating' };

export function eventZone(timezone: string | undefined): EventZone {
    if (timezone === undefined) return { kind: 'floating' };
    if (vtimezoneOf(timezone)) return { kind: 'zoned', zone: timezone };
    return { kind: 'utc', zone: timezone };
}

type TimedValue = Temporal.PlainDateTime | Temporal.ZonedDateTime | Temporal.Instant;

/** Start and end of a timed event, in the form ical-generator writes correctly for the zone. */
export function timedSpan(zone: EventZone, start: Temporal.PlainDateTime, minutes: number): { start: TimedValue; end: TimedValue } {
    if (zone.kind === 'floating') return { start, end: start.add({ minutes }) };
    const zoned = start.toZonedDateTime(zone.zone, { disambiguation: 'compatible' });
    const end = zoned.add({ minutes });
    return zone.kind === 'zoned' ? { start: zoned, end } : { start: zoned.toInstant(), end: end.toInstant() };
}
