// A run as a watch would run it (docs/language.md, "Structured runs"): warm-up, the main part
// with repeats expanded (each repetition followed by its recovery), cool-down. Computed once
// in the resolved plan; JSON, workout files, descriptions and hovers all read these steps.

import { MAX_RUN_REPEATS } from '../model/bounds.js';
import { parseQuantity, parseRepeat, type Quantity } from '../model/quantities.js';

/** A pace in seconds per km or mile (`from` the faster end), or a heart-rate zone 1–5. */
export type StepTarget =
    | { pace: { from: number; to: number; per: 'km' | 'mi' } }
    | { zone: number };

/** How long a part lasts: seconds or whole metres. */
export type StepLength = { seconds: number } | { metres: number };

export interface RunStep {
    kind: 'warmup' | 'work' | 'recovery' | 'cooldown';
    /** Neither seconds nor metres: a run with no amount, or a race without a distance. */
    seconds?: number;
    metres?: number;
    target?: StepTarget;
}

/** The structure written on a run; every part optional (a version 1 run has none). */
export interface RunStructure {
    target?: StepTarget;
    recovery?: StepLength;
    warmup?: StepLength;
    cooldown?: StepLength;
}

/** The steps of a run of AMOUNT (a duration, a distance, a repeat, or nothing). */
export function runSteps(amount: string | undefined, structure: RunStructure = {}): RunStep[] {
    const steps: RunStep[] = [];
    if (structure.warmup) steps.push({ kind: 'warmup', ...structure.warmup });
    steps.push(...mainPart(amount, structure));
    if (structure.cooldown) steps.push({ kind: 'cooldown', ...structure.cooldown });
    return steps;
}

function mainPart(amount: string | undefined, structure: RunStructure): RunStep[] {
    const target = structure.target ? { target: structure.target } : {};
    const repeat = amount === undefined ? undefined : parseRepeat(amount);
    // Past the bound the plan has an error at the amount (syntax) and is never built; the
    // calendar that the checks read keeps the run as one step rather than expand it.
    if (repeat?.each && repeat.count <= MAX_RUN_REPEATS) {
        const work: RunStep = { kind: 'work', ...lengthOf(repeat.each), ...target };
        const steps: RunStep[] = [];
        for (let i = 0; i < repeat.count; i++) {
            steps.push({ ...work });
            if (structure.recovery) steps.push({ kind: 'recovery', ...structure.recovery });
        }
        return steps;
    }
    if (repeat) return [{ kind: 'work', ...target }];
    const quantity = amount === undefined ? undefined : parseQuantity(amount);
    return [{ kind: 'work', ...(quantity ? lengthOf(quantity) : {}), ...target }];
}

/** Seconds or whole metres of a duration or distance quantity; nothing for a load. */
export function lengthOf(quantity: Quantity): StepLength | Record<string, never> {
    if (quantity.kind === 'duration') return { seconds: quantity.seconds };
    if (quantity.kind === 'distance') return { metres: Math.round(quantity.meters) };
    return {};
}
