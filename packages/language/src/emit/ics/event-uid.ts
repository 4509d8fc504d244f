// Stable event UIDs: re-importing a rebuilt plan must update its events, not double them
// (docs/language.md: "plan name, date and position").
//
// The position is the activity's slot on its day — its type and run kind or session
// ("run-hills", "lift-strengtha") — and its ordinal among same-slot activities that day,
// never a counter over the whole plan or the day. So moving one run to another day
// changes only that run's UID; the lift beside it and every other day keep theirs.
// Changing an amount, a time, a note or a load keeps the UID (the event is updated);
// changing what the activity is (another run kind or session) makes a new event.
//
//   20270105-run-hills-1@spring-marathon-2027-4b1f0a9c.lift
//
// The plan part is an ASCII slug of the name plus a hash of the exact name, so plans whose
// names differ only in accents or punctuation still get distinct UIDs.

import type { ResolvedDay } from '../../plan/resolved-plan.js';
import type { ScheduledActivity } from '../activity-text.js';

/** UIDs of one day's runs and lifts, in the order given. */
export function dayUids(planKey: string, day: ResolvedDay, activities: readonly (ScheduledActivity)[]): string[] {
    const date = day.date.toString().replaceAll('-', '');
    const seen = new Map<string, number>();
    return activities.map(activity => {
        const slot = slotOf(activity);
        const ordinal = (seen.get(slot) ?? 0) + 1;
        seen.set(slot, ordinal);
        return `${date}-${slot}-${ordinal}@${planKey}.lift`;
    });
}

/** Run kinds and session names are identifiers ([_a-zA-Z][\w-]*), so they are UID-safe as they are. */
function slotOf(activity: ScheduledActivity): string {
    return activity.type === 'lift' ? `lift-${activity.session.toLowerCase()}` : `${activity.type}-${activity.kind.toLowerCase()}`;
}

/** "spring-marathon-2027-4b1f0a9c" for "Spring Marathon 2027". */
export function planKey(name: string): string {
    return `${slug(name)}-${fnv1a(name)}`;
}

function slug(name: string): string {
    const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
    return ascii || 'plan';
}

/** 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits: short, stable and dependency-free. */
function fnv1a(text: string): string {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) {
        hash ^= byte;
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
}
