// The resolved plan: the calendar a linked `.lift` plan describes, computed once per
// document build by resolvePlan(). Rules, emitters and editor features read this; none of
// them derives dates or loads on its own. Every element points back at its source node.

import type { Temporal } from 'temporal-polyfill';
import type * as ast from '../generated/ast.js';
import type { Focus, Intensity, Level, Priority, Weekday } from '../model/vocabulary.js';
import type { RunStep, StepLength, StepTarget } from './run-steps.js';

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
    /** `lifting-since`: the athlete already lifts regularly. */
    liftingSince?: Temporal.PlainDate;
    /** `units`: the unit every resolved load is given in; absent means each load keeps its own. */
    units?: 'kg' | 'lb';
    /** `round`: the smallest load step on the bar, in its own unit. */
    round?: { value: number; unit: 'kg' | 'lb' };
    node?: ast.Athlete;
    maxes: ReadonlyMap<string, { value: number; unit: 'kg' | 'lb'; node: ast.Max }>;
}

export interface ResolvedRace {
    name: string;
    date: Temporal.PlainDate;
    priority: Priority;
    /** Minutes after midnight of the start, with `at HH:MM`. */
    time?: number;
    /** `distance 42.195km`: as written, and in metres. */
    distance?: { text: string; metres: number };
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
    /** Weeks of the phase (counted within it) that a `week K deload { }` marks, in order. */
    deloadWeeks: number[];
    node: ast.Phase;
}

export interface ResolvedWeek {
    /** Plan week number, from 1. */
    number: number;
    /** Week number inside its phase, from 1. */
    weekOfPhase: number;
    monday: Temporal.PlainDate;
    phase: ResolvedPhase;
    /** The first `week K { }` override that shapes this week, if any; else the phase template does. */
    override?: ast.WeekOverride;
    /** Every override that names this week (they merge), in the order written. */
    overrides: ast.WeekOverride[];
    /** Whether any of those overrides marks the week `deload`: progression pauses for it. */
    deload: boolean;
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

export type ResolvedActivity = ResolvedRun | ResolvedCross | ResolvedLift | ResolvedRest;

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
    /** Marked `hard`: a quality run whatever its kind. */
    hard: boolean;
    /** Counts as a quality run: its kind is in `quality-runs`, it is marked `hard`, or it is a race. */
    quality: boolean;
    /** `@ PACE` or `@ zN`: of each repetition on a repeat, else of the whole run. */
    target?: StepTarget;
    /** `rec AMOUNT`: recovery between repetitions. */
    recovery?: StepLength;
    warmup?: StepLength;
    cooldown?: StepLength;
    /** The race this run is, for the automatic race-day run. */
    race?: ResolvedRace;
    /** The run as a watch runs it: warm-up, repetitions and recoveries, cool-down. */
    steps: RunStep[];
    node: ast.RunActivity | ast.Race;
}

/** A non-running endurance session: `cross bike 45min hard`. */
export interface ResolvedCross extends ActivityBase {
    type: 'cross';
    kind: string;
    amount?: string;
    note?: string;
    hard: boolean;
    /** Only a `hard` cross session counts as a quality run. */
    quality: boolean;
    node: ast.CrossActivity;
}

export interface ResolvedLift extends ActivityBase {
    type: 'lift';
    session: string;
    note?: string;
    intensity: Intensity;
    warmup?: ResolvedWarmup;
    exercises: ResolvedExercise[];
    node: ast.LiftActivity;
    /** The session declaration; absent when the reference does not resolve. */
    definition?: ast.Session;
}

export interface ResolvedRest extends ActivityBase {
    type: 'rest';
    note?: string;
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
    | {
        unit: 'kg' | 'lb';
        /** This week's load: progression applied, converted into the athlete's units, rounded. */
        value: number;
        /** The same before rounding, for the rules that judge the prescription itself. */
        exact: number;
        /** For a `%` load: the percentage of the max prescribed for this week (written plus steps). */
        percent?: number;
        /** The share of the athlete's max that `value` is, one decimal, when the athlete has one. */
        ofMax?: number;
    }
    | { unit: 'bw' };

export interface ResolvedExercise {
    exercise: string;
    name: string;
    sets: number;
    /** Counted reps per set (the low end of a range); absent for a timed hold. */
    reps?: number;
    /** The high end of a rep range (`3x4-6`). */
    repsMax?: number;
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
    /** The high end of an `rir` range (`rir 1-2`): the easier end. */
    rirMax?: number;
    rpe?: number;
    /** The high end of an `rpe` range (`rpe 7-8`): the harder end. */
    rpeMax?: number;
    note?: string;
    node: ast.ExerciseLine;
    definition?: ast.Exercise;
}
