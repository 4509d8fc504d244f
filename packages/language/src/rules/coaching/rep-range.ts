// `rep-range`: counted reps per set below 3 or above 6.

import { defineRule } from '../rule.js';
import { declaredLines, exerciseId } from './declared-sessions.js';
import { schemeWithinRanges } from './scheme-within-ranges.js';

/** Fewest reps a set. */
export const MIN_REPS = 3;
/** Most reps a set. */
export const MAX_REPS = 6;

export const repRange = defineRule({
    id: 'rep-range',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Three to six reps against a real load build strength without bulk; higher reps add muscle a runner has to carry, lower ones need more recovery.',
    configurable: true,
    reportsAt: 'the exercise line (its sets × reps)',
    summary: `Reps per set outside the ${MIN_REPS}–${MAX_REPS} strength range.`,
    explanation: [
        `Checks every exercise line of the sessions declared in the file: the reps of one set must lie between ${MIN_REPS} and ${MAX_REPS}, both included. These are the guide's own numbers for runners who lift.`,
        'Few reps against a real load train strength and the nervous system\'s ability to recruit muscle, which is what a runner wants; sets of 8, 10 or 12 drift toward building size, and extra muscle is weight to carry over every kilometre. Fewer than three reps is maximal lifting, which asks for more recovery than a running week leaves.',
        'Only counted reps are judged. Timed holds (`plank 3x30s`) are left alone, and for `each` lines the count is per side.',
        'A rep range (`3x4-6`) is judged at both ends: it is reported when its low end is below 3 or its high end above 6, since the coach allows every count in between (`3x4-8` lets the athlete drift into sets of eight).'
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat    3x10 @ 60kg rest 90s rir 2\n    deadlift 3x4-8 @ 80kg rest 2min rir 2\n}',
        good: 'session Legs heavy {\n    squat    3x5 @ 75kg rest 2min rir 2\n    deadlift 3x4-6 @ 90kg rest 2min rir 2\n}'
    },
    check({ file, report }) {
        for (const { line, repeat } of declaredLines(file)) {
            const reps = repeat?.reps;
            if (reps === undefined) continue;
            // A range (`3x4-8`) is judged at both ends: every set it allows must fit.
            const most = line.repsMax ?? reps;
            if (reps >= MIN_REPS && most <= MAX_REPS) continue;
            const written = line.repsMax !== undefined ? `${reps}-${most} reps` : `${reps} rep${reps === 1 ? '' : 's'}`;
            const message = most > MAX_REPS
                ? `${exerciseId(line)} is set for ${written} a set, more than ${MAX_REPS}${line.repsMax !== undefined ? ' at the high end' : ''}. Runners lift for strength, not size: keep to ${MIN_REPS}–${MAX_REPS} reps with a heavier load, such as ${schemeWithinRanges(repeat!, line.repsMax)}.`
                : `${exerciseId(line)} is set for ${written} a set, fewer than ${MIN_REPS}${line.repsMax !== undefined ? ' at the low end' : ''}. Near-maximal singles and doubles cost more recovery than a running week can spare: use ${MIN_REPS}–${MAX_REPS} reps at a load that leaves one or two in reserve.`;
            report({ node: line, property: 'scheme', message, data: { reps, repsMax: line.repsMax, suggested: most > MAX_REPS ? MAX_REPS : MIN_REPS, scheme: schemeWithinRanges(repeat!, line.repsMax) } });
        }
    }
});
