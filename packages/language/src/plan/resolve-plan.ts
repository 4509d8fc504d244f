// resolvePlan(): the one place that turns a linked plan into its calendar (LANGUAGE.md,
// "Phases, weeks and days"). It never throws on a broken plan: whatever cannot be
// resolved is left out, and the structural checks explain why.

import { Temporal } from 'temporal-polyfill';
import * as ast from '../generated/ast.js';
import { mondayOf, parseDate, parseTime, weekdayOf } from '../model/calendar-values.js';
import { DEFAULT_QUALITY_RUNS, FOCUSES, isOneOf, LEVELS, PRIORITIES, type Focus, type Weekday } from '../model/vocabulary.js';
import { resolveLift } from './resolve-lift.js';
import { runSteps } from './run-steps.js';
import type {
    ResolvedActivity, ResolvedAthlete, ResolvedDay, ResolvedPhase, ResolvedPlan, ResolvedRace, ResolvedRun, ResolvedWeek
} from './resolved-plan.js';

/** A phase longer than this is surely a typo; the calendar stops there rather than run for centuries. */
const MAX_PHASE_WEEKS = 520;

export function resolvePlan(plan: ast.Plan): ResolvedPlan | undefined {
    const start = parseDate(plan.starts[0]?.date);
    if (!start) return undefined;
    const athlete = resolveAthlete(plan.athletes[0]);
    const firstMonday = mondayOf(start);
    const phases = resolvePhases(plan, start, firstMonday);
    const weekCount = phases.reduce((sum, phase) => sum + phase.weeks, 0);
    const end = firstMonday.add({ days: Math.max(weekCount, 1) * 7 - 1 });
    const races = plan.races.map(race => resolveRace(race, start, end)).filter(race => race !== undefined);
    const weeks: ResolvedWeek[] = [];
    for (const phase of phases) {
        for (let k = 1; k <= phase.weeks; k++) {
            weeks.push(resolveWeek(phase, k, firstMonday, start, athlete));
        }
    }
    scheduleRaces(races, weeks);
    for (const week of weeks) week.days.forEach(orderActivities);
    return {
        name: plan.name ?? '',
        node: plan,
        athlete,
        start,
        end,
        timezone: plan.timezones[0]?.zone,
        races,
        phases,
        weeks,
        days: weeks.flatMap(week => week.days),
        qualityRuns: resolveQualityRuns(plan)
    };
}

function resolveAthlete(node: ast.Athlete | undefined): ResolvedAthlete {
    const level = node?.levels[0]?.value;
    const maxes = new Map<string, { value: number; unit: 'kg' | 'lb'; node: ast.Max }>();
    for (const max of node?.maxes ?? []) {
        const match = /^(\d+(?:\.\d+)?)(kg|lb)$/.exec(max.load ?? '');
        const exercise = max.exercise?.$refText ?? '';
        if (match && !maxes.has(exercise)) maxes.set(exercise, { value: Number(match[1]), unit: match[2] as 'kg' | 'lb', node: max });
    }
    return {
        name: node?.name,
        level: isOneOf(LEVELS, level) ? level : 'intermediate',
        runningSince: parseDate(node?.runningSince[0]?.date),
        node,
        maxes
    };
}

function resolvePhases(plan: ast.Plan, start: Temporal.PlainDate, firstMonday: Temporal.PlainDate): ResolvedPhase[] {
    const phases: ResolvedPhase[] = [];
    let weeksBefore = 0;
    for (const node of plan.phases) {
        const weeks = Number.isInteger(node.length) && node.length > 0 ? Math.min(node.length, MAX_PHASE_WEEKS) : 0;
        if (weeks === 0) continue;
        const monday = firstMonday.add({ days: weeksBefore * 7 });
        phases.push({
            name: node.name ?? '',
            focus: isOneOf(FOCUSES, node.focus) ? node.focus : ('base' satisfies Focus),
            start: weeksBefore === 0 ? start : monday,
            end: monday.add({ days: weeks * 7 - 1 }),
            weeks,
            firstWeek: weeksBefore + 1,
            node
        });
        weeksBefore += weeks;
    }
    return phases;
}

