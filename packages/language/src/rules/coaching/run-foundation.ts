// `run-foundation`: a beginner's first lift less than 28 days after `running-since` (or after
// the plan's start when the athlete block does not say).

import { addDays, daysBetween, formatDay } from '../../model/calendar-values.js';
import { defineRule } from '../rule.js';
import { athleteLabel, liftsOf, weekdayLabel } from './calendar-queries.js';

const FOUNDATION_DAYS = 28;

export const runFoundation = defineRule({
    id: 'run-foundation',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Newcomers should run regularly for a month or two before lifting, so bones and tendons first get used to running.',
    configurable: true,
    reportsAt: 'the first `lift` activity',
    summary: 'A beginner who starts lifting before running has become a habit.',
    explanation: [
        `Checks plans whose athlete is \`level beginner\`: the plan's first \`lift\` must come at least ${FOUNDATION_DAYS} days (four weeks) after the athlete's \`running-since\` date. When the athlete block gives no \`running-since\`, the count starts at the plan's \`start\`.`,
        'The guide tells newcomers to both sports to run consistently for one to two months before adding structured lifting, so that bones, tendons and muscles first get used to the pounding of running. Four weeks is the lower end of that advice, and the threshold here; exactly 28 days passes, 27 does not.',
        [
            'Decisions:',
            '- The first lift is the earliest scheduled `lift` of the plan, heavy or light; only that one is reported.',
            '- Without `running-since`, the plan is taken to be where the running starts, so a beginner plan without it should open with four weeks of running only; add `running-since` when the athlete has run for longer.',
            '- Athletes of level `intermediate` (the default) and `advanced` are not checked.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "First 5k" {\n    athlete "Jordan" {\n        level beginner\n        running-since 2026-12-20\n    }\n    start 2027-01-04\n    phase Base 8 weeks focus base {\n        tue: run easy 20min\n        thu: lift Basics\n    }\n}\n\nsession Basics heavy {\n    bodyweight-squat 3x6 @ bw rest 75s\n}',
        good: 'plan "First 5k" {\n    athlete "Jordan" {\n        level beginner\n        running-since 2026-10-05\n    }\n    start 2027-01-04\n    phase Base 8 weeks focus base {\n        tue: run easy 20min\n        thu: lift Basics\n    }\n}\n\nsession Basics heavy {\n    bodyweight-squat 3x6 @ bw rest 75s\n}'
    },
    check({ plan, report }) {
        if (!plan || plan.athlete.level !== 'beginner') return;
        const first = liftsOf(plan)[0];
        if (!first) return;
        const since = plan.athlete.runningSince;
        const from = since ?? plan.start;
        const days = daysBetween(from, first.day.date);
        if (days >= FOUNDATION_DAYS) return;
        const ready = addDays(from, FOUNDATION_DAYS);
        const after = since
            ? `${days} day${days === 1 ? '' : 's'} after ${athleteLabel(plan)} started running (${formatDay(since)})`
            : `${days} day${days === 1 ? '' : 's'} into the plan, and the athlete block does not say how long ${athleteLabel(plan)} has been running (\`running-since\`)`;
        report({
            node: first.lift.node,
            message: `The first lift, ${first.lift.session} on ${weekdayLabel(first.day)}, comes ${after}. `
                + `A new runner should build a steady running habit for at least four weeks, better one to two months, before lifting: start the lifting on ${formatDay(ready)} or later${since ? '' : ', or add `running-since` if the athlete has run for longer'}.`,
            dates: [first.day.date],
            weeks: [first.day.week],
            data: { session: first.lift.session, days, earliest: ready.toString() }
        });
    }
});
