// The resolved plan as the JSON document of LANGUAGE.md ("lift build --format json").

import { formatTime } from '../../model/calendar-values.js';
import type { ResolvedActivity, ResolvedExercise, ResolvedPlan, ResolvedWarmup } from '../../plan/resolved-plan.js';
import type { PlanJson } from './plan-schema.js';

type ActivityJson = PlanJson['days'][number]['activities'][number];

export function planToJson(plan: ResolvedPlan): PlanJson {
    return {
        plan: plan.name,
        athlete: {
            ...(plan.athlete.name !== undefined ? { name: plan.athlete.name } : {}),
            level: plan.athlete.level,
            ...(plan.athlete.runningSince ? { runningSince: plan.athlete.runningSince.toString() } : {})
        },
        start: plan.start.toString(),
        end: plan.end.toString(),
        ...(plan.timezone ? { timezone: plan.timezone } : {}),
        races: plan.races.map(race => ({ name: race.name, date: race.date.toString(), priority: race.priority })),
        phases: plan.phases.map(phase => ({
            name: phase.name, focus: phase.focus, start: phase.start.toString(), end: phase.end.toString(), weeks: phase.weeks
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
    switch (activity.type) {
        case 'rest':
            return { type: 'rest' };
        case 'run':
            return {
                type: 'run',
                kind: activity.kind,
                ...(activity.amount !== undefined ? { amount: activity.amount } : {}),
                ...(activity.note !== undefined && !activity.race ? { note: activity.note } : {}),
                ...(activity.race ? { race: activity.race.name } : {}),
                ...at
            };
        case 'lift':
            return {
                type: 'lift',
                session: activity.session,
                intensity: activity.intensity,
                ...at,
                ...(activity.warmup ? { warmup: warmupToJson(activity.warmup) } : {}),
                exercises: activity.exercises.map(exerciseToJson)
            };
    }
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
        ...(exercise.hold !== undefined ? { hold: exercise.hold } : {}),
        ...(exercise.each ? { each: true } : {}),
        ...(exercise.load ? { load: exercise.load } : {}),
        ...(exercise.rest !== undefined ? { rest: exercise.rest } : {}),
        ...(exercise.rir !== undefined ? { rir: exercise.rir } : {}),
        ...(exercise.rpe !== undefined ? { rpe: exercise.rpe } : {})
    };
}