function resolveWeek(phase: ResolvedPhase, weekOfPhase: number, firstMonday: Temporal.PlainDate,
    start: Temporal.PlainDate, athlete: ResolvedAthlete): ResolvedWeek {
    const number = phase.firstWeek + weekOfPhase - 1;
    const monday = firstMonday.add({ days: (number - 1) * 7 });
    const overrides = phase.node.overrides.filter(override => override.week === weekOfPhase);
    const week: ResolvedWeek = { number, weekOfPhase, monday, phase, override: overrides[0], days: [] };
    for (let offset = 0; offset < 7; offset++) {
        const date = monday.add({ days: offset });
        if (Temporal.PlainDate.compare(date, start) < 0) continue;
        const weekday = weekdayOf(date);
        const line = findDayLine(overrides, weekday) ?? phase.node.days.find(day => day.day === weekday);
        if (!line) continue;
        week.days.push({
            date, weekday, week: number, weekOfPhase, phase, source: line,
            activities: line.activities.map((activity, index) => resolveActivity(activity, index, weekOfPhase, athlete))
        });
    }
    return week;
}

function findDayLine(overrides: ast.WeekOverride[], weekday: Weekday): ast.DayLine | undefined {
    for (const override of overrides) {
        const line = override.days.find(day => day.day === weekday);
        if (line) return line;
    }
    return undefined;
}

function resolveActivity(node: ast.Activity, index: number, weekOfPhase: number, athlete: ResolvedAthlete): ResolvedActivity {
    if (ast.isRunActivity(node)) {
        return { type: 'run', kind: node.kind, amount: node.amount, note: node.note, time: parseTime(node.time), index, node, steps: runSteps(node.amount) };
    }
    if (ast.isLiftActivity(node)) {
        return resolveLift(node, index, weekOfPhase, athlete);
    }
    return { type: 'rest', index, node: node as ast.RestActivity };
}

function resolveRace(node: ast.Race, start: Temporal.PlainDate, end: Temporal.PlainDate): ResolvedRace | undefined {
    const date = parseDate(node.date);
    if (!date) return undefined;
    const priority = isOneOf(PRIORITIES, node.priority) ? node.priority : 'A';
    const scheduled = Temporal.PlainDate.compare(date, start) >= 0 && Temporal.PlainDate.compare(date, end) <= 0;
    return { name: node.name ?? '', date, priority, node, scheduled };
}

/**
 * A race day is a `run race`: it replaces the runs (and a `rest`) that the template puts on
 * that day and takes the place of the first of them; lifts stay where they were.
 */
function scheduleRaces(races: ResolvedRace[], weeks: ResolvedWeek[]): void {
    for (const race of races.filter(race => race.scheduled)) {
        const week = weeks.find(candidate => Temporal.PlainDate.compare(candidate.monday, race.date) <= 0
            && Temporal.PlainDate.compare(race.date, candidate.monday.add({ days: 6 })) <= 0);
        if (!week) continue;
        let day = week.days.find(candidate => candidate.date.equals(race.date));
        if (!day) {
            day = { date: race.date, weekday: weekdayOf(race.date), week: week.number, weekOfPhase: week.weekOfPhase, phase: week.phase, activities: [] };
            week.days.push(day);
            week.days.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
        }
        const raceRun: ResolvedRun = { type: 'run', kind: 'race', note: race.name, race, index: 0, node: race.node, steps: runSteps(undefined) };
        const firstReplaced = day.activities.findIndex(activity => activity.type !== 'lift');
        const kept: ResolvedActivity[] = day.activities.filter(activity => activity.type === 'lift');
        const position = firstReplaced === -1 ? 0 : day.activities.slice(0, firstReplaced).filter(a => a.type === 'lift').length;
        kept.splice(position, 0, raceRun);
        day.activities = kept;
    }
}

/**
 * Activities happen in the order written unless `at` times say otherwise: an activity without
 * a time keeps its place after the timed activity written before it.
 */
function orderActivities(day: ResolvedDay): void {
    let lastTime = -1;
    const keyed = day.activities.map((activity, written) => {
        if (activity.time !== undefined) lastTime = activity.time;
        return { activity, written, key: activity.time ?? lastTime };
    });
    keyed.sort((a, b) => a.key - b.key || a.written - b.written);
    day.activities = keyed.map(({ activity }, index) => Object.assign(activity, { index }));
}

function resolveQualityRuns(plan: ast.Plan): ReadonlySet<string> {
    const lists = plan.ruleBlocks.flatMap(block => block.qualityRuns);
    if (lists.length === 0) return new Set(DEFAULT_QUALITY_RUNS);
    return new Set(lists.flatMap(list => list.kinds));
}
