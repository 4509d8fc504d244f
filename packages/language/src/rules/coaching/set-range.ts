// `set-range`: sets per exercise below 2 or above 4.

import { defineRule } from '../rule.js';
import { declaredLines, exerciseId } from './declared-sessions.js';
import { schemeWithinRanges } from './scheme-within-ranges.js';

/** Fewest sets an exercise. */
export const MIN_SETS = 2;
/** Most sets an exercise. */
export const MAX_SETS = 4;

export const setRange = defineRule({
    id: 'set-range',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'One set is too little to build strength, and five or more make a session that eats into the next day\'s running.',
    configurable: true,
    reportsAt: 'the exercise line (its sets × reps)',
    summary: `Sets per exercise outside ${MIN_SETS}–${MAX_SETS}.`,
    explanation: [
        `Checks every exercise line of the sessions declared in the file: the number of sets must lie between ${MIN_SETS} and ${MAX_SETS}, both included, as the guide recommends.`,
        'One set is too little work to make a movement stronger; five or more turn a strength session into a long one that eats into the next day\'s running. Two to four sets give the stimulus and leave the legs for the road.',
        'Timed holds count too: `plank 5x30s` is five sets.'
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat 6x5 @ 75kg rest 2min rir 2\n}',
        good: 'session Legs heavy {\n    squat 4x5 @ 75kg rest 2min rir 2\n}'
    },
    check({ file, report }) {
        for (const { line, repeat } of declaredLines(file)) {
            const sets = repeat?.count;
            if (sets === undefined || sets < 1 || (sets >= MIN_SETS && sets <= MAX_SETS)) continue;
            const message = sets > MAX_SETS
                ? `${exerciseId(line)} has ${sets} sets, more than ${MAX_SETS}. Extra sets add fatigue that the next runs pay for, not strength: do ${MIN_SETS}–${MAX_SETS} sets.`
                : `${exerciseId(line)} has a single set. One set is too little to build strength: do ${MIN_SETS}–${MAX_SETS} sets.`;
            report({ node: line, property: 'scheme', message, data: { sets, suggested: sets > MAX_SETS ? MAX_SETS : MIN_SETS, scheme: schemeWithinRanges(repeat!, line.repsMax) } });
        }
    }
});
