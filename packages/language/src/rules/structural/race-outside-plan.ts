// `race-outside-plan`: a race before the plan's start (error) or after its last day (warning).

import { Temporal } from 'temporal-polyfill';
import { formatDay } from '../../model/calendar-values.js';
import { defineRule } from '../rule.js';

export const raceOutsidePlan = defineRule({
    id: 'race-outside-plan',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'The taper and peak rules count days to the race, which only works when the race falls within the plan.',
    configurable: true,
    reportsAt: 'the race',
    summary: 'A race that falls outside the plan\'s dates.',
    explanation: [
        'A race is scheduled on its date as a `run race`, and the taper rule counts back from it, so it must fall between the plan\'s start and the Sunday of its last week.',
        'A race before the start is an error: the date is surely wrong. A race after the end is a warning: the plan may stop short of it on purpose, but then the weeks between the plan\'s last day and the race are not planned at all. The `taper` rule still judges the plan\'s last weeks against that race; lengthen the last phase to reach it.'
    ].join('\n\n'),
    example: { bad: 'start 2027-01-04\nrace "City 10k" on 2026-12-20', good: 'start 2027-01-04\nrace "City 10k" on 2027-03-21' },
    check({ plan, report }) {
        if (!plan) return;
        for (const race of plan.races) {
            if (Temporal.PlainDate.compare(race.date, plan.start) < 0) {
                report({ node: race.node, message: `Race ${race.name} on ${formatDay(race.date)} comes before the plan starts (${formatDay(plan.start)}): check the race date or the start.` });
            } else if (Temporal.PlainDate.compare(race.date, plan.end) > 0) {
                report({ node: race.node, severity: 'warning', message: `Race ${race.name} on ${formatDay(race.date)} comes after the plan's last day (${formatDay(plan.end)}): the days between are not planned. Lengthen the last phase to reach it (the taper rule still counts back from the race).` });
            }
        }
    }
});
