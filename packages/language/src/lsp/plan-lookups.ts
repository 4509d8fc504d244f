// Finding a source place in the resolved plan: every element there points back at the node
// that made it, so the editor asks "which days did this line schedule?" instead of working
// the calendar out again.

import type * as ast from '../generated/ast.js';
import type { ResolvedDay, ResolvedExercise, ResolvedLift, ResolvedPlan } from '../plan/resolved-plan.js';

/** The days a day line scheduled, in date order. */
export function scheduledDaysOf(plan: ResolvedPlan, line: ast.DayLine): ResolvedDay[] {
    return plan.days.filter(day => day.source === line);
}

/** Every scheduled occurrence of one `lift` activity, with its day. */
export function scheduledLiftsOf(plan: ResolvedPlan, node: ast.LiftActivity): Array<{ day: ResolvedDay; lift: ResolvedLift }> {
    return plan.days.flatMap(day => day.activities
        .filter((activity): activity is ResolvedLift => activity.type === 'lift' && activity.node === node)
        .map(lift => ({ day, lift })));
}

/** Every week's resolution of one exercise line, in date order, wherever the plan lifts its session. */
export function resolvedExercisesOf(plan: ResolvedPlan, line: ast.ExerciseLine): Array<{ day: ResolvedDay; exercise: ResolvedExercise }> {
    return plan.days.flatMap(day => day.activities.flatMap(activity => activity.type === 'lift'
        ? activity.exercises.filter(exercise => exercise.node === line).map(exercise => ({ day, exercise }))
        : []));
}
