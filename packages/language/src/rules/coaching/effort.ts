// `effort`: sets taken to failure (`rir 0`, `rpe 10`), or so easy that they build little
// (`rir` 5 or more, `rpe` 5 or less).

import type { Severity } from '../../model/vocabulary.js';
import { defineRule } from '../rule.js';
import { declaredLines, exerciseId } from './declared-sessions.js';

export const effort = defineRule({
    id: 'effort',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Sets should end with one or two reps to spare: failure costs recovery the running needs, and sets far from the limit build little strength.',
    configurable: true,
    reportsAt: 'the exercise line (its rir or rpe)',
    summary: 'Sets to failure (rir 0, rpe 10), or too light to build strength.',
    explanation: [
        'Checks the `rir` (reps in reserve) or `rpe` (rate of perceived exertion) written on each exercise line of the sessions declared in the file.',
        '- `rir 0` or `rpe 10` means lifting to failure: a **warning**. The guide wants each set to end with one or two good reps still in the tank, never with the bar stuck.\n- `rir 5` or more, or `rpe 5` or less, is so far from hard that it does little for strength: an **info**, since a deliberately easy technique or maintenance set can be right.',
        'The guide\'s own figure is one or two reps to spare at the end of a set, with a set that could go on much longer counted as too easy. Zero in reserve is failure; five or more in reserve, or an effort of 5 out of 10 or less, is where Lift draws the line for too light. `rir 1`–`4` and `rpe 6`–`9` pass. Lines without `rir` or `rpe` are not judged.',
        'A range is judged by its hard end, the most the athlete may give: `rir 0-2` and `rpe 8-10` allow sets to failure and are warned about; `rir 5-6` and `rpe 4-5` are too light even at their hardest and are an info; `rir 4-6` and `rpe 5-7` pass, since their hard end is hard enough.',
        'Setting the rule\'s severity in `rules { }` applies to both cases.'
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat    3x5 @ 90kg rest 2min rir 0\n    deadlift 3x5 @ 100kg rest 2min rpe 8-10\n}',
        good: 'session Legs heavy {\n    squat    3x5 @ 80kg rest 2min rir 2\n    deadlift 3x5 @ 100kg rest 2min rpe 7-8\n}'
    },
    check({ file, report }) {
        for (const { line } of declaredLines(file)) {
            for (const option of line.efforts) {
                const finding = judge(option.measure, hardEnd(option));
                if (!finding) continue;
                const written = `${option.measure} ${option.value}${option.max !== undefined ? `-${option.max}` : ''}`;
                const message = finding.severity === 'warning'
                    ? `${exerciseId(line)} at ${written} ${option.max !== undefined ? 'allows sets to failure at its hard end' : 'is lifted to failure'}. Failure costs recovery that the running needs and invites breakdown in form: stop each set with 1–2 reps in reserve (rir 2, or rpe 8).`
                    : `${exerciseId(line)} at ${written} is very light${option.max !== undefined ? ' even at its hard end' : ''}, with ${option.measure === 'rir' ? 'five or more reps' : 'plenty'} left over. Sets this easy build little strength: work to 1–2 reps in reserve (rir 2, or rpe 8), unless the easy set is deliberate.`;
                report({ node: option, message, severity: finding.severity, data: { measure: option.measure, value: option.value, suggested: option.measure === 'rir' ? 2 : 8 } });
            }
        }
    }
});

/**
 * The hard end of an effort: the fewest reps in reserve, or the highest RPE. A range
 * (`rir 1-2`, `rpe 7-8`) is judged by it, since the athlete may go that far in every set.
 */
function hardEnd(option: { measure: 'rir' | 'rpe'; value: number; max?: number }): number {
    if (option.max === undefined) return option.value;
    return option.measure === 'rir' ? Math.min(option.value, option.max) : Math.max(option.value, option.max);
}

function judge(measure: 'rir' | 'rpe', value: number): { severity: Severity } | undefined {
    if (measure === 'rir') {
        if (value <= 0) return { severity: 'warning' };
        if (value >= 5) return { severity: 'info' };
    } else {
        if (value >= 10) return { severity: 'warning' };
        if (value <= 5) return { severity: 'info' };
    }
    return undefined;
}
