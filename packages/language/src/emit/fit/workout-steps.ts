// The FIT workout a scheduled activity becomes, as plain data: the workout message and its
// steps with the FIT profile's field names, enum values by name and numbers in the units
// the file stores (milliseconds, centimetres, millimetres per second). Nothing here needs
// the FIT SDK; fit-encoder.ts turns these into bytes.

import { repeatedPattern } from '../step-repeats.js';

/** One `workout_step` message. Enum fields hold the FIT profile's value names. */
export interface FitStep {
    wktStepName?: string;
    durationType: 'time' | 'distance' | 'open' | 'reps' | 'repeatUntilStepsCmplt';
    /** ms for time, cm for distance, a count for reps, the first step's index for a repeat. */
    durationValue?: number;
    targetType: 'speed' | 'heartRate' | 'open';
    /** A heart-rate zone 1–5, or the number of times a repeat runs; 0 for a custom range. */
    targetValue?: number;
    /** Custom speed range in mm/s (low the slower end). */
    customTargetValueLow?: number;
    customTargetValueHigh?: number;
    intensity: 'active' | 'rest' | 'warmup' | 'cooldown' | 'recovery' | 'interval';
    notes?: string;
    exerciseCategory?: string;
    exerciseName?: string;
    /** Kilograms (the encoder stores hundredths). */
    exerciseWeight?: number;
    weightDisplayUnit?: 'kilogram' | 'pound';
}

export interface FitWorkout {
    /** `2027-01-05-1-intervals.fit` */
    fileName: string;
    wktName: string;
    /** The lift's note, when it has one. */
    wktDescription?: string;
    sport: string;
    subSport: string;
    steps: FitStep[];
}

/**
 * Folds a list of steps into a repeat block when it is one pattern said several times
 * (work, or work and recovery): the watch then shows "3 of 6" instead of twelve steps.
 * `firstIndex` is the message index the first step will get.
 */
export function withRepeats(steps: FitStep[], firstIndex: number): FitStep[] {
    const repeated = repeatedPattern(steps);
    return repeated ? [...repeated.pattern, repeatStep(firstIndex, repeated.count)] : steps;
}

/** The step that sends the watch back to step `from` until it has run `count` times. */
export function repeatStep(from: number, count: number): FitStep {
    return { durationType: 'repeatUntilStepsCmplt', durationValue: from, targetType: 'open', targetValue: count, intensity: 'active' };
}

/** Truncates to at most `bytes` UTF-8 bytes on a character boundary (FIT strings are short). */
export function fitText(text: string, bytes = 100): string {
    const encoder = new TextEncoder();
    if (encoder.encode(text).length <= bytes) return text;
    let out = '';
    for (const char of text) {
        if (encoder.encode(out + char + '…').length > bytes) break;
        out += char;
    }
    return `${out}…`;
}
