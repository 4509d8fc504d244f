// `foundations`: a plan whose lifting lacks a squat, a hinge, a lunge or an upper-body push.

import type * as ast from '../../generated/ast.js';
import { listOf } from '../english.js';
import { defineRule } from '../rule.js';
import { liftsOf } from './calendar-queries.js';

export const FOUNDATIONS: ReadonlyArray<{ pattern: string; name: string; example: string }> = [
    { pattern: 'squat', name: 'a squat', example: 'squat or goblet-squat' },
    { pattern: 'hinge', name: 'a hinge', example: 'deadlift or romanian-deadlift' },
    { pattern: 'lunge', name: 'a lunge', example: 'lunge or split-squat' },
    { pattern: 'push', name: 'an upper-body push', example: 'push-press or push-up' }
];

export const foundations = defineRule({
    id: 'foundations',
    category: 'coaching',
    defaultSeverity: 'info',
    reason: 'Squats, hinges, lunges and upper-body pushing are the base of a runner\'s strength work: together they train the stride, the back chain, each leg alone and the posture.',
    configurable: true,
    reportsAt: 'the plan name',
    summary: 'A plan whose lifting misses one of the foundation movements.',
    explanation: [
        'Looks at every session the plan schedules, wherever it is declared, and collects the movement patterns of their exercises (`pattern squat`, …). The plan\'s lifting should include all four foundation patterns at least once: `squat`, `hinge` (deadlifts, bridges), `lunge` and `push` (upper-body pressing).',
        'The guide builds its programme on exactly these: squats for the quadriceps and glutes that drive the stride, deadlifts for the hamstrings and back, lunges that train each leg on its own like running does, and upper-body work that holds the posture together late in a race.',
        [
            'Decisions:',
            '- It is an info, reported once at the plan name, naming the missing patterns.',
            '- A pattern counts when any scheduled session has it, heavy or light, in any week.',
            '- A plan with no lifting at all is not reported.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n    calf-raise 3x6 @ 40kg rest 75s rir 2\n}',
        good: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat             3x5 @ 80kg rest 2min rir 2\n    push-press        3x5 @ 35kg rest 90s rir 2\n    romanian-deadlift 3x6 @ 60kg rest 2min rir 2\n    push-up           3x6 @ bw rest 75s rir 2\n    reverse-lunge     3x6 each @ 14kg rest 90s rir 2\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        const sessions = new Set<ast.Session>();
        for (const { lift } of liftsOf(plan)) if (lift.definition) sessions.add(lift.definition);
        if (sessions.size === 0) return;
        const patterns = new Set<string>();
        for (const session of sessions) {
            for (const line of session.exercises) {
                const pattern = line.exercise.ref?.patterns[0]?.value;
                if (pattern) patterns.add(pattern);
            }
        }
        const missing = FOUNDATIONS.filter(foundation => !patterns.has(foundation.pattern));
        if (missing.length === 0) return;
        report({
            node: plan.node,
            property: 'name',
            message: `The plan's lifting has no ${listOf(missing.map(m => m.name.replace(/^an? /, '')), 'or')} exercise. `
                + 'Squats, deadlifts, lunges and upper-body pressing are the foundation of strength for runners: add '
                + `${listOf(missing.map(m => `${m.name} (${m.example})`))} to a session.`,
            data: { missing: missing.map(m => m.pattern) }
        });
    }
});

