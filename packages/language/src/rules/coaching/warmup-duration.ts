// `warmup-duration`: a warm-up whose cardio lasts outside 8–12 min, or whose mobility lasts
// outside 5–7 min.

import type { AstNode } from 'langium';
import { formatDuration, parseDuration } from '../../model/quantities.js';
import { defineRule, type RuleContext } from '../rule.js';

/** Light cardio, in seconds: the guide's "about 10 minutes", two minutes either side. */
export const CARDIO_TARGET = 10 * 60;
export const CARDIO = { min: 8 * 60, max: 12 * 60 };
/** Mobility drills, in seconds: the guide's own range. */
export const MOBILITY = { min: 5 * 60, max: 7 * 60 };

/** "8–12 min": a range in the words messages use. */
export function minutesRange(range: { min: number; max: number }): string {
    return `${range.min / 60}–${range.max / 60} min`;
}

/** "about 10 min of light cardio", as the warm-up messages say it. */
export const CARDIO_ADVICE = `about ${CARDIO_TARGET / 60} min of light cardio`;
/** "5–7 min of mobility". */
export const MOBILITY_ADVICE = `${minutesRange(MOBILITY)} of mobility`;

export const warmupDuration = defineRule({
    id: 'warmup-duration',
    category: 'coaching',
    defaultSeverity: 'info',
    reason: 'Too short a warm-up leaves the body cold for the first sets; too long a one tires it before the work that matters.',
    configurable: true,
    reportsAt: 'the warm-up part (`cardio` or `mobility`)',
    summary: `Warm-up cardio outside ${minutesRange(CARDIO)}, or mobility outside ${minutesRange(MOBILITY)}.`,
    explanation: [
        'Checks every `warmup` declared in the file:',
        `- \`cardio\` should last from ${CARDIO.min / 60} to ${CARDIO.max / 60} minutes, both included. The guide asks for about ${CARDIO_TARGET / 60} minutes of light cardio; the rule allows two minutes either side.\n- \`mobility\` should last from ${MOBILITY.min / 60} to ${MOBILITY.max / 60} minutes, both included: the guide's own range.`,
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
                    `Aim for ${CARDIO_ADVICE} (${minutesRange(CARDIO)}): enough to warm up and get slightly out of breath, not enough to tire`);
            }
            for (const part of warmup.mobility) {
                judge(report, part, part.duration, MOBILITY, `The mobility of warm-up ${warmup.name}`,
                    `Give mobility ${minutesRange(MOBILITY)} of moving drills that rehearse the ranges of the lifts, with extra care for hips, calves and hamstrings`);
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
