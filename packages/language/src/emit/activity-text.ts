// How the readable build formats (ics, html, md) put an activity into words. One wording
// for all three, so that a coach reads "Back squat 4×5 @ 90kg" in the calendar app, on the
// printout and in the repository alike. Only plain text here; each format escapes it.

import { formatDuration } from '../model/quantities.js';
import { isQualityRun } from '../model/vocabulary.js';

export { isQualityRun };
import type {
    ResolvedActivity, ResolvedCross, ResolvedExercise, ResolvedLift, ResolvedLoad, ResolvedPlan, ResolvedRun, ResolvedWarmup
} from '../plan/resolved-plan.js';

/** What a calendar shows: every activity but `rest`. A cross session is shown like a run. */
export type ScheduledActivity = ResolvedRun | ResolvedCross | ResolvedLift;

/** An endurance activity: a run or a cross session. */
export type EnduranceActivity = ResolvedRun | ResolvedCross;

/** What kind of event an activity is on the calendar: the word every format labels it with. */
export type ActivityCategory = 'Lift' | 'Run' | 'Quality run' | 'Race';

export function activityCategory(plan: ResolvedPlan, activity: ScheduledActivity): ActivityCategory {
    if (activity.type === 'lift') return 'Lift';
    if (activity.type === 'run' && activity.race) return 'Race';
    return isQualityRun(plan, activity) ? 'Quality run' : 'Run';
}


/** "Intervals 6x800m", "Easy", "Cross · Bike 45min", or the race's name for the automatic race-day run. */
export function runTitle(run: EnduranceActivity): string {
    if (run.type === 'run' && run.race) return run.race.name;
    if (run.type === 'cross') return `Cross · ${capitalized(run.kind)}${run.amount !== undefined ? ` ${run.amount}` : ''}`;
    const kind = `${run.kind[0].toUpperCase()}${run.kind.slice(1)}`;
    return run.amount !== undefined ? `${kind} ${run.amount}` : kind;
}

/** "StrengthA (heavy)". */
export function liftTitle(lift: ResolvedLift): string {
    return `${lift.session} (${lift.intensity})`;
}

/** The short line a calendar shows: "Lift · StrengthA (heavy)", "Run · Intervals 6x800m", "Race · City Marathon". */
export function activitySummary(activity: ScheduledActivity): string {
    if (activity.type === 'lift') return `Lift · ${liftTitle(activity)}`;
    if (activity.type === 'cross') return runTitle(activity);
    return `${activity.race ? 'Race' : 'Run'} · ${runTitle(activity)}`;
}

function capitalized(word: string): string {
    return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
}

/** "90kg (75% of max)", "bodyweight". */
export function loadText(load: ResolvedLoad): string {
    if (load.unit === 'bw') return 'bodyweight';
    const percent = load.percent !== undefined ? ` (${load.percent}% of max)` : '';
    return `${load.value}${load.unit}${percent}`;
}

/** "4×5", "3×6 each side", "3×30s": the sets and what each set is. */
export function schemeText(exercise: ResolvedExercise): string {
    const perSet = exercise.hold !== undefined ? formatDuration(exercise.hold) : `${exercise.reps ?? '?'}`;
    return `${exercise.sets}×${perSet}${exercise.each ? ' each side' : ''}`;
}

/** "Back squat 4×5 @ 90kg (75% of max)": what to lift, without the recovery details. */
export function exerciseWork(exercise: ResolvedExercise): string {
    const load = exercise.load ? ` @ ${loadText(exercise.load)}` : exercise.missingMax ? ' @ ? (no max given)' : '';
    return `${exercise.name} ${schemeText(exercise)}${load}`;
}

/** "Back squat 4×5 @ 90kg": the work alone, short enough for a calendar cell. */
export function exerciseBrief(exercise: ResolvedExercise): string {
    const load = exercise.load ? ` @ ${exercise.load.unit === 'bw' ? 'bw' : `${exercise.load.value}${exercise.load.unit}`}` : '';
    return `${exercise.name} ${schemeText(exercise).replace(' each side', ' each')}${load}`;
}

/** "rest 2min · RIR 2": how to pace the sets; empty when the line says nothing about it. */
export function exercisePacing(exercise: ResolvedExercise): string {
    const parts: string[] = [];
    if (exercise.rest !== undefined) parts.push(`rest ${formatDuration(exercise.rest)}`);
    if (exercise.rir !== undefined) parts.push(`RIR ${exercise.rir}`);
    if (exercise.rpe !== undefined) parts.push(`RPE ${exercise.rpe}`);
    return parts.join(' · ');
}

/** The whole prescription of one exercise line for its week. */
export function exerciseText(exercise: ResolvedExercise): string {
    const pacing = exercisePacing(exercise);
    return pacing ? `${exerciseWork(exercise)} · ${pacing}` : exerciseWork(exercise);
}

/** "Standard: rower 10min, mobility 6min (leg swings, hip circles)". */
export function warmupText(warmup: ResolvedWarmup): string {
    const parts: string[] = [];
    if (warmup.cardio !== undefined) parts.push(`${warmup.cardioKind ?? 'cardio'} ${formatDuration(warmup.cardio)}`);
    if (warmup.mobility !== undefined) {
        parts.push(`mobility ${formatDuration(warmup.mobility)}${warmup.mobilityNote ? ` (${warmup.mobilityNote})` : ''}`);
    }
    return parts.length > 0 ? `${warmup.name}: ${parts.join(', ')}` : warmup.name;
}

/** Activities that become calendar entries: every run and lift, never `rest`. */
export function scheduledActivities(activities: readonly ResolvedActivity[]): ScheduledActivity[] {
    return activities.filter((activity): activity is ScheduledActivity => activity.type !== 'rest');
}
