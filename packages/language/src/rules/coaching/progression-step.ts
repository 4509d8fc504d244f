// `progression-step`: a weekly `progress` step above 10 % of the starting load.

import type * as ast from '../../generated/ast.js';
import { KG_PER_LB, parseQuantity, parseStep, type ProgressStep } from '../../model/quantities.js';
import type { ResolvedPlan } from '../../plan/resolved-plan.js';
import { defineRule } from '../rule.js';
import { declaredLines, exerciseId } from './declared-sessions.js';

/** Largest weekly step, as a share of the starting load. */
export const MAX_STEP_PERCENT = 10;

export const progressionStep = defineRule({
    id: 'progression-step',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Loads should rise in small steps: weight that climbs faster than technique and tendons can follow is how lifters get hurt.',
    configurable: true,
    reportsAt: 'the exercise line (its `progress` step)',
    summary: `A weekly load increase of more than ${MAX_STEP_PERCENT} % of the starting load.`,
    explanation: [
        `Checks every \`progress +STEP/week\` on the exercise lines of the sessions declared in the file: one week's step may add at most ${MAX_STEP_PERCENT} % of the starting load. Exactly ${MAX_STEP_PERCENT} % passes; 10.1 % does not.`,
        'The guide asks for small increments as exercises get easier, and warns against lifting more than the body is ready for just to see the numbers climb: load that rises faster than technique and tendons can follow is how lifters get hurt. The guide gives no figure for a small step; Lift takes ten percent a week as the ceiling.',
        [
            'How the step is compared:',
            '- A percent step (`+5%/week`) is already a share of the first week\'s load: it is reported above 10 %.',
            '- A kg or lb step on a kg or lb load is compared with the written load (`squat 3x5 @ 50kg progress +5kg/week` is exactly 10 % and passes; `+5.5kg/week` does not). A step in the other unit is converted first.',
            '- A kg or lb step on a `%` load is compared with the starting load the plan in this file resolves (the percentage of the athlete\'s `max`). When the file has no plan or no max for that exercise, such as in a library file, the step is compared with the percentage itself as a rough stand-in (`+5kg/week` on `@ 40%` counts as 12.5 %).',
            '- Lines without a load, or with `@ bw`, are not judged.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat 3x5 @ 40kg rest 2min rir 2 progress +5kg/week\n}',
        good: 'session Legs heavy {\n    squat 3x5 @ 40kg rest 2min rir 2 progress +2.5kg/week\n}'
    },
    check({ file, plan, report }) {
        for (const { line } of declaredLines(file)) {
            const option = line.progressions[0];
            const step = option ? parseStep(option.step) : undefined;
            const start = startingLoad(line, plan);
            if (!option || !step || !start) continue;
            const percent = step.unit === '%' ? step.value : 100 * inUnit(step, start.unit) / start.value;
            // A little slack so that a step of exactly 10 % never fires through rounding.
            if (percent <= MAX_STEP_PERCENT + 1e-9) continue;
            const suggested = suggestedStep(step, start);
            report({
                node: option,
                property: 'step',
                message: `${exerciseId(line)} climbs by ${step.text.slice(1, -'/week'.length)} a week, ${formatNumber(Math.round(percent * 10) / 10)} % of its starting load ${start.written}. `
                    + `Load that rises faster than technique and tendons adapt is how lifters get hurt: add small steps of at most ${MAX_STEP_PERCENT} % a week, such as ${suggested}.`,
                data: { percent, suggested }
            });
        }
    }
});

interface StartingLoad {
    value: number;
    unit: 'kg' | 'lb' | '%';
    written: string;
}

/** The load the progression starts from, in kg or lb where it can be known. */
function startingLoad(line: ast.ExerciseLine, plan: ResolvedPlan | undefined): StartingLoad | undefined {
    const text = line.loads[0]?.value;
    const quantity = text !== undefined && text !== 'bw' ? parseQuantity(text) : undefined;
    if (quantity?.kind !== 'load' || quantity.value <= 0) return undefined;
    if (quantity.unit !== '%') return { value: quantity.value, unit: quantity.unit, written: quantity.text };
    const resolved = plan ? resolvedStart(line, plan) : undefined;
    if (resolved) return { ...resolved, written: `${formatNumber(resolved.value)}${resolved.unit} (${quantity.text})` };
    return { value: quantity.value, unit: '%', written: quantity.text };
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
