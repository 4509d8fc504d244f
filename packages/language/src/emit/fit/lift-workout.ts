// A lift as a FIT strength workout: the warm-up as a timed cardio step and a timed
// mobility step, then per exercise its sets — a step of REPS reps (or a timed hold) with the
// week's load, followed by its rest — as a repeat block of SETS rounds. The rest after the
// last set is included, as the plan's `rest` says; no `rest`, no rest step.

import { AstUtils } from 'langium';
import { FIT_EXERCISES } from '../../builtin/fit-exercises.js';
import { isBuiltinLibrary } from '../../builtin/builtin-library.js';
import type { ResolvedExercise, ResolvedLift, ResolvedLoad, ResolvedWarmup } from '../../plan/resolved-plan.js';
import { fitText, repeatStep, type FitStep } from './workout-steps.js';

const KG_PER_LB = 0.45359237;

/** Ranges and notes of language version 2, read where the resolved plan has them. */
type ExerciseLine = ResolvedExercise & { repsMax?: number; rirMax?: number; rpeMax?: number; note?: string };

export function liftWorkoutSteps(lift: ResolvedLift): FitStep[] {
    const steps: FitStep[] = lift.warmup ? warmupSteps(lift.warmup) : [];
    for (const exercise of lift.exercises) steps.push(...exerciseSteps(exercise, steps.length));
    return steps;
}

function warmupSteps(warmup: ResolvedWarmup): FitStep[] {
    const steps: FitStep[] = [];
    if (warmup.cardio !== undefined) {
        steps.push({
            wktStepName: fitText(`Warm-up: ${warmup.cardioKind ?? 'cardio'}`),
            durationType: 'time', durationValue: warmup.cardio * 1000, targetType: 'open', intensity: 'warmup',
            exerciseCategory: 'cardio'
        });
    }
    if (warmup.mobility !== undefined) {
        steps.push({
            wktStepName: 'Warm-up: mobility',
            durationType: 'time', durationValue: warmup.mobility * 1000, targetType: 'open', intensity: 'warmup',
            exerciseCategory: 'warmUp',
            ...(warmup.mobilityNote !== undefined ? { notes: fitText(warmup.mobilityNote) } : {})
        });
    }
    return steps;
}

/** The set (and its rest) once, then a repeat step for the other sets. */
function exerciseSteps(exercise: ResolvedExercise, firstIndex: number): FitStep[] {
    const steps = [setStep(exercise)];
    if (exercise.rest !== undefined) {
        steps.push({ wktStepName: 'Rest', durationType: 'time', durationValue: exercise.rest * 1000, targetType: 'open', intensity: 'rest' });
    }
    if (exercise.sets > 1) steps.push(repeatStep(firstIndex, exercise.sets));
    return steps;
}

function setStep(exercise: ResolvedExercise): FitStep {
    const notes = setNotes(exercise);
    return {
        wktStepName: fitText(exercise.each ? `${exercise.name} (each side)` : exercise.name),
        ...setLength(exercise),
        targetType: 'open',
        intensity: 'active',
        ...watchExercise(exercise),
        ...weight(exercise.load),
        ...(notes ? { notes: fitText(notes) } : {})
    };
}

/** REPS reps (the high end of a range), or a timed hold. */
function setLength(exercise: ResolvedExercise): Pick<FitStep, 'durationType' | 'durationValue'> {
    if (exercise.hold !== undefined) return { durationType: 'time', durationValue: exercise.hold * 1000 };
    const reps = (exercise as ExerciseLine).repsMax ?? exercise.reps;
    return reps !== undefined ? { durationType: 'reps', durationValue: reps } : { durationType: 'open' };
}

/** Category and name for built-in exercises; others have only their display name. */
function watchExercise(exercise: ResolvedExercise): Pick<FitStep, 'exerciseCategory' | 'exerciseName'> {
    const mapped = FIT_EXERCISES[exercise.exercise];
    const builtin = exercise.definition === undefined || isBuiltinLibrary(AstUtils.getDocument(exercise.definition).uri);
    return mapped && builtin ? { exerciseCategory: mapped.category, exerciseName: mapped.name } : {};
}

/** FIT stores kilograms; the display unit keeps the athlete's. `bw` carries no weight. */
function weight(load: ResolvedLoad | undefined): Pick<FitStep, 'exerciseWeight' | 'weightDisplayUnit'> {
    if (load === undefined || load.unit === 'bw') return {};
    if (load.unit === 'lb') return { exerciseWeight: load.value * KG_PER_LB, weightDisplayUnit: 'pound' };
    return { exerciseWeight: load.value, weightDisplayUnit: 'kilogram' };
}

/** "RIR 1-2 · pause at the bottom": effort and the coach's note, where the watch shows notes. */
export function setNotes(exercise: ExerciseLine): string {
    const parts: string[] = [];
    if (exercise.hold === undefined && exercise.repsMax !== undefined) parts.push(`${exercise.reps}-${exercise.repsMax} reps`);
    if (exercise.rir !== undefined) parts.push(`RIR ${range(exercise.rir, exercise.rirMax)}`);
    if (exercise.rpe !== undefined) parts.push(`RPE ${range(exercise.rpe, exercise.rpeMax)}`);
    if (exercise.note !== undefined) parts.push(exercise.note);
    return parts.join(' · ');
}

function range(low: number, high: number | undefined): string {
    return high === undefined ? `${low}` : `${low}-${high}`;
}
