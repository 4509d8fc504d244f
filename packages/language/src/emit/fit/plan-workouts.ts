// Every scheduled run, cross session and lift of a plan as a FIT workout, named
// `YYYY-MM-DD-N-slug.fit`: N the activity's place in its day (from 1, after `at` times),
// the slug its run kind, cross kind or session name in lower-case ASCII. Rest days have none.

import type { ResolvedActivity, ResolvedLift, ResolvedPlan, ResolvedRun } from '../../plan/resolved-plan.js';
import { runSteps } from '../../plan/run-steps.js';
import { runTitle } from '../activity-text.js';
import { liftWorkoutSteps } from './lift-workout.js';
import { runWorkoutSteps } from './run-workout.js';
import { crossSport, crossTitle, type CrossSession } from './cross-sport.js';
import { fitText, type FitWorkout } from './workout-steps.js';

export function planWorkouts(plan: ResolvedPlan): FitWorkout[] {
    const workouts: FitWorkout[] = [];
    for (const day of plan.days) {
        const scheduled = day.activities.filter(activity => activity.type !== 'rest');
        scheduled.forEach((activity, position) => {
            const prefix = `${day.date.toString()}-${position + 1}`;
            workouts.push(activityWorkout(activity, prefix));
        });
    }
    return workouts;
}

function activityWorkout(activity: ResolvedActivity | CrossSession, prefix: string): FitWorkout {
    if (activity.type === 'lift') return liftWorkout(activity, prefix);
    if (activity.type === 'cross') return crossWorkout(activity, prefix);
    return runWorkout(activity as ResolvedRun, prefix);
}

function runWorkout(run: ResolvedRun, prefix: string): FitWorkout {
    return {
        fileName: `${prefix}-${slug(run.kind)}.fit`,
        wktName: fitText(runTitle(run)),
        sport: 'running',
        subSport: 'generic',
        // A race's run carries the race's name as its note; the workout is already named so.
        steps: runWorkoutSteps(run.steps, run.race ? { workName: 'Race' } : { note: run.note })
    };
}

function liftWorkout(lift: ResolvedLift, prefix: string): FitWorkout {
    // `lift SESSION "note"` (language version 2).
    const note = (lift as ResolvedLift & { note?: string }).note;
    return {
        fileName: `${prefix}-${slug(lift.session)}.fit`,
        wktName: fitText(lift.session),
        ...(note !== undefined ? { wktDescription: fitText(note) } : {}),
        sport: 'training',
        subSport: 'strengthTraining',
        steps: liftWorkoutSteps(lift)
    };
}

function crossWorkout(cross: CrossSession, prefix: string): FitWorkout {
    const steps = cross.steps ?? runSteps(cross.amount);
    return {
        fileName: `${prefix}-${slug(cross.kind)}.fit`,
        wktName: fitText(crossTitle(cross)),
        ...crossSport(cross.kind),
        steps: runWorkoutSteps(steps, { note: cross.note, workName: capitalised(cross.kind) })
    };
}

function capitalised(word: string): string {
    return `${word[0].toUpperCase()}${word.slice(1)}`;
}

/** "StrengthA" → "strengtha", "Força-Já" → "forca-ja". */
export function slug(name: string): string {
    const ascii = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return ascii || 'workout';
}
