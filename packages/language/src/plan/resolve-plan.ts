// resolvePlan(): the one place that turns a linked plan into its calendar (docs/language.md,
// "Phases, weeks and days"). It never throws on a broken plan: whatever cannot be
// resolved is left out, and the structural checks explain why.

import { Temporal } from 'temporal-polyfill';
import * as ast from '../generated/ast.js';
import { addDays, mondayOf, parseDate, parseTime, weekdayOf } from '../model/calendar-values.js';
import { parsePace, parseQuantity, parseZone } from '../model/quantities.js';
import { DEFAULT_QUALITY_RUNS, FOCUSES, isOneOf, isQualityKind, LEVELS, PRIORITIES, type Focus, type Weekday } from '../model/vocabulary.js';
import { calendarDays } from './calendar-days.js';
import { lengthOf, runSteps, type RunStructure, type StepLength } from './run-steps.js';
import { resolveLift } from './resolve-lift.js';
import { overrideWeeks } from './week-overrides.js';
import type {
    ResolvedActivity, ResolvedAthlete, ResolvedCross, ResolvedDay, ResolvedPhase, ResolvedPlan, ResolvedRace, ResolvedRun, ResolvedWeek
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
    const end = addDays(firstMonday, Math.max(weekCount, 1) * 7 - 1);
    const races = plan.races.map(race => resolveRace(race, start, end)).filter(race => race !== undefined);
    const qualityRuns = resolveQualityRuns(plan);
    const context: WeekContext = { day: calendarDays(firstMonday), start, athlete, qualityRuns };
    const weeks: ResolvedWeek[] = [];
    for (const phase of phases) {
        for (let k = 1; k <= phase.weeks; k++) {
            weeks.push(resolveWeek(phase, k, context));
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
        qualityRuns
    };
}

/** What every week of the plan is resolved against. */
interface WeekContext {
    /** The date that many days after the plan's first Monday. */
    day: (offset: number) => Temporal.PlainDate;
    start: Temporal.PlainDate;
    athlete: ResolvedAthlete;
    qualityRuns: ReadonlySet<string>;
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
        liftingSince: parseDate(node?.liftingSince[0]?.date),
        units: resolveUnits(node),
        round: resolveRound(node),
        node,
        maxes
    };
}

function resolveUnits(node: ast.Athlete | undefined): 'kg' | 'lb' | undefined {
    const value = node?.units[0]?.value;
    return value === 'kg' || value === 'lb' ? value : undefined;
}

function resolveRound(node: ast.Athlete | undefined): ResolvedAthlete['round'] {
    const quantity = node?.rounds[0]?.load ? parseQuantity(node.rounds[0].load) : undefined;
    if (quantity?.kind !== 'load' || quantity.unit === '%' || quantity.value <= 0) return undefined;
    return { value: quantity.value, unit: quantity.unit };
}

function resolvePhases(plan: ast.Plan, start: Temporal.PlainDate, firstMonday: Temporal.PlainDate): ResolvedPhase[] {
    const phases: ResolvedPhase[] = [];
    let weeksBefore = 0;
    for (const node of plan.phases) {
        const weeks = Number.isInteger(node.length) && node.length > 0 ? Math.min(node.length, MAX_PHASE_WEEKS) : 0;
        if (weeks === 0) continue;
        const monday = addDays(firstMonday, weeksBefore * 7);
        phases.push({
            name: node.name ?? '',
            focus: isOneOf(FOCUSES, node.focus) ? node.focus : ('base' satisfies Focus),
            start: weeksBefore === 0 ? start : monday,
            end: addDays(monday, weeks * 7 - 1),
            weeks,
            firstWeek: weeksBefore + 1,
            deloadWeeks: deloadWeeksOf(node, weeks),
            node
        });
        weeksBefore += weeks;
    }
    return phases;
}

/** The weeks of a phase that a `week … deload { }` override marks, each once, in order. */
function deloadWeeksOf(phase: ast.Phase, weeks: number): number[] {
    const marked = phase.overrides.filter(override => override.deload).flatMap(overrideWeeks);
    return [...new Set(marked)].filter(week => week >= 1 && week <= weeks).sort((a, b) => a - b);
}

/**
 * How many progression steps the loads of week K of a phase have taken: the weeks before K
 * that are not deload weeks; a deload week repeats the count of the last week before it
 * that is not one (0 if none), so with week 4 a deload, weeks 3 and 4 lift the same.
 */
export function progressionSteps(weekOfPhase: number, deloadWeeks: readonly number[]): number {
    let week = weekOfPhase;
    while (week >= 1 && deloadWeeks.includes(week)) week--;
    if (week < 1) return 0;
    let steps = 0;
    for (let before = 1; before < week; before++) if (!deloadWeeks.includes(before)) steps++;
    return steps;
}

function resolveWeek(phase: ResolvedPhase, weekOfPhase: number, context: WeekContext): ResolvedWeek {
    const number = phase.firstWeek + weekOfPhase - 1;
    const monday = context.day((number - 1) * 7);
    // Overrides that name the same week merge; a day keeps the first line that names it.
    const overrides = phase.node.overrides.filter(override => overrideWeeks(override).includes(weekOfPhase));
    const deload = phase.deloadWeeks.includes(weekOfPhase);
    const week: ResolvedWeek = { number, weekOfPhase, monday, phase, override: overrides[0], overrides, deload, days: [] };
    const steps = progressionSteps(weekOfPhase, phase.deloadWeeks);
    for (let offset = 0; offset < 7; offset++) {
        const date = context.day((number - 1) * 7 + offset);
        if (Temporal.PlainDate.compare(date, context.start) < 0) continue;
        const weekday = weekdayOf(date);
        const line = findDayLine(overrides.flatMap(override => override.days), weekday) ?? findDayLine(phase.node.days, weekday);
        if (!line) continue;
        week.days.push({
            date, weekday, week: number, weekOfPhase, phase, source: line,
            activities: line.activities.map((activity, index) => resolveActivity(activity, index, steps, context))
        });
    }
    return week;
}

