// `weekly-frequency`: more than 3 lifts in a plan week, or more than 2 in either of the
// first two weeks that contain lifting.

import { daysBetween } from '../../model/calendar-values.js';
import type { ResolvedPlan, ResolvedWeek } from '../../plan/resolved-plan.js';
import { numberWord } from '../english.js';
import { defineRule, type RuleReport } from '../rule.js';
import { firstDateOf, liftsInWeek, liftsOf } from './calendar-queries.js';

/** Most lifts in any plan week. */
export const MAX_LIFTS = 3;
/** Most lifts in each of the first EARLY_WEEKS weeks that contain lifting. */
export const MAX_EARLY_LIFTS = 2;
export const EARLY_WEEKS = 2;
/** An athlete lifting for this many days before the plan's first lift skips the start ramp. */
export const LIFTING_SINCE_DAYS = 28;

export const weeklyFrequency = defineRule({
    id: 'weekly-frequency',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Two or three strength sessions a week support the running; a fourth takes recovery the runs need, and two is enough at first.',
    configurable: true,
    reportsAt: 'the phase name, or the `week K` override that makes the week',
    summary: 'More than 3 lifts in a week, or more than 2 in the first two lifting weeks.',
    explanation: [
        'Counts the `lift` activities of every Monday–Sunday plan week, heavy and light alike.',
        `- More than ${MAX_LIFTS} lifts in a week: a warning.\n- More than ${MAX_EARLY_LIFTS} lifts in either of the first ${EARLY_WEEKS} weeks that contain any lifting: a warning.`,
        'These are the guide\'s numbers: begin with two strength sessions a week, and settle at two or three. Lifting is there to support the running, and a fourth session takes recovery that the runs need; in the first weeks the body is still getting used to lifting at all, so two is enough.',
        [
            'Decisions:',
            '- The first two lifting weeks are the first two plan weeks with at least one lift, wherever they fall; weeks with no lift before them do not count.',
            `- An athlete who already lifts skips the start ramp: when the athlete block's \`lifting-since\` date lies at least ${LIFTING_SINCE_DAYS} days before the plan's first lift, only the limit of ${MAX_LIFTS} applies from the first week. Four weeks of regular lifting is the time the ramp exists to give.`,
            '- Week 1 counts only the days from the plan\'s start.',
            '- The diagnostic stands on the `week K` override when the week has one, since that is where such a week is usually changed, and otherwise on the phase whose template makes the week. Weeks of one phase are grouped into one diagnostic that lists them, and its message states both limits.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring 10k" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        mon: lift Legs\n        wed: lift Legs\n        fri: lift Legs\n        sat: lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'plan "Spring 10k" {\n    athlete "Sam" {\n        lifting-since 2026-06-01   // lifts already: no start ramp\n    }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        mon: lift Legs\n        wed: lift Legs\n        fri: lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        const crowded = crowdedWeeks(plan.weeks, startsLifting(plan));
        // The runner merges the weeks of one place into one diagnostic, so each report
        // states the counts of all of them ("3 to 4 lifts"), not only its own week's.
        const countsByPlace = new Map<unknown, number[]>();
        for (const { week, lifts } of crowded) {
            const key = placeOf(week).node;
            countsByPlace.set(key, [...countsByPlace.get(key) ?? [], lifts]);
        }
        for (const { week, lifts, limit } of crowded) {
            const counts = countsByPlace.get(placeOf(week).node)!;
            // One message for both limits: the early and later weeks of a phase may break different ones.
            const message = `${weekName(week)} schedules ${liftCount(counts)} a week. Start with at most ${numberWord(MAX_EARLY_LIFTS)} sessions a week in the first ${numberWord(EARLY_WEEKS)} weeks of lifting, then settle at ${numberWord(MAX_EARLY_LIFTS)} or ${numberWord(MAX_LIFTS)}, so the running keeps its recovery: move or drop lifts until each week fits.`;
            report({
                ...placeOf(week),
                message,
                dates: [firstDateOf(week, plan)],
                weeks: [week.number],
                data: { lifts, limit, week: week.number }
            });
        }
    }
});

/** Whether the start ramp applies: the athlete has not been lifting for 28 days before the first lift. */
function startsLifting(plan: ResolvedPlan): boolean {
    const since = plan.athlete.liftingSince;
    const first = liftsOf(plan)[0];
    return !since || !first || daysBetween(since, first.day.date) < LIFTING_SINCE_DAYS;
}

interface CrowdedWeek {
    week: ResolvedWeek;
    lifts: number;
    limit: number;
}

/**
 * The weeks with more lifts than their limit: the lower one in the first lifting weeks,
 * unless `ramp` is false (an athlete who already lifts).
 */
function crowdedWeeks(weeks: readonly ResolvedWeek[], ramp: boolean): CrowdedWeek[] {
    const crowded: CrowdedWeek[] = [];
    let liftingWeeksSeen = 0;
    for (const week of weeks) {
        const lifts = liftsInWeek(week).length;
        if (lifts === 0) continue;
        liftingWeeksSeen++;
        const limit = ramp && liftingWeeksSeen <= EARLY_WEEKS ? MAX_EARLY_LIFTS : MAX_LIFTS;
        if (lifts > limit) crowded.push({ week, lifts, limit });
    }
    return crowded;
}

/** "4 lifts", or "3 to 4 lifts" when the weeks differ. */
function liftCount(counts: number[]): string {
    const fewest = Math.min(...counts);
    const most = Math.max(...counts);
    return fewest === most ? `${most} lifts` : `${fewest} to ${most} lifts`;
}

function weekName(week: ResolvedWeek): string {
    return week.override ? `Week ${week.weekOfPhase} of phase ${week.phase.name}` : `Phase ${week.phase.name}`;
}

function placeOf(week: ResolvedWeek): Pick<RuleReport, 'node' | 'property' | 'keyword'> {
    return week.override ? { node: week.override, keyword: 'week' } : { node: week.phase.node, property: 'name' };
}
