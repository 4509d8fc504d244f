// `taper`: a heavy lift within 14 days before a priority-A race; an error at 10 days or
// fewer, a warning at 11 to 14 days.

import { daysBetween, formatDay } from '../../model/calendar-values.js';
import type { ResolvedDay, ResolvedLift, ResolvedRace } from '../../plan/resolved-plan.js';
import { listOf } from '../english.js';
import { defineRule } from '../rule.js';
import { isHeavyLift, weekdayLabel } from './calendar-queries.js';

/** No heavy lift in this many days before a priority-A race (a warning from here). */
export const TAPER_DAYS = 14;
/** This many days or fewer before the race: an error. */
export const HARD_LIMIT_DAYS = 10;
/** "10–14 days": how long the legs need to shed heavy-lifting fatigue, as messages say it. */
export const TAPER_WINDOW = `${HARD_LIMIT_DAYS}–${TAPER_DAYS} days`;

export const taper = defineRule({
    id: 'taper',
    category: 'coaching',
    defaultSeverity: 'error',
    reason: 'Muscles need 10 to 14 days to shed heavy-lifting fatigue while keeping the strength, so heavy work stops before a major race.',
    configurable: true,
    reportsAt: 'the `lift` activity',
    summary: 'Heavy lifting in the last 14 days before a priority-A race.',
    explanation: [
        `Checks the plan's calendar: no heavy \`lift\` may fall in the ${TAPER_DAYS} days before a race of priority A (the default priority).`,
        `- ${HARD_LIMIT_DAYS} days or fewer before the race (race day included): an **error**.\n- ${HARD_LIMIT_DAYS + 1} to ${TAPER_DAYS} days before: a **warning**.\n- ${TAPER_DAYS + 1} days or more: fine.`,
        `The guide's advice is to stop heavy lifting ${HARD_LIMIT_DAYS} to ${TAPER_DAYS} days before a major race: that is how long the muscles need to shed the fatigue of heavy work while keeping the strength it built. ${HARD_LIMIT_DAYS} days is the least; ${TAPER_DAYS} is the comfortable margin.`,
        [
            'Decisions:',
            '- Light sessions are exempt: a short `light` maintenance session keeps the body used to lifting and may go on through the taper.',
            '- Races of priority B and C are exempt; they are tune-ups, not the goal.',
            '- Days are counted by the calendar: a lift on Sunday 11 April is 14 days before a race on Sunday 25 April.',
            '- A race after the plan\'s last day is still counted, so the last weeks of a plan that stops short of its race are judged too.',
            '- A template lift that repeats through the window is reported once, with its dates; the diagnostic takes the more severe grade.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "City Marathon" {\n    start 2027-03-29\n    race "City Marathon" on 2027-04-25 priority A\n    phase Taper 4 weeks focus taper {\n        tue: run easy 40min, lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'plan "City Marathon" {\n    start 2027-03-29\n    race "City Marathon" on 2027-04-25 priority A\n    phase Taper 4 weeks focus taper {\n        tue: run easy 40min, lift Maintenance\n    }\n}\n\nsession Maintenance light {\n    squat 2x5 @ 60kg rest 2min rir 4\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        const majorRaces = plan.races.filter(race => race.priority === 'A');
        if (majorRaces.length === 0) return;
        const found: Array<{ day: ResolvedDay; lift: ResolvedLift; race: ResolvedRace; days: number }> = [];
        for (const day of plan.days) {
            const race = nearestRaceAhead(majorRaces, day.date);
            if (!race) continue;
            const days = daysBetween(day.date, race.date);
            if (days > TAPER_DAYS) continue;
            for (const lift of day.activities.filter(isHeavyLift)) found.push({ day, lift, race, days });
        }
        // The runner merges a template lift's dates into one diagnostic, so the message
        // names every distance of that lift ("7 days before and on the day of"), not one.
        const distances = new Map<string, number[]>();
        const key = (lift: ResolvedLift, race: ResolvedRace) => `${lift.node.$cstNode?.offset}:${race.name}`;
        for (const { lift, race, days } of found) distances.set(key(lift, race), [...distances.get(key(lift, race)) ?? [], days]);
        for (const { day, lift, race, days } of found) {
            const when = describeDistances(distances.get(key(lift, race))!);
            report({
                node: lift.node,
                severity: days <= HARD_LIMIT_DAYS ? 'error' : 'warning',
                message: `Heavy lift ${lift.session} on ${weekdayLabel(day)} comes ${when} the A race ${race.name} (${formatDay(race.date)}). `
                    + `The legs need ${TAPER_WINDOW} to shed heavy-lifting fatigue before a major race: stop heavy lifting ${TAPER_DAYS} days out, and make this session light (maintenance) or drop it.`,
                dates: [day.date],
                weeks: [day.week],
                related: [{ node: race.node, property: 'name', message: `The A race ${race.name} on ${formatDay(race.date)}` }],
                data: { session: lift.session, race: race.name, daysBefore: days }
            });
        }
    }
});

/** "14 days before", "7 days before and on the day of", "1 day before". */
function describeDistances(days: number[]): string {
    const distinct = [...new Set(days)].sort((a, b) => b - a);
    const before = distinct.filter(d => d > 0);
    const parts: string[] = [];
    if (before.length > 0) parts.push(`${listOf(before.map(String))} ${before.length === 1 && before[0] === 1 ? 'day' : 'days'} before`);
    if (distinct.includes(0)) parts.push('on the day of');
    return parts.join(' and ');
}

function nearestRaceAhead(races: ResolvedRace[], date: ResolvedRace['date']): ResolvedRace | undefined {
    let nearest: ResolvedRace | undefined;
    for (const race of races) {
        const days = daysBetween(date, race.date);
        if (days < 0) continue;
        if (!nearest || days < daysBetween(date, nearest.date)) nearest = race;
    }
    return nearest;
}
