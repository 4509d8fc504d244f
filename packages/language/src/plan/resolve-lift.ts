// Resolving a `lift SESSION` for one week of its phase: the session's warm-up, and each
// exercise line with its load for that week (progression applied, `%` through the
// athlete's max, rounded to 0.5 kg or 1 lb).

import * as ast from '../generated/ast.js';
import { sessionIntensity } from '../model/vocabulary.js';
import { parseTime } from '../model/calendar-values.js';
import { KG_PER_LB, parseDuration, parseQuantity, parseRepeat, parseStep, roundLoad } from '../model/quantities.js';
import type { ResolvedAthlete, ResolvedExercise, ResolvedLift, ResolvedLoad, ResolvedWarmup } from './resolved-plan.js';

export function resolveLift(node: ast.LiftActivity, index: number, weekOfPhase: number, athlete: ResolvedAthlete): ResolvedLift {
    // References and values may be missing in a half-typed file: resolve what is there.
    const session = node.session?.ref;
    return {
        type: 'lift',
        session: node.session?.$refText ?? '',
        intensity: sessionIntensity(session?.intensity),
        warmup: session?.warmup?.ref ? resolveWarmup(session.warmup.ref) : undefined,
        exercises: session ? session.exercises.map(line => resolveExercise(line, weekOfPhase, athlete)) : [],
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

export function resolveExercise(line: ast.ExerciseLine, weekOfPhase: number, athlete: ResolvedAthlete): ResolvedExercise {
    const repeat = line.scheme ? parseRepeat(line.scheme) : undefined;
    const definition = line.exercise?.ref;
    const effort = (measure: 'rir' | 'rpe') => line.efforts.find(option => option.measure === measure)?.value;
    const rest = line.rests[0] ? parseDuration(line.rests[0].duration) : undefined;
    const { load, startLoad, missingMax } = resolveLoad(line, weekOfPhase, athlete);
    return {
        exercise: line.exercise?.$refText ?? '',
        name: definition?.displayName ?? line.exercise?.$refText ?? '',
        sets: repeat?.count ?? 0,
        reps: repeat?.reps,
        hold: repeat?.each?.kind === 'duration' ? repeat.each.seconds : undefined,
        each: line.each,
        load,
        startLoad,
        missingMax,
        rest,
        rir: effort('rir'),
        rpe: effort('rpe'),
        node: line,
        definition
    };
}

function resolveLoad(line: ast.ExerciseLine, weekOfPhase: number, athlete: ResolvedAthlete): { load?: ResolvedLoad; startLoad?: ResolvedLoad; missingMax: boolean } {
    const text = line.loads[0]?.value;
    if (text === undefined) return { missingMax: false };
    if (text === 'bw') return { load: { unit: 'bw' }, startLoad: { unit: 'bw' }, missingMax: false };
    const quantity = parseQuantity(text);
    if (quantity?.kind !== 'load') return { missingMax: false };
    let base: { value: number; unit: 'kg' | 'lb' };
    let percent: number | undefined;
    if (quantity.unit === '%') {
        const max = athlete.maxes.get(line.exercise?.$refText ?? '');
        if (!max) return { missingMax: true };
        base = { value: max.value * quantity.value / 100, unit: max.unit };
        percent = quantity.value;
    } else {
        base = { value: quantity.value, unit: quantity.unit };
    }
    const value = base.value + (weekOfPhase - 1) * stepIn(base, line.progressions[0]?.step);
    const withPercent = percent !== undefined ? { percent } : {};
    return {
        load: { value: roundLoad(value, base.unit), unit: base.unit, ...withPercent },
        startLoad: { value: roundLoad(base.value, base.unit), unit: base.unit, ...withPercent },
        missingMax: false
    };
}

/** The weekly increment in the load's own unit; a `%` step is of the first week's load. */
function stepIn(base: { value: number; unit: 'kg' | 'lb' }, text: string | undefined): number {
    const step = text ? parseStep(text) : undefined;
    if (!step) return 0;
    if (step.unit === '%') return base.value * step.value / 100;
    if (step.unit === base.unit) return step.value;
    return step.unit === 'lb' ? step.value * KG_PER_LB : step.value / KG_PER_LB;
}
