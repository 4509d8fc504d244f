// Questions the calendar rules ask of the resolved plan: which lifts are heavy, which runs
// count as quality, how far apart two activities are, and how a message names them. They
// only read the ResolvedPlan; no date or load is worked out here.

import { Temporal } from 'temporal-polyfill';
import { formatWeekday } from '../../model/calendar-values.js';
import { DEFAULT_QUALITY_RUNS } from '../../model/vocabulary.js';
import { listOf } from '../english.js';
import type {
    ResolvedActivity, ResolvedCross, ResolvedDay, ResolvedLift, ResolvedPlan, ResolvedRun, ResolvedWeek
} from '../../plan/resolved-plan.js';
import type { RelatedPlace } from '../rule.js';

export interface LiftOnDay {
    day: ResolvedDay;
    lift: ResolvedLift;
}

/** Every scheduled `lift`, in calendar order (and in order within a day). */
export function liftsOf(plan: ResolvedPlan): LiftOnDay[] {
    return plan.days.flatMap(day => day.activities.filter(isLift).map(lift => ({ day, lift })));
}

export function isLift(activity: ResolvedActivity): activity is ResolvedLift {
    return activity.type === 'lift';
}

/**
 * A heavy lift: a `lift` of a session marked (or defaulted) `heavy`. A lift whose session
 * does not resolve is left to `unresolved-reference` and judged by nothing else.
 */
export function isHeavyLift(activity: ResolvedActivity): activity is ResolvedLift {
    return activity.type === 'lift' && activity.definition !== undefined && activity.intensity === 'heavy';
}

/** A run or cross session that the recovery rules protect. */
export type QualityWork = ResolvedRun | ResolvedCross;

/**
 * Hard work that wants fresh legs: a quality run (its kind is in `quality-runs`, it is marked
 * `hard`, or it is a race, whatever `quality-runs` says) or a cross session marked `hard`.
 * The resolver decides `quality`; the rules only read it.
 */
export function isQualityWork(activity: ResolvedActivity): activity is QualityWork {
    return (activity.type === 'run' || activity.type === 'cross') && activity.quality;
}

/** "`tempo`, `threshold`, … and `race`": the default quality runs as explanations list them. */
export const DEFAULT_QUALITY_RUN_LIST = listOf(DEFAULT_QUALITY_RUNS.map(kind => `\`${kind}\``));

/** The lifts of one Monday–Sunday plan week, heavy or light. */
export function liftsInWeek(week: ResolvedWeek): ResolvedLift[] {
    return week.days.flatMap(day => day.activities.filter(isLift));
}

/** "the tempo run", "the hard long run", "the hard bike session", "the race City Marathon". */
export function runLabel(work: QualityWork): string {
    if (work.type === 'cross') return `the hard ${work.kind} session`;
    if (work.race) return `the race ${work.race.name}`;
    // A run of a kind that is not quality by itself counts because it is marked hard.
    return work.hard ? `the hard ${work.kind} run` : `the ${work.kind} run`;
}

/** "The tempo run" from "the tempo run". */
export function sentenceCase(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Tue": the weekday as messages write it. */
export function weekdayLabel(day: ResolvedDay): string {
    return formatWeekday(day.weekday);
}

/** Where a run is written: the run activity, or the `race` statement for a race day. */
export function runPlace(run: QualityWork, message: string): RelatedPlace {
    return { node: run.node, message };
}

/**
 * Hours from the start of one activity to the start of another `days` later: whole days
 * count 24 h each, and when both activities have an `at` time the difference is exact.
 * Returned in minutes, so that 47 h 59 min is not rounded up to 48 h.
 */
export function minutesApart(days: number, from: ResolvedActivity, to: ResolvedActivity): number {
    const exact = from.time !== undefined && to.time !== undefined ? to.time - from.time : 0;
    return days * 24 * 60 + exact;
}

/** "24 h", "47 h 30 min". */
export function formatHours(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The first date of a plan week that lies inside the plan (its Monday, or the start in week 1). */
export function firstDateOf(week: ResolvedWeek, plan: ResolvedPlan): Temporal.PlainDate {
    return Temporal.PlainDate.compare(week.monday, plan.start) < 0 ? plan.start : week.monday;
}

/** "the athlete" or the athlete's name. */
export function athleteLabel(plan: ResolvedPlan): string {
    return plan.athlete.name ?? 'the athlete';
}
