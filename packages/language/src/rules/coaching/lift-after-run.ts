// `lift-after-run`: on one day, a heavy lift scheduled before a quality run.

import { formatTime } from '../../model/calendar-values.js';
import { defineRule } from '../rule.js';
import { DEFAULT_QUALITY_RUN_LIST, isHeavyLift, isQualityWork, runLabel, runPlace, sentenceCase, weekdayLabel, type QualityWork } from './calendar-queries.js';

export const liftAfterRun = defineRule({
    id: 'lift-after-run',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'The quality run is what makes a runner faster, so it gets the fresh legs; heavy lifting comes after it or on another day.',
    configurable: true,
    reportsAt: 'the `lift` activity',
    summary: 'A heavy lift scheduled before a quality run on the same day.',
    explanation: [
        'Checks every day of the plan\'s calendar: a heavy `lift` must not come before a quality run of the same day. The guide puts heavy lifting after the hard running, or on a day of its own.',
        'The quality run is the session that moves a runner forward, so it gets the fresh legs; lifting first would drain them. Lifting after a hard run, by contrast, keeps the hard days hard and the easy days easy.',
        [
            'How the order is decided:',
            '- Activities happen in the order they are written on the day\'s line, unless `at HH:MM` times say otherwise (`tue: lift Legs at 18:00, run tempo 30min at 07:00` runs first).',
            `- Quality runs are ${DEFAULT_QUALITY_RUN_LIST}, or the kinds listed in \`rules { quality-runs … }\`, and any run marked \`hard\` (\`run long 2h hard\`). A race day's automatic \`run race\` always counts, whatever \`quality-runs\` says; with \`race … at 09:00\` a lift \`at 12:00\` that day comes after it.`,
            '- A cross session marked `hard` (`cross bike 45min hard`) counts like a quality run; an easy one does not.',
            '- `light` sessions are exempt.',
            '- A quality run on a later day is judged by `recovery-48h` instead.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Legs, run intervals 6x800m\n        fri: lift Legs, cross bike 45min hard\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: run intervals 6x800m, lift Legs\n        fri: cross bike 45min hard, lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        for (const day of plan.days) {
            for (const lift of day.activities.filter(isHeavyLift)) {
                const later = day.activities.filter(activity => activity.index > lift.index).filter(activity => isQualityWork(activity));
                if (later.length === 0) continue;
                const run = later[0];
                const runAt = run.time !== undefined ? ` at ${formatTime(run.time)}` : '';
                report({
                    node: lift.node,
                    message: `Heavy lift ${lift.session} on ${weekdayLabel(day)} comes before ${runLabel(run)}${runAt} the same day. ${advice(run)}`,
                    dates: [day.date],
                    weeks: [day.week],
                    related: later.map(other => runPlace(other, `${sentenceCase(runLabel(other))} on ${weekdayLabel(day)}, after the heavy lift ${lift.session}`)),
                    data: { session: lift.session, runKind: run.kind, date: day.date.toString() }
                });
            }
        }
    }
});

/** What to do, in the words of the work that comes second: a session is done, not run. */
function advice(work: QualityWork): string {
    return work.type === 'cross'
        ? `The hard ${work.kind} session deserves fresh legs: do it first and lift afterwards, or move the lift to another day.`
        : 'The quality run deserves fresh legs: run first and lift afterwards, or move the lift to another day.';
}
