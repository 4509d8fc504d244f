// How heavy a resolved load is for the athlete: its share of the athlete's one-rep max for
// that exercise. The rules judge the prescription, so they take the load before rounding
// (the plates a coach cannot change should not tip a load over a threshold).

import { convertLoad } from '../../model/quantities.js';
import type { ResolvedExercise, ResolvedPlan } from '../../plan/resolved-plan.js';

export interface ShareOfMax {
    /** The week's load before rounding, as a percentage of the max. */
    percent: number;
    /** The max as the athlete block writes it ("120kg"). */
    max: string;
}

/** This week's load of the exercise as a share of the athlete's max; undefined without both. */
export function shareOfMax(plan: ResolvedPlan, exercise: ResolvedExercise): ShareOfMax | undefined {
    const load = exercise.load;
    const max = plan.athlete.maxes.get(exercise.exercise);
    if (!load || load.unit === 'bw' || !max || max.value <= 0) return undefined;
    return { percent: 100 * load.exact / convertLoad(max.value, max.unit, load.unit), max: `${max.value}${max.unit}` };
}

/** "82", "79.5": a percentage as messages write it (one decimal at most). */
export function formatPercent(percent: number): string {
    return String(Math.round(percent * 10) / 10);
}
