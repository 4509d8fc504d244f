// `recovery-48h`: a heavy lift followed by a quality run on a later day, less than 48 h on.

import { daysBetween, formatTime } from '../../model/calendar-values.js';
import type { ResolvedDay } from '../../plan/resolved-plan.js';
import { defineRule } from '../rule.js';
import { DEFAULT_QUALITY_RUN_LIST, formatHours, isHeavyLift, isQualityWork, minutesApart, runLabel, runPlace, sentenceCase, weekdayLabel, type QualityWork } from './calendar-queries.js';

/** Hours between a heavy lift and the next quality run on a later day. */
export const RECOVERY_HOURS = 48;
const RECOVERY_MINUTES = RECOVERY_HOURS * 60;

export const recovery48h = defineRule({
    id: 'recovery-48h',
    category: 'coaching',
    defaultSeverity: 'error',
    reason: 'Heavy lifting leaves the legs tired for a day or two, and a quality run on tired legs is slower and riskier.',
    configurable: true,
    reportsAt: 'the `lift` activity',
    summary: `A heavy lift less than ${RECOVERY_HOURS} h before a quality run.`,
    explanation: [
        'Checks the plan\'s calendar: after every heavy `lift`, the next quality run on a **later day** must start at least **48 hours** later. Forty-eight hours is the guide\'s own figure.',
        'Heavy strength work leaves the legs tired and slightly damaged for a day or two. A tempo, interval or hill session, a hard long run or a race run on those legs is slower, feels harder and carries more risk of injury, and it is the quality runs that make a runner faster. So the hard run gets the fresh legs, and the lift waits or moves.',
        [
            'How the gap is measured:',
            '- Each calendar day between the two counts 24 h: a lift on Monday and a tempo run on Tuesday are 24 h apart, Monday and Wednesday 48 h (fine).',
            '- When both the lift and the run have an `at` time, the hours are exact: `lift Legs at 18:00` on Monday and `run tempo 40min at 17:00` on Wednesday are 47 h apart and reported; at 18:00 they are 48 h apart and pass.',
            '- When only one of them, or neither, has a time, whole days are used.',
            '- The check runs across week and phase boundaries (a Sunday lift before a Monday tempo).',
            '- A race counts as a quality run whatever `quality-runs` says, and the related place is then the `race` statement. A race with `at 08:00` has a time like any other activity: a heavy lift on Thursday at 18:00 before a Saturday 08:00 race is 38 h away and reported, where the untimed race would be two whole days (48 h) away.',
            `- Quality runs are ${DEFAULT_QUALITY_RUN_LIST}, or the kinds listed in the plan's \`rules { quality-runs … }\`; and any run marked \`hard\`, whatever its kind (\`run long 2h30min hard\`).`,
            '- A cross session marked `hard` (`cross bike 60min hard`) wants fresh legs as much as a hard run and counts too; an easy one does not.',
            '- `light` sessions are exempt: maintenance work does not need the 48 h.',
            '- A quality run on the **same** day as a heavy lift is the `lift-after-run` rule\'s business, not this one\'s.'
        ].join('\n'),
        'A template lift that repeats every week is reported once, at the `lift`, with the dates it covers; the run it comes too close to is given as related information.'
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring 10k" {\n    start 2027-01-04\n    race "City 10k" on 2027-01-30 at 08:00 priority B\n    phase Base 4 weeks focus base {\n        wed: lift Legs\n        thu: run tempo 30min\n        sun: run long 2h hard\n        week 4 {\n            wed: run easy 30min\n            thu: lift Legs at 18:00\n        }\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'plan "Spring 10k" {\n    start 2027-01-04\n    race "City 10k" on 2027-01-30 at 08:00 priority B\n    phase Base 4 weeks focus base {\n        tue: lift Legs\n        thu: run tempo 30min\n        sun: run long 2h hard\n        week 4 { thu: run easy 30min }\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        // Days by their number from the plan's start: a lookup by arithmetic, not by a date's text.
        const byNumber = new Map<number, ResolvedDay>(plan.days.map(day => [daysBetween(plan.start, day.date), day]));
        for (const day of plan.days) {
            for (const lift of day.activities.filter(isHeavyLift)) {
                const tooClose: Array<{ run: QualityWork; runDay: ResolvedDay; minutes: number }> = [];
                // A run three or more days later is at least 48 h away whatever the times.
                for (const offset of [1, 2]) {
                    const runDay = byNumber.get(daysBetween(plan.start, day.date) + offset);
                    for (const run of runDay?.activities.filter(activity => isQualityWork(activity)) ?? []) {
                        const minutes = minutesApart(offset, lift, run);
                        if (minutes < RECOVERY_MINUTES) tooClose.push({ run, runDay: runDay!, minutes });
                    }
                }
                if (tooClose.length === 0) continue;
                const nearest = tooClose.reduce((a, b) => (b.minutes < a.minutes ? b : a));
                const liftWhen = `${weekdayLabel(day)}${lift.time !== undefined ? ` at ${formatTime(lift.time)}` : ''}`;
                const runWhen = `${weekdayLabel(nearest.runDay)}${nearest.run.time !== undefined ? ` at ${formatTime(nearest.run.time)}` : ''}`;
                report({
                    node: lift.node,
                    message: `Heavy lift ${lift.session} on ${liftWhen} comes ${formatHours(nearest.minutes)} before ${runLabel(nearest.run)} on ${runWhen}. `
                        + `Tired legs spoil the hard run: allow ${RECOVERY_HOURS} h between heavy lifting and a quality run, so move the lift (after the run or earlier in the week) or make the session light.`,
                    dates: [day.date],
                    weeks: [day.week],
                    related: tooClose.map(({ run, runDay }) => runPlace(run,
                        `${sentenceCase(runLabel(run))} on ${weekdayLabel(runDay)}, less than ${RECOVERY_HOURS} h after the heavy lift ${lift.session}`)),
                    data: {
                        session: lift.session,
                        hours: nearest.minutes / 60,
                        liftDate: day.date.toString(),
                        runDate: nearest.runDay.date.toString(),
                        runKind: nearest.run.kind
                    }
                });
            }
        }
    }
});
