// `missing-max`: a `%` load used by the plan with no `max` for that exercise.

import { AstUtils } from 'langium';
import { defineRule } from '../rule.js';

export const missingMax = defineRule({
    id: 'missing-max',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A percentage is a share of the athlete\'s one-rep max; without the max there is no load to lift.',
    configurable: false,
    reportsAt: 'the % load (or the lift, when the session lives in another file)',
    summary: 'A percentage load with no one-rep max to take it from.',
    explanation: [
        'A load such as `@ 75%` means 75 % of the athlete\'s one-rep max for that exercise, so the athlete block of every plan that uses the session needs `max EXERCISE LOAD` (`max squat 120kg`).',
        'When the session is declared in an imported library, the diagnostic stands on the `lift` that uses it, since the library itself cannot know the athlete.'
    ].join('\n\n'),
    example: { bad: 'athlete "Sam" { }\n…\nsquat 4x5 @ 75%', good: 'athlete "Sam" { max squat 120kg }\n…\nsquat 4x5 @ 75%' },
    check({ document, plan, report }) {
        if (!plan) return;
        for (const day of plan.days) {
            for (const activity of day.activities) {
                if (activity.type !== 'lift') continue;
                for (const exercise of activity.exercises.filter(e => e.missingMax)) {
                    const fix = `add \`max ${exercise.exercise} LOAD\` to the athlete, or give the load in kg or lb`;
                    const load = exercise.node.loads[0];
                    if (AstUtils.getDocument(exercise.node) === document) {
                        report({ node: load, property: 'value', message: `${exercise.exercise} is loaded at ${load.value} of a max the athlete does not have: ${fix}.`, data: { exercise: exercise.exercise } });
                    } else {
                        report({ node: activity.node, property: 'session', message: `Session ${activity.session} loads ${exercise.exercise} at ${load.value}, but the athlete has no max for it: ${fix}.`, data: { exercise: exercise.exercise } });
                    }
                }
            }
        }
    }
});
