// The resolved plan: the calendar a linked `.lift` plan describes, computed once per
// document build by resolvePlan(). Rules, emitters and editor features read this; none of
// them derives dates or loads on its own. Every element points back at its source node.

import type { Temporal } from 'temporal-polyfill';
import type * as ast from '../generated/ast.js';
import type { Focus, Intensity, Level, Priority, Weekday } from '../model/vocabulary.js';
import type { RunStep } from './run-steps.js';

export interface ResolvedPlan {
    name: string;
    node: ast.Plan;
    athlete: ResolvedAthlete;
    start: Temporal.PlainDate;
    /** The Sunday of the plan's last week. */
    end: Temporal.PlainDate;
    /** IANA zone for timed events, when the plan names one. */
    timezone?: string;
    races: ResolvedRace[];
    phases: ResolvedPhase[];
    weeks: ResolvedWeek[];
    /** Every scheduled day, in date order; days with nothing scheduled are absent. */
    days: ResolvedDay[];
    /** Run kinds that count as quality runs for the recovery rules. */
    qualityRuns: ReadonlySet<string>;
}

export interface ResolvedAthlete {
    name?: string;
    level: Level;
    runningSince?: Temporal.PlainDate;
    node?: ast.Athlete;
    maxes: ReadonlyMap<string, { value: number; unit: 'kg' | 'lb'; node: ast.Max }>;
}

export interface ResolvedRace {
    name: string;
    date: Temporal.PlainDate;
    priority: Priority;
    node: ast.Race;
    /** Whether the race day falls inside the plan and was scheduled. */
    scheduled: boolean;
}

export interface ResolvedPhase {
    name: string;
    focus: Focus;
    /** First scheduled date of the phase (the plan start for a phase that begins mid-week). */
    start: Temporal.PlainDate;
    end: Temporal.PlainDate;
    weeks: number;
    /** Plan week number (from 1) of the phase's first week. */
    firstWeek: number;
    node: ast.Phase;
}

export interface ResolvedWeek {
    /** Plan week number, from 1. */
    number: number;
    /** Week number inside its phase, from 1. */
    weekOfPhase: number;
    monday: Temporal.PlainDate;
    phase: ResolvedPhase;
    /** The `week K { }` override that shapes this week, if any; else the phase template does. */
    override?: ast.WeekOverride;
    days: ResolvedDay[];
}

export interface ResolvedDay {
    date: Temporal.PlainDate;
    weekday: Weekday;
    week: number;
    weekOfPhase: number;
    phase: ResolvedPhase;
    /** The day line that scheduled the day; absent for a race day that no line names. */
    source?: ast.DayLine;
    activities: ResolvedActivity[];
}

export type ResolvedActivity = ResolvedRun | ResolvedLift | ResolvedRest;

interface ActivityBase {
    /** Minutes after midnight when the activity has `at HH:MM`. */
    time?: number;
    /** Position of the activity in its day after ordering, from 0. */
    index: number;
}

export interface ResolvedRun extends ActivityBase {
    type: 'run';
    kind: string;
    amount?: string;
    note?: string;
    /** The race this run is, for the automatic race-day run. */
    race?: ResolvedRace;
    /** The run as a watch runs it: warm-up, repetitions and recoveries, cool-down. */
    steps: RunStep[];
    node: ast.RunActivity | ast.Race;
}

export interface ResolvedLift extends ActivityBase {
    type: 'lift';
    session: string;
    intensity: Intensity;
    warmup?: ResolvedWarmup;
    exercises: ResolvedExercise[];
    node: ast.LiftActivity;
    /** The session declaration; absent when the reference does not resolve. */
    definition?: ast.Session;
}

export interface ResolvedRest extends ActivityBase {
    type: 'rest';
    node: ast.RestActivity;
}

export interface ResolvedWarmup {
    name: string;
    /** Seconds of cardio, when the warm-up has that part. */
    cardio?: number;
    cardioKind?: string;
    /** Seconds of mobility, when the warm-up has that part. */
    mobility?: number;
    mobilityNote?: string;
    node: ast.Warmup;
}

export type ResolvedLoad =
    | { unit: 'kg' | 'lb'; value: number; percent?: number }
    | { unit: 'bw' };

export interface ResolvedExercise {
    exercise: string;
    name: string;
    sets: number;
    /** Counted reps per set; absent for a timed hold. */
    reps?: number;
    /** Seconds per set of a timed hold (`plank 3x30s`). */
    hold?: number;
    each: boolean;
    load?: ResolvedLoad;
    /**
     * The load of the phase's first week, before any `progress` step (rounded like `load`):
     * what "the starting load" of a progression means. Absent when `load` is.
     */
    startLoad?: ResolvedLoad;
    /** A `%` load whose exercise has no `max` for the athlete: the load stays unresolved. */
    missingMax: boolean;
    rest?: number;
    rir?: number;
    rpe?: number;
    node: ast.ExerciseLine;
    definition?: ast.Exercise;
}