function findDayLine(lines: ast.DayLine[], weekday: Weekday): ast.DayLine | undefined {
    return lines.find(line => line.days.includes(weekday));
}

function resolveActivity(node: ast.Activity, index: number, steps: number, context: WeekContext): ResolvedActivity {
    if (ast.isRunActivity(node)) return resolveRun(node, index, context.qualityRuns);
    if (ast.isCrossActivity(node)) return resolveCross(node, index);
    if (ast.isLiftActivity(node)) return resolveLift(node, index, steps, context.athlete);
    return { type: 'rest', note: (node as ast.RestActivity).note, index, node: node as ast.RestActivity };
}

function resolveRun(node: ast.RunActivity, index: number, qualityRuns: ReadonlySet<string>): ResolvedRun {
    const hard = node.hards.length > 0;
    const structure = runStructure(node);
    return {
        type: 'run', kind: node.kind, amount: node.amount, note: node.note, time: parseTime(node.time), index, node,
        hard, quality: hard || node.kind === 'race' || isQualityKind(qualityRuns, node.kind),
        ...structure,
        steps: runSteps(node.amount, structure)
    };
}

/** The structure written on a run; a part that is not valid is left out (a `syntax` error says why). */
function runStructure(node: ast.RunActivity): RunStructure {
    const written = node.targets[0];
    const pace = written?.pace !== undefined ? parsePace(written.pace) : undefined;
    const zone = written?.zone !== undefined ? parseZone(written.zone) : undefined;
    const repeat = node.amount !== undefined && /[x×]/.test(node.amount);
    const structure: RunStructure = {};
    if (pace) structure.target = { pace };
    else if (zone !== undefined) structure.target = { zone };
    const recovery = repeat ? stepLength(node.recoveries[0]) : undefined;
    const warmup = stepLength(node.warmups[0]);
    const cooldown = stepLength(node.cooldowns[0]);
    if (recovery) structure.recovery = recovery;
    if (warmup) structure.warmup = warmup;
    if (cooldown) structure.cooldown = cooldown;
    return structure;
}

function stepLength(text: string | undefined): StepLength | undefined {
    const quantity = text !== undefined ? parseQuantity(text) : undefined;
    if (!quantity || quantity.kind === 'load') return undefined;
    return lengthOf(quantity) as StepLength;
}

function resolveCross(node: ast.CrossActivity, index: number): ResolvedCross {
    return { type: 'cross', kind: node.kind, amount: node.amount, note: node.note, hard: node.hard, quality: node.hard, time: parseTime(node.time), index, node };
}

function resolveRace(node: ast.Race, start: Temporal.PlainDate, end: Temporal.PlainDate): ResolvedRace | undefined {
    const date = parseDate(node.date);
    if (!date) return undefined;
    const written = node.priorities[0];
    const priority = isOneOf(PRIORITIES, written) ? written : 'A';
    const scheduled = Temporal.PlainDate.compare(date, start) >= 0 && Temporal.PlainDate.compare(date, end) <= 0;
    const distance = node.distances[0] !== undefined ? parseQuantity(node.distances[0]) : undefined;
    return {
        name: node.name ?? '', date, priority, node, scheduled,
        time: parseTime(node.times[0]),
        distance: distance?.kind === 'distance' ? { text: distance.text, metres: Math.round(distance.meters) } : undefined
    };
}

/**
 * A race day is a `run race`: it replaces the runs (and a `rest`) that the template puts on
 * that day and takes the place of the first of them; lifts and cross sessions stay where they were.
 */
function scheduleRaces(races: ResolvedRace[], weeks: ResolvedWeek[]): void {
    for (const race of races.filter(race => race.scheduled)) {
        const week = weeks.find(candidate => Temporal.PlainDate.compare(candidate.monday, race.date) <= 0
            && Temporal.PlainDate.compare(race.date, addDays(candidate.monday, 6)) <= 0);
        if (!week) continue;
        let day = week.days.find(candidate => candidate.date.equals(race.date));
        if (!day) {
            day = { date: race.date, weekday: weekdayOf(race.date), week: week.number, weekOfPhase: week.weekOfPhase, phase: week.phase, activities: [] };
            week.days.push(day);
            week.days.sort((a, b) => Temporal.PlainDate.compare(a.date, b.date));
        }
        const raceRun: ResolvedRun = {
            type: 'run', kind: 'race', amount: race.distance?.text, note: race.name, race, time: race.time, index: 0, node: race.node,
            hard: false, quality: true, steps: runSteps(race.distance?.text)
        };
        const stays = (activity: ResolvedActivity) => activity.type === 'lift' || activity.type === 'cross';
        const firstReplaced = day.activities.findIndex(activity => !stays(activity));
        const kept: ResolvedActivity[] = day.activities.filter(stays);
        const position = firstReplaced === -1 ? 0 : day.activities.slice(0, firstReplaced).filter(stays).length;
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
