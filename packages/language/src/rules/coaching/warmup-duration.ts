// `warmup-duration`: a warm-up whose cardio lasts outside 8–12 min, or whose mobility lasts
// outside 5–7 min.

import type { AstNode } from 'langium';
import { formatDuration, parseDuration } from '../../model/quantities.js';
import { defineRule, type RuleContext } from '../rule.js';

const CARDIO = { min: 8 * 60, max: 12 * 60 };
const MOBILITY = { min: 5 * 60, max: 7 * 60 };

export const warmupDuration = defineRule({
    id: 'warmup-duration',
    category: 'coaching',
    defaultSeverity: 'info',
    reason: 'Too short a warm-up leaves the body cold for the first sets; too long a one tires it before the work that matters.',
    configurable: true,
    reportsAt: 'the warm-up part (`cardio` or `mobility`)',
    summary: 'Warm-up cardio outside 8–12 min, or mobility outside 5–7 min.',
    explanation: [
        'Checks every `warmup` declared in the file:',
        '- `cardio` should last from 8 to 12 minutes, both included. The guide asks for about 10 minutes of light cardio; the rule allows two minutes either side.\n- `mobility` should last from 5 to 7 minutes, both included: the guide\'s own range.',
        'Too short a warm-up leaves the body cold for the first heavy sets; too long a one tires the athlete before the work that matters. This is an info, not a warning: a few minutes more or less is a matter of judgement.',
        'A warm-up part that is missing altogether is the `warmup` rule\'s business.'
    ].join('\n\n'),
    example: {
        bad: 'warmup Quick {\n    cardio bike 3min\n    mobility 2min\n}',
        good: 'warmup Standard {\n    cardio bike 10min\n    mobility 6min "leg swings, hip circles, walking lunges"\n}'
    },
    check({ file, report }) {
        for (const warmup of file.warmups) {
            for (const part of warmup.cardio) {
                judge(report, part, part.duration, CARDIO, `The cardio of warm-up ${warmup.name}`,
                    'Aim for about 10 min of light cardio (8–12 min): enough to warm up and get slightly out of breath, not enough to tire');
            }
            for (const part of warmup.mobility) {
                judge(report, part, part.duration, MOBILITY, `The mobility of warm-up ${warmup.name}`,
                    'Give mobility 5–7 min of moving drills that rehearse the ranges of the lifts, with extra care for hips, calves and hamstrings');
            }
        }
    }
});

function judge(report: RuleContext['report'], node: AstNode, text: string, range: { min: number; max: number }, what: string, advice: string): void {
    const seconds = parseDuration(text);
    if (seconds === undefined || (seconds >= range.min && seconds <= range.max)) return;
    const side = seconds < range.min ? 'short' : 'long';
    report({
        node,
        message: `${what} lasts ${formatDuration(seconds)}, too ${side}. ${advice}.`,
        data: { seconds, min: range.min, max: range.max }
    });
}
