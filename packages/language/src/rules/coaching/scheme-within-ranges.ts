// The sets × reps scheme that `rep-range` and `set-range` both accept, nearest to the one
// written. A suggestion or quick fix of either rule proposes it, so fixing one warning never
// creates the other (`squat 5x10` becomes `4x6`, not `5x6`).

import type { Repeat } from '../../model/quantities.js';
import { MAX_REPS, MIN_REPS } from './rep-range.js';
import { MAX_SETS, MIN_SETS } from './set-range.js';

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}

/**
 * "4x6"; a timed hold keeps its duration per set (`plank 6x30s` → "4x30s"); a rep range
 * (`repsMax`, the high end of `3x4-8`) has both ends clamped ("3x4-6"), and becomes one count
 * when they meet ("3x1-2" → "3x3").
 */
export function schemeWithinRanges(repeat: Repeat, repsMax?: number): string {
    const sets = clamp(repeat.count, MIN_SETS, MAX_SETS);
    const separator = /^\d+([x×])/.exec(repeat.text)?.[1] ?? 'x';
    return `${sets}${separator}${perSetWithinRange(repeat, repsMax)}`;
}

function perSetWithinRange(repeat: Repeat, repsMax: number | undefined): string {
    if (repeat.reps === undefined) return repeat.text.replace(/^\d+[x×]/, '');
    const low = clamp(repeat.reps, MIN_REPS, MAX_REPS);
    const high = repsMax === undefined ? low : clamp(repsMax, MIN_REPS, MAX_REPS);
    return high === low ? String(low) : `${low}-${high}`;
}

/** The ranges a scheme breaks, for quick-fix titles: "2–4 sets", "3–6 reps" or "2–4 sets of 3–6 reps". */
export function brokenRanges(repeat: Repeat, repsMax?: number): string {
    const sets = repeat.count < MIN_SETS || repeat.count > MAX_SETS;
    const reps = repeat.reps !== undefined && (repeat.reps < MIN_REPS || (repsMax ?? repeat.reps) > MAX_REPS);
    // Built on each call: the rule modules import this one, so their constants are not set yet when it loads.
    const setsRange = `${MIN_SETS}–${MAX_SETS} sets`;
    const repsRange = `${MIN_REPS}–${MAX_REPS} reps`;
    if (sets && reps) return `${setsRange} of ${repsRange}`;
    return sets ? setsRange : repsRange;
}
