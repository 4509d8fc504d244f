// `light-session`: a `light` session that prescribes heavy work. What the session writes is
// judged where it is declared; a load that is heavy only against the athlete's max is judged
// where a plan lifts the session, since only the plan knows the athlete.

import type * as ast from '../../generated/ast.js';
import { convertLoad, parseQuantity, parseRepeat, parseStep } from '../../model/quantities.js';
import type { ResolvedDay, ResolvedExercise, ResolvedLift, ResolvedPlan } from '../../plan/resolved-plan.js';
import { listOf } from '../english.js';
import { defineRule, type RuleReport } from '../rule.js';
import { athleteLabel, liftsOf, weekdayLabel } from './calendar-queries.js';
import { exerciseId, isLightSession } from './declared-sessions.js';
import { formatPercent, shareOfMax } from './share-of-max.js';

/** A set of this many reps or fewer… */
export const HEAVY_REPS = 6;
/** …with this many reps in reserve or fewer is heavy work. */
export const HEAVY_RIR = 2;
/** An effort of this RPE or more is heavy work. */
export const HEAVY_RPE = 8;
/** A load of this share of the athlete's max or more is heavy work. */
export const HEAVY_PERCENT = 80;

export const lightSession = defineRule({
    id: 'light-session',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Light sessions pass the taper and recovery checks because they are easy; near-maximal work in one slips heavy lifting past them.',
    configurable: true,
    reportsAt: 'the session name; the plan\'s `lift` when the load is heavy only against the athlete\'s max',
    summary: 'A session marked light that prescribes heavy work.',
    explanation: [
        'Checks every session declared `light`. An exercise line counts as heavy work when any of these holds:',
        `- ${HEAVY_REPS} reps or fewer per set **and** \`rir ${HEAVY_RIR}\` or less (few reps close to the limit);\n- \`rpe ${HEAVY_RPE}\` or more;\n- a load of ${HEAVY_PERCENT} % of the max or more (\`@ ${HEAVY_PERCENT}%\`);\n- a \`kg\` or \`lb\` load of ${HEAVY_PERCENT} % or more of the athlete's \`max\` for that exercise, in any week of the plan.`,
        'A `light` session is maintenance work, and it is trusted as such: the `recovery-48h`, `lift-after-run` and `taper` rules let it through. The guide lets light maintenance lifting go on through the taper precisely because it is light; a "light" session with near-maximal sets would slip heavy work past those checks. Keep such sessions easy (for example `rir 4`, or 60 % of the max), or mark the session `heavy`.',
        [
            'Where it reports:',
            '- What the session itself writes (reps, effort, a percentage) is reported at the session name, in the file that declares it, and lists the heavy lines.',
            `- Whether \`squat 2x5 @ 85kg\` is heavy depends on the athlete: it is judged against the \`max\` of every plan that lifts the session, and reported at that plan's \`lift\` (with the weeks), like \`missing-max\` for a session from another file. A \`%\` load that a \`progress\` step carries to ${HEAVY_PERCENT} % in a later week is reported there too.`,
            '',
            'How a line is judged:',
            '- Each week\'s load is taken as the plan resolves it (progression and conversion applied) but **before** rounding to the athlete\'s plates: `round 5lb` cannot make a load heavy.',
            '- A rep range (`2x4-6`) is judged by its low end, the heaviest sets; an effort range (`rir 1-3`, `rpe 7-8`) by its hard end (`rir 1`, `rpe 8`).',
            '- A line without `rir` or `rpe` is judged by its load only; `bw` loads and athletes without a max for the exercise are not judged by load.',
            `- The quick fixes mark the session \`heavy\`, or lower the load to just below ${HEAVY_PERCENT} % of the max.`
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring 10k" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        thu: lift Maintenance\n    }\n}\n\nsession Maintenance light {\n    squat 2x5 @ 85kg rest 2min rir 4\n}',
        good: 'plan "Spring 10k" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        thu: lift Maintenance\n    }\n}\n\nsession Maintenance light {\n    squat 2x5 @ 60kg rest 2min rir 4\n}'
    },
    check({ file, plan, report }) {
        for (const session of file.sessions.filter(isLightSession)) reportWrittenWork(session, report);
        if (plan) reportLoadsAgainstMaxes(plan, report);
    }
});

/** The heavy lines a light session writes, at the session name. */
function reportWrittenWork(session: ast.Session, report: (report: RuleReport) => void): void {
    const heavy = session.exercises.map(line => ({ line, why: writtenHeavyWork(line) })).filter(entry => entry.why !== undefined);
    if (heavy.length === 0) return;
    const listed = heavy.map(({ line, why }) => `${exerciseId(line)} (${why})`).join(', ');
    report({
        node: session,
        property: 'name',
        message: `Session ${session.name} is marked light but prescribes heavy work: ${listed}. `
            + 'Light sessions pass the recovery and taper checks because they are easy: lower the effort (rir 4, or about 60 % of the max) or mark the session heavy.',
        related: heavy.map(({ line, why }) => ({ node: line, message: `Heavy work in a light session: ${why}` })),
        data: { session: session.name }
    });
}

/** Why a line is heavy by what it writes (reps with effort, effort, a percentage), or undefined. */
export function writtenHeavyWork(line: ast.ExerciseLine): string | undefined {
    const reps = line.scheme ? parseRepeat(line.scheme)?.reps : undefined;
    const effort = (measure: 'rir' | 'rpe') => line.efforts.find(option => option.measure === measure);
    // The hard end of a range: the fewest reps in reserve, the highest RPE.
    const rir = effort('rir')?.value;
    const rpeOption = effort('rpe');
    const rpe = rpeOption ? Math.max(rpeOption.value, rpeOption.max ?? rpeOption.value) : undefined;
    const load = line.loads[0]?.value ? parseQuantity(line.loads[0].value) : undefined;
    if (reps !== undefined && reps <= HEAVY_REPS && rir !== undefined && rir <= HEAVY_RIR) return `${reps} reps at rir ${rir}`;
    if (rpe !== undefined && rpe >= HEAVY_RPE) return `rpe ${rpe}`;
    if (load?.kind === 'load' && load.unit === '%' && load.value >= HEAVY_PERCENT) return `${load.value} % of the max`;
    return undefined;
}

interface HeavyLoad {
    day: ResolvedDay;
    exercise: ResolvedExercise;
    percent: number;
    max: string;
}

/**
 * Light sessions whose loads reach 80 % of the athlete's max in some week, at the lift that
 * schedules them. Lines already heavy by what they write are left to the session's report.
 */
function reportLoadsAgainstMaxes(plan: ResolvedPlan, report: (report: RuleReport) => void): void {
    const byLift = new Map<ast.LiftActivity, { lift: ResolvedLift; found: HeavyLoad[] }>();
    for (const { day, lift } of liftsOf(plan)) {
        if (lift.intensity !== 'light' || !lift.definition) continue;
        for (const exercise of lift.exercises) {
            const share = writtenHeavyWork(exercise.node) === undefined ? shareOfMax(plan, exercise) : undefined;
            // A little slack so that exactly 80 % is heavy whatever the float arithmetic says.
            if (!share || share.percent < HEAVY_PERCENT - 1e-9) continue;
            const entry = byLift.get(lift.node) ?? { lift, found: [] };
            entry.found.push({ day, exercise, ...share });
            byLift.set(lift.node, entry);
        }
    }
    for (const { lift, found } of byLift.values()) {
        // The runner merges the dates of one lift into one diagnostic: one message for all of them.
        const message = `Light session ${lift.session} is heavy for ${athleteLabel(plan)}: ${describeLoads(found)}. `
            + `Light sessions pass the recovery and taper checks because they are easy: keep their loads below ${HEAVY_PERCENT} % of the max (about 60 % suits maintenance), or mark the session heavy.`;
        const data = { session: lift.session, lower: lowerLoads(plan, found) };
        for (const { day } of uniqueDays(found)) {
            report({
                node: lift.node,
                message,
                dates: [day.date],
                weeks: [day.week],
                related: found.map(({ exercise }) => ({ node: exercise.node, message: `${exercise.exercise} in the light session ${lift.session}` })),
                data
            });
        }
    }
}

/** "squat 85kg is 85 % of the max 100kg (Thu) and deadlift 70% is 75–82 % of the max 140kg (Mon, Thu)". */
function describeLoads(found: HeavyLoad[]): string {
    const byExercise = new Map<ast.ExerciseLine, HeavyLoad[]>();
    for (const entry of found) byExercise.set(entry.exercise.node, [...byExercise.get(entry.exercise.node) ?? [], entry]);
    return listOf([...byExercise.values()].map(entries => {
        const percents = entries.map(entry => entry.percent);
        const low = formatPercent(Math.min(...percents));
        const high = formatPercent(Math.max(...percents));
        const days = [...new Set(entries.map(entry => weekdayLabel(entry.day)))].join(', ');
        return `${entries[0].exercise.exercise} ${entries[0].exercise.node.loads[0]?.value ?? ''} is ${low === high ? low : `${low}–${high}`} % of the max ${entries[0].max} (${days})`;
    }));
}

/** The days of the findings, each once (a day may have several heavy lines). */
function uniqueDays(found: HeavyLoad[]): HeavyLoad[] {
    const byDate = new Map<string, HeavyLoad>();
    for (const entry of found) if (!byDate.has(entry.day.date.toString())) byDate.set(entry.day.date.toString(), entry);
    return [...byDate.values()];
}

/**
 * For the quick fix: per heavy line, the largest load written in the line's own unit that
 * keeps every week of this plan below 80 % of the max, progression included.
 */
function lowerLoads(plan: ResolvedPlan, found: HeavyLoad[]): Array<{ position: number; exercise: string; load: string }> {
    const worst = new Map<ast.ExerciseLine, ResolvedExercise>();
    for (const { exercise } of found) {
        const known = worst.get(exercise.node);
        if (!known || exactOf(exercise) > exactOf(known)) worst.set(exercise.node, exercise);
    }
    return [...worst.values()].flatMap(exercise => {
        const load = highestLightLoad(plan, exercise);
        const session = exercise.node.$container;
        return load ? [{ position: session.exercises.indexOf(exercise.node), exercise: exercise.exercise, load }] : [];
    });
}

function exactOf(exercise: ResolvedExercise): number {
    return exercise.load && exercise.load.unit !== 'bw' ? exercise.load.exact : 0;
}

/** The written load that puts the heaviest week just below the threshold, on a 0.5 kg, 1 lb or 1 % grid. */
function highestLightLoad(plan: ResolvedPlan, exercise: ResolvedExercise): string | undefined {
    const written = exercise.node.loads[0]?.value ? parseQuantity(exercise.node.loads[0].value) : undefined;
    const max = plan.athlete.maxes.get(exercise.exercise);
    const load = exercise.load;
    const start = exercise.startLoad;
    if (written?.kind !== 'load' || !max || !load || load.unit === 'bw' || !start || start.unit === 'bw') return undefined;
    const maxInUnit = convertLoad(max.value, max.unit, load.unit);
    const limit = maxInUnit * HEAVY_PERCENT / 100;
    const step = exercise.node.progressions[0] ? parseStep(exercise.node.progressions[0].step) : undefined;
    let bound: number;
    if (written.unit === '%') {
        // Percentage points and kg steps both add to the start: keep the start that much lower.
        bound = 100 * (limit - (load.exact - start.exact)) / maxInUnit;
    } else if (step?.unit === '%') {
        // A percent step on a kg or lb load multiplies the start.
        bound = convertLoad(limit * start.exact / load.exact, load.unit, written.unit);
    } else {
        bound = convertLoad(limit - (load.exact - start.exact), load.unit, written.unit);
    }
    const grid = written.unit === 'kg' ? 0.5 : 1;
    const value = (Math.ceil(bound / grid - 1e-9) - 1) * grid;
    return value > 0 ? `${Number(value.toFixed(2))}${written.unit}` : undefined;
}
