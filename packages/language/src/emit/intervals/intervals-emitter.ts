// `lift build --format intervals`: the plan as one JSON array for intervals.icu's bulk event
// upload (POST /api/v1/athlete/{id}/events/bulk?upsert=true). Each scheduled run, cross
// session and lift is one event; `external_id` is the activity's calendar UID, so uploading
// a rebuilt plan again updates its events instead of doubling them. Rest days are not sent.

import type { ResolvedDay, ResolvedLift, ResolvedPlan, ResolvedRun } from '../../plan/resolved-plan.js';
import { runSteps } from '../../plan/run-steps.js';
import { exerciseText, liftTitle, runTitle, warmupText } from '../activity-text.js';
import type { Emitter } from '../emitters.js';
import { dayUids, planKey } from '../ics/event-uid.js';
import { crossIntervalsType, crossTitle, type CrossSession } from '../fit/cross-sport.js';
import { workoutText } from './workout-text.js';

export interface IntervalsEvent {
    category: 'WORKOUT' | 'RACE_A' | 'RACE_B' | 'RACE_C';
    start_date_local: string;
    type: string;
    name: string;
    description: string;
    external_id: string;
}

type Scheduled = ResolvedRun | ResolvedLift | CrossSession;

export const intervalsEmitter: Emitter = {
    format: 'intervals',
    extension: '.json',
    mediaType: 'application/json',
    emit: ({ plan }) => `${JSON.stringify(planToIntervals(plan), null, 2)}\n`
};

export function planToIntervals(plan: ResolvedPlan): IntervalsEvent[] {
    const key = planKey(plan.name);
    return plan.days.flatMap(day => {
        const scheduled = day.activities.filter(activity => activity.type !== 'rest') as Scheduled[];
        // The calendar UIDs cover runs and lifts (and whatever else the ICS lists).
        const uids = dayUids(key, day, scheduled as (ResolvedRun | ResolvedLift)[]);
        return scheduled.map((activity, i) => activityEvent(day, activity, uids[i]));
    });
}

function activityEvent(day: ResolvedDay, activity: Scheduled, uid: string): IntervalsEvent {
    const start_date_local = startDateLocal(day, activity.time);
    if (activity.type === 'lift') {
        const description = liftDescription(activity);
        return { category: 'WORKOUT', start_date_local, type: 'WeightTraining', name: liftTitle(activity), description, external_id: uid };
    }
    if (activity.type === 'cross') {
        const description = described(activity.note, activity.steps ?? runSteps(activity.amount));
        return { category: 'WORKOUT', start_date_local, type: crossIntervalsType(activity.kind), name: crossTitle(activity), description, external_id: uid };
    }
    const category = activity.race ? (`RACE_${activity.race.priority}` as const) : 'WORKOUT';
    // A race's run carries the race's name as its note; the name is already the title.
    const description = described(activity.race ? `Priority ${activity.race.priority} race` : activity.note, activity.steps);
    return { category, start_date_local, type: 'Run', name: runTitle(activity), description, external_id: uid };
}

/** "2027-01-05T00:00:00", or with the activity's `at` time "2027-01-05T18:00:00". */
function startDateLocal(day: ResolvedDay, time: number | undefined): string {
    const minutes = time ?? 0;
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${day.date.toString()}T${hh}:${mm}:00`;
}

/** The coach's note first, then the workout text intervals.icu turns into steps. */
function described(note: string | undefined, steps: Parameters<typeof workoutText>[0]): string {
    return [note, workoutText(steps)].filter(part => part !== undefined && part !== '').join('\n\n');
}

function liftDescription(lift: ResolvedLift): string {
    // `lift SESSION "note"` (language version 2) leads, like a run's note.
    const note = (lift as ResolvedLift & { note?: string }).note;
    const lines = note !== undefined ? [note, ''] : [];
    if (lift.warmup) lines.push(`Warm-up ${warmupText(lift.warmup)}`);
    lines.push(...lift.exercises.map((exercise, position) => `${position + 1}. ${exerciseText(exercise)}`));
    return lines.join('\n');
}
