// The resolved plan as the JSON document of docs/language.md ("lift build --format json").

import { formatTime } from '../../model/calendar-values.js';
import type { ResolvedActivity, ResolvedExercise, ResolvedLoad, ResolvedPlan, ResolvedRun, ResolvedWarmup } from '../../plan/resolved-plan.js';
import type { RunStep } from '../../plan/run-steps.js';
import type { PlanJson } from './plan-schema.js';

type ActivityJson = PlanJson['days'][number]['activities'][number];

export function planToJson(plan: ResolvedPlan): PlanJson {
    return {
        plan: plan.name,
        athlete: {
            ...(plan.athlete.name !== undefined ? { name: plan.athlete.name } : {}),
            level: plan.athlete.level,
            ...(plan.athlete.runningSince ? { runningSince: plan.athlete.runningSince.toString() } : {}),
            ...(plan.athlete.liftingSince ? { liftingSince: plan.athlete.liftingSince.toString() } : {})
        },
        start: plan.start.toString(),
        end: plan.end.toString(),
        ...(plan.timezone ? { timezone: plan.timezone } : {}),
        races: plan.races.map(race => ({
            name: race.name, date: race.date.toString(), priority: race.priority,
            ...(race.time !== undefined ? { at: formatTime(race.time) } : {}),
            ...(race.distance ? { distance: race.distance.metres } : {})
        })),
        phases: plan.phases.map(phase => ({
            name: phase.name, focus: phase.focus, start: phase.start.toString(), end: phase.end.toString(), weeks: phase.weeks,
            ...(phase.deloadWeeks.length > 0 ? { deloadWeeks: phase.deloadWeeks } : {})
        })),
        days: plan.days.map(day => ({
            date: day.date.toString(),
            weekday: day.weekday,
            week: day.week,
            phase: day.phase.name,
            activities: day.activities.map(activityToJson)
        }))
    };
}

function activityToJson(activity: ResolvedActivity): ActivityJson {
    const at = activity.time !== undefined ? { at: formatTime(activity.time) } : {};
    const note = activity.type !== 'run' || !activity.race ? optional('note', activity.note) : {};
    switch (activity.type) {
        case 'rest':
            return { type: 'rest', ...note };
        case 'run':
            return runToJson(activity, note, at);
        case 'cross':
            return {
                type: 'cross',
                kind: activity.kind,
                ...optional('amount', activity.amount),
                quality: activity.quality,
                ...note,
                ...at
            };
        case 'lift':
            return {
                type: 'lift',
                session: activity.session,
                intensity: activity.intensity,
                ...note,
                ...at,
                ...(activity.warmup ? { warmup: warmupToJson(activity.warmup) } : {}),
                exercises: activity.exercises.map(exerciseToJson)
            };
    }
}

function runToJson(run: ResolvedRun, note: { note?: string }, at: { at?: string }): ActivityJson {
    return {
        type: 'run',
        kind: run.kind,
        ...optional('amount', run.amount),
        quality: run.quality,
        ...note,
        ...(run.race ? { race: run.race.name } : {}),
        ...at,
        ...optional('target', run.target),
        ...optional('recovery', run.recovery),
        ...optional('warmup', run.warmup),
        ...optional('cooldown', run.cooldown),
        steps: run.steps.map(stepToJson)
    };
}

function stepToJson(step: RunStep): RunStep {
    return {
        kind: step.kind,
        ...optional('seconds', step.seconds),
        ...optional('metres', step.metres),
        ...optional('target', step.target)
    };
}

/** `{ [key]: value }` when the value is given, else nothing: JSON leaves absent fields out. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: V };
}

function warmupToJson(warmup: ResolvedWarmup) {
    return {
        name: warmup.name,
        ...(warmup.cardio !== undefined ? { cardio: warmup.cardio } : {}),
        ...(warmup.cardioKind !== undefined ? { cardioKind: warmup.cardioKind } : {}),
        ...(warmup.mobility !== undefined ? { mobility: warmup.mobility } : {}),
        ...(warmup.mobilityNote !== undefined ? { mobilityNote: warmup.mobilityNote } : {})
    };
}

function exerciseToJson(exercise: ResolvedExercise) {
    return {
        exercise: exercise.exercise,
        name: exercise.name,
        sets: exercise.sets,
        ...(exercise.reps !== undefined ? { reps: exercise.reps } : {}),
        ...optional('repsMax', exercise.repsMax),
        ...(exercise.hold !== undefined ? { hold: exercise.hold } : {}),
        ...(exercise.each ? { each: true } : {}),
        ...(exercise.load ? { load: loadToJson(exercise.load) } : {}),
        ...(exercise.rest !== undefined ? { rest: exercise.rest } : {}),
        ...(exercise.rir !== undefined ? { rir: exercise.rir } : {}),
        ...optional('rirMax', exercise.rirMax),
        ...(exercise.rpe !== undefined ? { rpe: exercise.rpe } : {}),
        ...optional('rpeMax', exercise.rpeMax),
        ...optional('note', exercise.note)
    };
}

function loadToJson(load: ResolvedLoad) {
    if (load.unit === 'bw') return { unit: load.unit };
    return { value: load.value, unit: load.unit, ...optional('percent', load.percent), ...optional('ofMax', load.ofMax) };
}
