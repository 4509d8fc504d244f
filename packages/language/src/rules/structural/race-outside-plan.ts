// `race-outside-plan`: a race before the plan's start (error) or after its last day (warning).

import { Temporal } from 'temporal-polyfill';
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
        'A race before the start is an error: the date is surely wrong. A race after the end is a warning: the plan may stop short of it on purpose, but then nothing checks the taper; lengthen the last phase to reach it.'
    ].join('\n\n'),
    example: { bad: 'start 2027-01-04\nrace "City 10k" on 2026-12-20', good: 'start 2027-01-04\nrace "City 10k" on 2027-03-21' },
    check({ plan, report }) {
        if (!plan) return;
        for (const race of plan.races) {
            if (Temporal.PlainDate.compare(race.date, plan.start) < 0) {
                report({ node: race.node, message: `Race ${race.name} on ${race.date} comes before the plan starts (${plan.start}): check the race date or the start.` });
            } else if (Temporal.PlainDate.compare(race.date, plan.end) > 0) {
                report({ node: race.node, severity: 'warning', message: `Race ${race.name} on ${race.date} comes after the plan's last day (${plan.end}): lengthen the last phase to reach it, or the taper before it goes unchecked.` });
            }
        }
    }
});
