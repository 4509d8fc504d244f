// A run as a FIT running workout (docs/language.md, "Workout files"): warm-up, the main part —
// a repeat block when the steps are repetitions — and cool-down, each step timed or
// measured, with a speed range for a pace target or a heart-rate zone.

import type { RunStep, StepTarget } from '../../plan/run-steps.js';
import { fitText, withRepeats, type FitStep } from './workout-steps.js';

const METRES_PER: Record<'km' | 'mi', number> = { km: 1000, mi: 1609.344 };

const STEP_NAMES: Record<Exclude<RunStep['kind'], 'work'>, string> = { warmup: 'Warm-up', recovery: 'Recovery', cooldown: 'Cool-down' };

const INTENSITIES: Record<RunStep['kind'], FitStep['intensity']> = {
    warmup: 'warmup', work: 'active', recovery: 'recovery', cooldown: 'cooldown'
};

export interface RunWorkoutOptions {
    /** The coach's note, shown with the work. */
    note?: string;
    /** What the work step is called on the watch: "Run", "Race", "Bike". */
    workName?: string;
}

/** The workout steps of a run or a timed/measured endurance session, repeats folded. */
export function runWorkoutSteps(steps: readonly RunStep[], { note, workName = 'Run' }: RunWorkoutOptions = {}): FitStep[] {
    const fitSteps = steps.map(step => runStep(step, workName));
    const start = steps.findIndex(step => step.kind !== 'warmup');
    const end = lastIndexWhere(steps, step => step.kind !== 'cooldown');
    const folded = start < 0
        ? fitSteps
        : [...fitSteps.slice(0, start), ...withRepeats(fitSteps.slice(start, end + 1), start), ...fitSteps.slice(end + 1)];
    // The coach's note belongs with the work, where the runner looks at it.
    const work = folded.find(step => step.intensity === 'active' && step.durationType !== 'repeatUntilStepsCmplt');
    if (work && note !== undefined) work.notes = fitText(note);
    return folded;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
    for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
    return -1;
}

function runStep(step: RunStep, workName: string): FitStep {
    return {
        wktStepName: step.kind === 'work' ? fitText(workName) : STEP_NAMES[step.kind],
        ...stepLength(step),
        ...stepTarget(step.target),
        intensity: INTENSITIES[step.kind]
    };
}

function stepLength(step: RunStep): Pick<FitStep, 'durationType' | 'durationValue'> {
    if (step.seconds !== undefined) return { durationType: 'time', durationValue: step.seconds * 1000 };
    if (step.metres !== undefined) return { durationType: 'distance', durationValue: step.metres * 100 };
    return { durationType: 'open' };
}

function stepTarget(target: StepTarget | undefined): Pick<FitStep, 'targetType' | 'targetValue' | 'customTargetValueLow' | 'customTargetValueHigh'> {
    if (target === undefined) return { targetType: 'open' };
    if ('zone' in target) return { targetType: 'heartRate', targetValue: target.zone };
    const { from, to, per } = target.pace;
    return {
        targetType: 'speed',
        targetValue: 0,
        customTargetValueLow: speedOf(to, per),
        customTargetValueHigh: speedOf(from, per)
    };
}

/** Millimetres per second of a pace in seconds per km or mile. */
export function speedOf(secondsPer: number, per: 'km' | 'mi'): number {
    return Math.round((METRES_PER[per] * 1000) / secondsPer);
}
