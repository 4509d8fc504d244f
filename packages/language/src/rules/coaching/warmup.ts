// `warmup`: a lifting session with no warm-up, or whose warm-up lacks its cardio or its
// mobility part.

import { defineRule } from '../rule.js';
import { CARDIO_ADVICE, MOBILITY, MOBILITY_ADVICE, minutesRange } from './warmup-duration.js';

export const warmup = defineRule({
    id: 'warmup',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Heavy lifting deserves the same preparation as a fast run: light cardio to warm up, then mobility drills for the ranges to come.',
    configurable: true,
    reportsAt: 'the session name',
    summary: 'A session that starts lifting cold.',
    explanation: [
        'Checks every `session` declared in the file: it needs a `warmup NAME` line, and that warm-up needs both a `cardio` part and a `mobility` part.',
        'The guide never lets a lifter start cold. Lifting heavy is hard work, like a fast run, and it deserves the same preparation: first light cardio to raise the body\'s temperature and get the blood moving, then moving mobility drills that rehearse the ranges of the lifts to come. Skipping either raises the risk of injury.',
        [
            'Decisions:',
            '- Light sessions need a warm-up too.',
            '- A warm-up that the file cannot find is reported by `unresolved-reference`, not here.',
            '- How long each part lasts is the `warmup-duration` rule\'s business.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'warmup Standard {\n    cardio rower 10min\n    mobility 6min "leg swings, hip circles, bodyweight squats"\n}\n\nsession Legs heavy {\n    warmup Standard\n    squat 3x5 @ 80kg rest 2min rir 2\n}'
    },
    check({ file, report }) {
        for (const session of file.sessions) {
            if (!session.warmup) {
                report({
                    node: session,
                    property: 'name',
                    message: `Session ${session.name} has no warm-up. Lifting cold invites injury: add a \`warmup\` line naming a warm-up of ${CARDIO_ADVICE} and ${MOBILITY_ADVICE}.`,
                    data: { session: session.name, missing: ['warmup'] }
                });
                continue;
            }
            const target = session.warmup.ref;
            if (!target) continue;
            const missing = [
                ...(target.cardio.length === 0 ? ['cardio'] : []),
                ...(target.mobility.length === 0 ? ['mobility'] : [])
            ];
            if (missing.length === 0) continue;
            const what = missing.length === 2 ? 'neither a cardio nor a mobility part'
                : missing[0] === 'cardio' ? 'no cardio part' : 'no mobility part';
            const add = missing.length === 2 ? `${CARDIO_ADVICE}, then ${MOBILITY_ADVICE}`
                : missing[0] === 'cardio' ? `${CARDIO_ADVICE} (\`cardio bike 10min\`) before the mobility`
                : `${minutesRange(MOBILITY)} of moving mobility (\`mobility 6min\`) after the cardio`;
            report({
                node: session,
                property: 'name',
                message: `Session ${session.name} warms up with ${target.name}, which has ${what}. A full warm-up raises the body's temperature and then rehearses the ranges of the lifts: add ${add} to ${target.name}.`,
                data: { session: session.name, warmup: target.name, missing }
            });
        }
    }
});
