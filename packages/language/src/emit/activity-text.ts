// How the readable build formats (ics, html, md) put an activity into words. One wording
// for all three, so that a coach reads "Back squat 4×5 @ 90kg" in the calendar app, on the
// printout and in the repository alike. Only plain text here; each format escapes it.

import { formatTime } from '../model/calendar-values.js';
import { formatDuration } from '../model/quantities.js';
import { isQualityRun } from '../model/vocabulary.js';
import type { RunStep, StepLength, StepTarget } from '../plan/run-steps.js';

export { isQualityRun };
import type {
    ResolvedActivity, ResolvedCross, ResolvedExercise, ResolvedLift, ResolvedLoad, ResolvedPlan, ResolvedRace, ResolvedRun, ResolvedWarmup
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

/**
 * "100kg (83% of max)", "bodyweight": this week's load in the athlete's unit and the share of
 * the max it really is. Never the written week-1 percentage: beside a progressed load it lies.
 */
export function loadText(load: ResolvedLoad): string {
    if (load.unit === 'bw') return 'bodyweight';
    const ofMax = load.ofMax !== undefined ? ` (${Math.round(load.ofMax)}% of max)` : '';
    return `${load.value}${load.unit}${ofMax}`;
}

/** "4", "4–6": a value, or a range when the line gives its high end. */
export function rangeText(low: number, high: number | undefined): string {
    return high !== undefined && high !== low ? `${low}–${high}` : `${low}`;
}

/** "4×5", "3×4–6", "3×6 each side", "3×30s": the sets and what each set is. */
export function schemeText(exercise: ResolvedExercise): string {
    const perSet = exercise.hold !== undefined ? formatDuration(exercise.hold)
        : exercise.reps !== undefined ? rangeText(exercise.reps, exercise.repsMax) : '?';
    return `${exercise.sets}×${perSet}${exercise.each ? ' each side' : ''}`;
}

/** "Back squat 4×5 @ 100kg (83% of max)": what to lift, without the recovery details. */
export function exerciseWork(exercise: ResolvedExercise): string {
    const load = exercise.load ? ` @ ${loadText(exercise.load)}` : exercise.missingMax ? ' @ ? (no max given)' : '';
    return `${exercise.name} ${schemeText(exercise)}${load}`;
}

/** "Back squat 4×5 @ 100kg (83% of max)": the work alone, short enough for a calendar cell. */
export function exerciseBrief(exercise: ResolvedExercise): string {
    const load = exercise.load ? ` @ ${exercise.load.unit === 'bw' ? 'bw' : loadText(exercise.load)}` : '';
    return `${exercise.name} ${schemeText(exercise).replace(' each side', ' each')}${load}`;
}

/** "rest 2min · RIR 2": how to pace the sets; empty when the line says nothing about it. */
export function exercisePacing(exercise: ResolvedExercise): string {
    const parts: string[] = [];
    if (exercise.rest !== undefined) parts.push(`rest ${formatDuration(exercise.rest)}`);
    if (exercise.rir !== undefined) parts.push(`RIR ${rangeText(exercise.rir, exercise.rirMax)}`);
    if (exercise.rpe !== undefined) parts.push(`RPE ${rangeText(exercise.rpe, exercise.rpeMax)}`);
    return parts.join(' · ');
}

/** The whole prescription of one exercise line for its week, its note last. */
export function exerciseText(exercise: ResolvedExercise): string {
    const pacing = exercisePacing(exercise);
    const text = pacing ? `${exerciseWork(exercise)} · ${pacing}` : exerciseWork(exercise);
    return exercise.note !== undefined ? `${text} — ${exercise.note}` : text;
}

/** "City Marathon · 08:30 · 42.195km": the race with its start time and distance when given. */
export function raceText(race: ResolvedRace): string {
    const parts = [race.name];
    if (race.time !== undefined) parts.push(formatTime(race.time));
    if (race.distance !== undefined) parts.push(race.distance.text);
    return parts.join(' · ');
}

/** "Z2", "3:50/km", "4:10–4:20/km". */
export function targetText(target: StepTarget): string {
    if ('zone' in target) return `Z${target.zone}`;
    const { from, to, per } = target.pace;
    return `${from === to ? paceText(from) : `${paceText(from)}–${paceText(to)}`}/${per}`;
}

function paceText(seconds: number): string {
    return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}

/** "800m", "5km", "15min": how long one part of a run lasts. */
function lengthText(length: StepLength | RunStep): string {
    if ('seconds' in length && length.seconds !== undefined) return formatDuration(length.seconds);
    if ('metres' in length && length.metres !== undefined) {
        return length.metres >= 1000 && length.metres % 100 === 0 ? `${length.metres / 1000}km` : `${length.metres}m`;
    }
    return '';
}

/**
 * "15min warm-up · 6×800m @ 3:50/km, 400m recovery · 10min cool-down": a structured run in
 * words, read from its resolved steps. Undefined for a run that says nothing of how it is run
 * (its title already tells it all).
 */
export function runStepsText(run: ResolvedRun): string | undefined {
    if (!run.target && !run.recovery && !run.warmup && !run.cooldown) return undefined;
    const parts: string[] = [];
    const warmup = run.steps.find(step => step.kind === 'warmup');
    if (warmup) parts.push(`${lengthText(warmup)} warm-up`);
    const work = run.steps.filter(step => step.kind === 'work');
    const recovery = run.steps.find(step => step.kind === 'recovery');
    if (work.length > 0) {
        const each = lengthText(work[0]);
        const amount = work.length > 1 ? `${work.length}×${each}` : each;
        const target = work[0].target ? `@ ${targetText(work[0].target)}` : '';
        const main = [amount, target].filter(Boolean).join(' ');
        parts.push(recovery ? `${main}, ${lengthText(recovery)} recovery` : main);
    }
    const cooldown = run.steps.find(step => step.kind === 'cooldown');
    if (cooldown) parts.push(`${lengthText(cooldown)} cool-down`);
    return parts.filter(Boolean).join(' · ');
}

/** "Week 4 · deload": a deload week says so wherever a week is named. */
export function deloadMark(deload: boolean): string {
    return deload ? ' · deload' : '';
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
