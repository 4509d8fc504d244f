// `progression-step`: a weekly `progress` step above 10 % of the starting load, or a week
// whose load goes above the athlete's max.

import { AstUtils, type LangiumDocument } from 'langium';
import type * as ast from '../../generated/ast.js';
import { KG_PER_LB, parseQuantity, parseStep, type ProgressStep } from '../../model/quantities.js';
import type { ResolvedDay, ResolvedExercise, ResolvedLift, ResolvedPlan } from '../../plan/resolved-plan.js';
import { defineRule, type RuleReport } from '../rule.js';
import { athleteLabel, liftsOf } from './calendar-queries.js';
import { declaredLines, exerciseId } from './declared-sessions.js';
import { formatPercent, shareOfMax } from './share-of-max.js';

/** Largest weekly step, as a share of the starting load. */
export const MAX_STEP_PERCENT = 10;
/** No week may prescribe more than this share of the athlete's max. */
export const MAX_LOAD_PERCENT = 100;

export const progressionStep = defineRule({
    id: 'progression-step',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Loads should rise in small steps: weight that climbs faster than technique and tendons can follow is how lifters get hurt.',
    configurable: true,
    reportsAt: 'the exercise line (its `progress` step; the whole line for a load above the max)',
    summary: `A weekly load increase of more than ${MAX_STEP_PERCENT} % of the starting load, or a load above the athlete's max.`,
    explanation: [
        `Checks every \`progress +STEP/week\` on the exercise lines of the sessions declared in the file: one week's step may add at most ${MAX_STEP_PERCENT} % of the starting load. Exactly ${MAX_STEP_PERCENT} % passes; 10.1 % does not.`,
        'The guide asks for small increments as exercises get easier, and warns against lifting more than the body is ready for just to see the numbers climb: load that rises faster than technique and tendons can follow is how lifters get hurt. The guide gives no figure for a small step; Lift takes ten percent a week as the ceiling.',
        [
            'How the step is compared:',
            '- On a `%` load, a percent step adds percentage points of the max (`@ 60% progress +3%/week` lifts 60 %, 63 %, 66 % …), so it is judged as a share of the starting percentage: `+6%/week` on `@ 60%` is exactly 10 % and passes, `+8%/week` is 13.3 % and does not.',
            '- On a kg or lb load, a percent step (`+5%/week`) is already a share of the first week\'s load: it is reported above 10 %.',
            '- A kg or lb step on a kg or lb load is compared with the written load (`squat 3x5 @ 50kg progress +5kg/week` is exactly 10 % and passes; `+5.5kg/week` does not). A step in the other unit is converted first.',
            '- A kg or lb step on a `%` load is compared with the starting load the plan in this file resolves (the percentage of the athlete\'s `max`). When the file has no plan or no max for that exercise, such as in a library file, the step is compared with the percentage itself as a rough stand-in (`+5kg/week` on `@ 40%` counts as 12.5 %).',
            '- Lines without a load, or with `@ bw`, are not judged.'
        ].join('\n'),
        [
            `A load above the max: every week of the plan whose load for an exercise is more than ${MAX_LOAD_PERCENT} % of the athlete's \`max\` for it is reported too, whatever the step. A one-rep max cannot be lifted for sets of reps, so such a week asks for the impossible or for a new max that nobody tested.`,
            '- The week\'s load is the one the plan resolves (progression and deload weeks applied), before rounding to the athlete\'s plates. Exactly 100 % passes.',
            '- It is reported at the exercise line, with the weeks it concerns; when the session is declared in another file, at the plan\'s `lift` of it instead, since the library does not know the athlete.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat    3x5 @ 60% rest 2min rir 2 progress +8%/week\n    deadlift 3x5 @ 40kg rest 2min rir 2 progress +5kg/week\n}',
        good: 'session Legs heavy {\n    squat    3x5 @ 60% rest 2min rir 2 progress +6%/week\n    deadlift 3x5 @ 40kg rest 2min rir 2 progress +2.5kg/week\n}'
    },
    check({ document, file, plan, report }) {
        reportSteps(file, plan, report);
        if (plan) reportLoadsAboveMax(document, plan, report);
    }
});

/** Steps of more than 10 % of the starting load, at the step. */
function reportSteps(file: ast.LiftFile, plan: ResolvedPlan | undefined, report: (report: RuleReport) => void): void {
    for (const { line } of declaredLines(file)) {
        const option = line.progressions[0];
        const step = option ? parseStep(option.step) : undefined;
        const start = startingLoad(line, plan);
        if (!option || !step || !start) continue;
        const percent = stepShare(step, start);
        // A little slack so that a step of exactly 10 % never fires through rounding.
        if (percent <= MAX_STEP_PERCENT + 1e-9) continue;
        const suggested = suggestedStep(step, start);
        const base = step.unit === '%' && start.percent !== undefined ? `starting percentage ${formatNumber(start.percent)}%` : `starting load ${start.written}`;
        report({
            node: option,
            property: 'step',
            message: `${exerciseId(line)} climbs by ${step.text.slice(1, -'/week'.length)} a week, ${formatNumber(Math.round(percent * 10) / 10)} % of its ${base}. `
                + `Load that rises faster than technique and tendons adapt is how lifters get hurt: add small steps of at most ${MAX_STEP_PERCENT} % a week, such as ${suggested}.`,
            data: { percent, suggested }
        });
    }
}

/** The step as a share of the starting load, in percent. */
function stepShare(step: ProgressStep, start: StartingLoad): number {
    if (step.unit !== '%') return 100 * inUnit(step, start.unit) / start.value;
    // Percentage points of the max on a `%` load; a share of the first week's load otherwise.
    return start.percent !== undefined ? 100 * step.value / start.percent : step.value;
}

interface AboveMax {
    day: ResolvedDay;
    lift: ResolvedLift;
    exercise: ResolvedExercise;
    percent: number;
    max: string;
}

/**
 * Weeks whose load is above the athlete's max, at the exercise line of this file, or at the
 * plan's `lift` when the session is declared elsewhere.
 */
function reportLoadsAboveMax(document: LangiumDocument, plan: ResolvedPlan, report: (report: RuleReport) => void): void {
    const byPlace = new Map<unknown, AboveMax[]>();
    for (const { day, lift } of liftsOf(plan)) {
        for (const exercise of lift.exercises) {
            const share = shareOfMax(plan, exercise);
            if (!share || share.percent <= MAX_LOAD_PERCENT + 1e-9) continue;
            const local = AstUtils.getDocument(exercise.node) === document;
            const key = local ? exercise.node : `${lift.node.$cstNode?.offset}:${exercise.node.$cstNode?.offset}`;
            byPlace.set(key, [...byPlace.get(key) ?? [], { day, lift, exercise, ...share }]);
        }
    }
    for (const found of byPlace.values()) {
        const { lift, exercise, max } = found[0];
        const local = AstUtils.getDocument(exercise.node) === document;
        const highest = Math.max(...found.map(entry => entry.percent));
        // One message for all the weeks of a place, which the runner merges into one diagnostic.
        const message = `${local ? '' : `Session ${lift.session}: `}${exercise.exercise} climbs to ${formatPercent(highest)} % of ${athleteLabel(plan)}'s max ${max}. `
            + 'Nobody lifts more than a one-rep max for sets of reps: lower the starting load or the step, end the progression sooner with a deload or a new phase, or test and raise the max.';
        for (const { day } of found) {
            report({
                node: local ? exercise.node : lift.node,
                message,
                dates: [day.date],
                weeks: [day.week],
                related: local ? undefined : [{ node: exercise.node, message: `${exercise.exercise} in session ${lift.session}` }],
                data: { exercise: exercise.exercise, percent: highest }
            });
        }
    }
}


interface StartingLoad {
    value: number;
    unit: 'kg' | 'lb' | '%';
    written: string;
    /** The written percentage of a `%` load. */
    percent?: number;
}

/** The load the progression starts from, in kg or lb where it can be known. */
function startingLoad(line: ast.ExerciseLine, plan: ResolvedPlan | undefined): StartingLoad | undefined {
    const text = line.loads[0]?.value;
    const quantity = text !== undefined && text !== 'bw' ? parseQuantity(text) : undefined;
    if (quantity?.kind !== 'load' || quantity.value <= 0) return undefined;
    if (quantity.unit !== '%') return { value: quantity.value, unit: quantity.unit, written: quantity.text };
    const resolved = plan ? resolvedStart(line, plan) : undefined;
    if (resolved) return { ...resolved, written: `${formatNumber(resolved.value)}${resolved.unit} (${quantity.text})`, percent: quantity.value };
    return { value: quantity.value, unit: '%', written: quantity.text, percent: quantity.value };
}

/** The starting load the resolved plan gives this line, when the plan uses it with a max. */
function resolvedStart(line: ast.ExerciseLine, plan: ResolvedPlan): { value: number; unit: 'kg' | 'lb' } | undefined {
    for (const day of plan.days) {
        for (const activity of day.activities) {
            if (activity.type !== 'lift') continue;
            const start = activity.exercises.find(exercise => exercise.node === line)?.startLoad;
            if (start && start.unit !== 'bw' && start.value > 0) return { value: start.value, unit: start.unit };
        }
    }
    return undefined;
}

/** A step's value in the unit of the load it is compared with (a `%` load takes it as is). */
function inUnit(step: ProgressStep, unit: 'kg' | 'lb' | '%'): number {
    if (unit === '%' || step.unit === unit || step.unit === '%') return step.value;
    return step.unit === 'lb' ? step.value * KG_PER_LB : step.value / KG_PER_LB;
}

/** The largest step of at most 10 %, in the step's own unit, rounded down to 0.5. */
function suggestedStep(step: ProgressStep, start: StartingLoad): string {
    if (step.unit === '%' && start.percent !== undefined) {
        // Percentage points: a tenth of the starting percentage.
        return `+${formatNumber(Math.max(Math.floor(start.percent * MAX_STEP_PERCENT / 100 * 2 + 1e-9) / 2, 0.5))}%/week`;
    }
    if (step.unit === '%') return `+${MAX_STEP_PERCENT}%/week`;
    const tenth = start.value * MAX_STEP_PERCENT / 100;
    const inStepUnit = start.unit === '%' || start.unit === step.unit ? tenth
        : start.unit === 'kg' ? tenth / KG_PER_LB : tenth * KG_PER_LB;
    const value = Math.max(Math.floor(inStepUnit * 2 + 1e-9) / 2, 0.5);
    return `+${formatNumber(value)}${step.unit}/week`;
}

function formatNumber(value: number): string {
    return String(Number(value.toFixed(2)));
}
