// The sessions a plan actually schedules, in order of first use: the printable formats
// describe each once (warm-up, rest, effort) and let the calendar carry the week's loads.

import type { ResolvedLift, ResolvedPlan } from '../plan/resolved-plan.js';

/** The first scheduled lift of each session. */
export function sessionsInOrder(plan: ResolvedPlan): ResolvedLift[] {
    const first = new Map<string, ResolvedLift>();
    for (const day of plan.days) {
        for (const activity of day.activities) {
            if (activity.type === 'lift' && !first.has(activity.session)) first.set(activity.session, activity);
        }
    }
    return [...first.values()];
}
