// The weeks a `week …` override names: `week 4`, `week 4, 8` or `week 3-5`.

import type * as ast from '../generated/ast.js';

/** Every week number the override names, in the order written (a range expanded). */
export function overrideWeeks(override: ast.WeekOverride): number[] {
    const [first] = override.weeks;
    if (override.lastWeek === undefined || first === undefined) return [...override.weeks];
    const weeks: number[] = [];
    // A reversed range is a syntax error and names no week; the cap keeps a typo cheap.
    for (let week = first; week <= override.lastWeek && weeks.length < 1000; week++) weeks.push(week);
    return weeks;
}

/** How the override is written, for labels: `week 4`, `week 4, 8`, `week 3-5`. */
export function overrideLabel(override: ast.WeekOverride): string {
    const numbers = override.lastWeek !== undefined ? `${override.weeks[0]}-${override.lastWeek}` : override.weeks.join(', ');
    return `week ${numbers}${override.deload ? ' deload' : ''}`;
}
