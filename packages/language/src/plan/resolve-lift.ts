// Resolving a `lift SESSION` for one week of its phase: the session's warm-up, and each
// exercise line with its load for that week (progression applied, `%` through the
// athlete's max, converted into the athlete's units, rounded to the athlete's plates).

import * as ast from '../generated/ast.js';
import { sessionIntensity } from '../model/vocabulary.js';
import { parseTime } from '../model/calendar-values.js';
import { convertLoad, parseDuration, parseQuantity, parseRepeat, parseStep, roundLoad, type ProgressStep } from '../model/quantities.js';
import type { ResolvedAthlete, ResolvedExercise, ResolvedLift, ResolvedLoad, ResolvedWarmup } from './resolved-plan.js';

/**
 * `steps` is how many progression steps this week's loads have taken (docs/language.md,
 * "Progression and deload weeks"): week K − 1 in a phase without deload weeks.
 */
export function resolveLift(node: ast.LiftActivity, index: number, steps: number, athlete: ResolvedAthlete): ResolvedLift {
    // References and values may be missing in a half-typed file: resolve what is there.
    const session = node.session?.ref;
    return {
        type: 'lift',
        session: node.session?.$refText ?? '',
        intensity: sessionIntensity(session?.intensity),
        warmup: session?.warmup?.ref ? resolveWarmup(session.warmup.ref) : undefined,
        exercises: session ? session.exercises.map(line => resolveExercise(line, steps, athlete)) : [],
        note: node.note,
        time: parseTime(node.time),
        index,
        node,
        definition: session
    };
}

export function resolveWarmup(node: ast.Warmup): ResolvedWarmup {
    const cardio = node.cardio[0];
    const mobility = node.mobility[0];
    return {
        name: node.name,
        cardio: cardio ? parseDuration(cardio.duration) : undefined,
        cardioKind: cardio?.kind,
        mobility: mobility ? parseDuration(mobility.duration) : undefined,
        mobilityNote: mobility?.note,
        node
    };
}

export function resolveExercise(line: ast.ExerciseLine, steps: number, athlete: ResolvedAthlete): ResolvedExercise {
    const repeat = line.scheme ? parseRepeat(line.scheme) : undefined;
    const definition = line.exercise?.ref;
    const effort = (measure: 'rir' | 'rpe') => line.efforts.find(option => option.measure === measure);
    const rest = line.rests[0] ? parseDuration(line.rests[0].duration) : undefined;
    const { load, startLoad, missingMax } = resolveLoad(line, steps, athlete);
    return {
        exercise: line.exercise?.$refText ?? '',
        name: definition?.displayName ?? line.exercise?.$refText ?? '',
        sets: repeat?.count ?? 0,
        reps: repeat?.reps,
        repsMax: repeat?.reps !== undefined ? line.repsMax : undefined,
        hold: repeat?.each?.kind === 'duration' ? repeat.each.seconds : undefined,
        each: line.each,
        load,
        startLoad,
        missingMax,
        rest,
        rir: effort('rir')?.value,
        rirMax: effort('rir')?.max,
        rpe: effort('rpe')?.value,
        rpeMax: effort('rpe')?.max,
        note: line.notes[0],
        node: line,
        definition
    };
}

type Kilos = { value: number; unit: 'kg' | 'lb' };

function resolveLoad(line: ast.ExerciseLine, steps: number, athlete: ResolvedAthlete): { load?: ResolvedLoad; startLoad?: ResolvedLoad; missingMax: boolean } {
    const text = line.loads[0]?.value;
    if (text === undefined) return { missingMax: false };
    if (text === 'bw') return { load: { unit: 'bw' }, startLoad: { unit: 'bw' }, missingMax: false };
    const quantity = parseQuantity(text);
    if (quantity?.kind !== 'load') return { missingMax: false };
    const max = athlete.maxes.get(line.exercise?.$refText ?? '');
    const step = line.progressions[0]?.step ? parseStep(line.progressions[0].step) : undefined;
    if (quantity.unit === '%') {
        if (!max) return { missingMax: true };
        // A `%` step on a `%` load is percentage points of the max; a kg/lb step adds weight.
        const percent = quantity.value + (step?.unit === '%' ? steps * step.value : 0);
        const value = max.value * percent / 100 + (step && step.unit !== '%' ? steps * convertLoad(step.value, step.unit, max.unit) : 0);
        return {
            load: finishLoad({ value, unit: max.unit }, athlete, max, percent),
            startLoad: finishLoad({ value: max.value * quantity.value / 100, unit: max.unit }, athlete, max, quantity.value),
            missingMax: false
        };
    }
    const base = { value: quantity.value, unit: quantity.unit };
    return {
        load: finishLoad({ value: base.value + steps * stepIn(base, step), unit: base.unit }, athlete, max),
        startLoad: finishLoad(base, athlete, max),
        missingMax: false
    };
}

/** A load in the athlete's units, rounded to the athlete's plates, with its share of the max. */
function finishLoad(load: Kilos, athlete: ResolvedAthlete, max: Kilos | undefined, percent?: number): ResolvedLoad {
    const unit = athlete.units ?? load.unit;
    const exact = convertLoad(load.value, load.unit, unit);
    // `round` counts where it is written in the unit of the load; other loads keep the default.
    const value = athlete.round?.unit === unit ? roundLoad(exact, unit, athlete.round.value) : roundLoad(exact, unit);
    const maxValue = max ? convertLoad(max.value, max.unit, unit) : undefined;
    return {
        value,
        unit,
        exact,
        ...(percent !== undefined ? { percent: Number(percent.toFixed(6)) } : {}),
        ...(maxValue ? { ofMax: Math.round(value / maxValue * 1000) / 10 } : {})
    };
}

/** The weekly increment in the load's own unit; a `%` step on a kg/lb load is of the first week's load. */
function stepIn(base: Kilos, step: ProgressStep | undefined): number {
    if (!step) return 0;
    if (step.unit === '%') return base.value * step.value / 100;
    return convertLoad(step.value, step.unit, base.unit);
}
