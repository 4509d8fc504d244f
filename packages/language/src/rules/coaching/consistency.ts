// `consistency`: a plan week with no lift between the first and the last lifting weeks,
// outside the 14 days before a priority-A race.

import { addDays, daysBetween, formatDay } from '../../model/calendar-values.js';
import type { ResolvedPlan, ResolvedWeek } from '../../plan/resolved-plan.js';
import { defineRule } from '../rule.js';
import { firstDateOf, liftsInWeek } from './calendar-queries.js';
import { TAPER_DAYS } from './taper.js';

export const consistency = defineRule({
    id: 'consistency',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'The body adapts to what it does regularly: strength fades when lifting stops, and every restart brings back the soreness.',
    configurable: true,
    reportsAt: 'the phase name',
    summary: 'A week without lifting in the middle of the plan\'s lifting.',
    explanation: [
        'Checks the plan\'s calendar from the first Monday–Sunday week that has a `lift` to the last one: every week in between needs at least one lift, heavy or light.',
        'The guide is plain about it: lifting only now and then gets an athlete nowhere, because the body adapts to what it does regularly. Strength built in the gym ebbs when the lifting stops, and each restart brings back the soreness of the first sessions. One short session a week, even a light one, keeps the thread.',
        [
            'Decisions:',
            `- A week is exempt when any of its days falls in the ${TAPER_DAYS} days before a priority-A race, or on the race day itself: dropping the lifting there is the taper the guide asks for.`,
            '- Weeks before the first lift and after the last one are not judged: a plan may start with running only and end with a lift-free race block.',
            '- A deload week (`week 4 deload { … }`) is never a gap, even with no lift at all: the coach planned the rest, and the progression picks up after it.',
            '- Gap weeks of one phase are reported once, at the phase name, with the weeks they are.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Legs\n        week 2 { tue: run easy 40min }\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 6 weeks focus base {\n        tue: lift Legs\n        week 2 { tue: run easy 40min, lift Easy }\n        week 4 deload { tue: run easy 40min }\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}\n\nsession Easy light {\n    squat 2x5 @ 60kg rest 2min rir 4\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        const lifting = plan.weeks.filter(week => liftsInWeek(week).length > 0);
        if (lifting.length < 2) return;
        const first = lifting[0].number;
        const last = lifting[lifting.length - 1].number;
        for (const week of plan.weeks) {
            if (week.number <= first || week.number >= last || liftsInWeek(week).length > 0) continue;
            // A deload week is planned rest from lifting, not a lapse.
            if (week.deload || inTaperWindow(week, plan)) continue;
            report({
                node: week.phase.node,
                property: 'name',
                message: `Phase ${week.phase.name} has a week with no lifting between lifting weeks. On-and-off lifting loses what was gained and brings the soreness back: keep at least one session every week, a light one if the week is busy.`,
                dates: [firstDateOf(week, plan)],
                weeks: [week.number],
                data: { week: week.number, from: formatDay(firstDateOf(week, plan)) }
            });
        }
    }
});

/** Whether any day of the week falls in the 14 days before an A race, or on the race day. */
function inTaperWindow(week: ResolvedWeek, plan: ResolvedPlan): boolean {
    const sunday = addDays(week.monday, 6);
    // The week [Mon, Sun] overlaps the window [race − 14 days, race].
    return plan.races.some(race => race.priority === 'A'
        && daysBetween(week.monday, race.date) >= 0
        && daysBetween(sunday, race.date) <= TAPER_DAYS);
}
