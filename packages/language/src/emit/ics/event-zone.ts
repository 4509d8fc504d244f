// How timed events carry their zone (event-lines.ts writes them). The calendar itself gets
// no zone name (X-WR-TIMEZONE): the zone is given per event with TZID, and the calendar
// carries the zone's VTIMEZONE.
//
// - The plan names a zone that @touch4it/ical-timezones has: local times with TZID and
//   its VTIMEZONE.
// - A zone the runtime knows (the `timezone` check already rejected unknown ones) but the
//   VTIMEZONE table lacks (a recently renamed zone): exact UTC times instead, converted with
//   Temporal, so every calendar still shows the right hour.
// - `UTC` itself: UTC times with `Z`, no VTIMEZONE.
// - No zone: floating local times, as docs/language.md says.
//
// In a zone, the duration is added in real time: a 90-minute run at 01:30 on the night
// the clocks go forward ends at 04:00, and a start in the skipped hour moves forward
// (Temporal's "compatible" rule, the one RFC 5545 gives for DTSTART in a gap).

import { vtimezoneOf } from './vtimezone-table.js';

export type EventZone =
    | { kind: 'zoned'; zone: string }
    | { kind: 'utc'; zone: string }
    | { kind: 'floating' };

export function eventZone(timezone: string | undefined): EventZone {
    if (timezone === undefined) return { kind: 'floating' };
    if (timezone !== 'UTC' && vtimezoneOf(timezone)) return { kind: 'zoned', zone: timezone };
    return { kind: 'utc', zone: timezone };
}
