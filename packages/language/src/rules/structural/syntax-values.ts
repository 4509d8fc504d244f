// The value checks behind `syntax`: words and quantities that parse but mean nothing here.

import type { AstNode } from 'langium';
import * as ast from '../../generated/ast.js';
import { MAX_NUMBER, MAX_RUN_REPEATS } from '../../model/bounds.js';
import { acceptsType, allAstNodes } from '../../parser/syntax-tree-walk.js';
import { parsePace, parseQuantity, parseRepeat, parseZone, type Quantity } from '../../model/quantities.js';
import { FOCUSES, LEVELS, PATTERNS, PRIORITIES, RUN_KINDS, isOneOf } from '../../model/vocabulary.js';
import type { RuleContext } from '../rule.js';

type Report = RuleContext['report'];

export function checkValues(context: RuleContext): void {
    const { file, report } = context;
    file.plans.slice(1).forEach(plan => report({ node: plan, keyword: 'plan', message: 'A file holds at most one plan: move this plan into a file of its own.' }));
    for (const node of allAstNodes(file)) checkerOf(node.$type)?.(node, report);
}

interface Checker {
    applies(node: unknown): boolean;
    check(node: AstNode, report: Report): void;
}

function on<T extends AstNode>(applies: (node: unknown) => node is T, check: (node: T, report: Report) => void): Checker {
    return { applies, check: check as (node: AstNode, report: Report) => void };
}

/**
 * What to check on a node of each type, first match wins. A node's type alone decides which
 * entry applies, so the match is found once per type (`checkerOf`) rather than by asking
 * every predicate of every node: on a large file those questions were most of the time.
 */
const CHECKS: Checker[] = [
    on(ast.isPlan, checkPlan),
    on(ast.isAthlete, checkAthlete),
    on(ast.isUnitsSetting, (node, report) => oneOf(report, node, 'value', node.value, ['kg', 'lb'], 'unit')),
    on(ast.isRoundSetting, (node, report) => checkUnit(report, node, 'load', node.load, ['kg', 'lb'], 'Round to a load in kg or lb, such as 2.5kg or 5lb.')),
    on(ast.isLevelSetting, (node, report) => oneOf(report, node, 'value', node.value, LEVELS, 'level')),
    on(ast.isMax, (node, report) => checkUnit(report, node, 'load', node.load, ['kg', 'lb'], 'A max is a load in kg or lb, such as 120kg.')),
    on(ast.isTimezone, checkTimezone),
    on(ast.isRace, checkRace),
    on(ast.isPhase, checkPhase),
    on(ast.isRunActivity, checkRun),
    on(ast.isRunTarget, checkRunTarget),
    on(ast.isCrossActivity, (node, report) => checkUnit(report, node, 'amount', node.amount, ['duration', 'distance'], 'A cross session lasts a duration (45min) or a distance (20km).')),
    on(ast.isWeekOverride, (node, report) => {
        if (node.lastWeek !== undefined) checkRange(report, node, node.weeks[0], node.lastWeek, 'lastWeek');
    }),
    on(ast.isQualityRuns, (node, report) => node.kinds.forEach((kind, index) => oneOf(report, node, 'kinds', kind, RUN_KINDS, 'run kind', index))),
    on(ast.isExerciseLine, checkExerciseLine),
    on(ast.isWarmup, checkWarmup),
    on(ast.isCardioPart, (node, report) => checkUnit(report, node, 'duration', node.duration, ['duration'], 'Cardio takes a duration such as 10min.')),
    on(ast.isMobilityPart, (node, report) => checkUnit(report, node, 'duration', node.duration, ['duration'], 'Mobility takes a duration such as 6min.')),
    on(ast.isPatternSetting, (node, report) => oneOf(report, node, 'value', node.value, PATTERNS, 'movement pattern')),
    on(ast.isExercise, (node, report) => {
        checkOnce(node.patterns, 'pattern', report);
        checkOnce(node.levels, 'level', report);
    })
];

const checkerByType = new Map<string, ((node: AstNode, report: Report) => void) | undefined>();

function checkerOf(type: string): ((node: AstNode, report: Report) => void) | undefined {
    if (!checkerByType.has(type)) {
        checkerByType.set(type, CHECKS.find(checker => acceptsType(checker.applies, type))?.check);
    }
    return checkerByType.get(type);
}

function checkPlan(plan: ast.Plan, report: Report): void {
    if (plan.starts.length === 0) {
        report({ node: plan, property: 'name', message: 'The plan has no start date: add a line `start YYYY-MM-DD` inside the plan.' });
    }
    checkOnce(plan.starts, 'start', report);
    checkOnce(plan.timezones, 'timezone', report);
    checkOnce(plan.athletes, 'athlete', report);
    if (plan.phases.length === 0) {
        report({ node: plan, property: 'name', message: 'The plan has no phases: add at least one `phase NAME N weeks focus base { … }`.' });
    }
}

function checkAthlete(athlete: ast.Athlete, report: Report): void {
    checkOnce(athlete.levels, 'level', report);
    checkOnce(athlete.runningSince, 'running-since', report);
    checkOnce(athlete.liftingSince, 'lifting-since', report);
    checkOnce(athlete.units, 'units', report);
    checkOnce(athlete.rounds, 'round', report);
    const units = athlete.units[0]?.value;
    const round = athlete.rounds[0];
    const quantity = round?.load ? parseQuantity(round.load) : undefined;
    if ((units === 'kg' || units === 'lb') && quantity?.kind === 'load' && quantity.unit !== '%' && quantity.unit !== units) {
        report({ node: round, property: 'load', message: `\`round\` is written in the athlete's units (${units}), not in ${quantity.unit}: give the plate step in ${units}, such as ${units === 'kg' ? '2.5kg' : '5lb'}.` });
    }
}

function checkRace(race: ast.Race, report: Report): void {
    race.priorities.forEach((priority, index) => oneOf(report, race, 'priorities', priority, PRIORITIES, 'race priority', index));
    givenOnce(report, race, 'times', race.times, 'The race\'s start time (`at`)');
    givenOnce(report, race, 'distances', race.distances, 'The race\'s `distance`');
    givenOnce(report, race, 'priorities', race.priorities, 'The race\'s `priority`');
    race.distances.forEach(distance => checkUnit(report, race, 'distances', distance, ['distance'], 'A race distance is a distance such as 42.195km, 13.1mi or 5000m.'));
}

/** Reports the second and later values of an option that may be given once. */
function givenOnce(report: Report, node: AstNode, property: string, values: unknown[], what: string): void {
    for (let index = 1; index < values.length; index++) {
        report({ node, property, index, message: `${what} is given twice: keep one.` });
    }
}

/** A range's first number is not larger than its second (`3x6-4`, `rir 2-1`, `week 5-3`). */
function checkRange(report: Report, node: AstNode, low: number | undefined, high: number, property: string): void {
    if (low === undefined || low <= high) return;
    report({ node, property, message: `The first number of a range is larger than the second (${low}-${high}): write the smaller number first, as in ${high}-${low}.` });
}

function checkPhase(phase: ast.Phase, report: Report): void {
    oneOf(report, phase, 'focus', phase.focus, FOCUSES, 'phase focus');
    // No length at all is a parse error, already reported where the number was expected.
    if (phase.length !== undefined && (!Number.isInteger(phase.length) || phase.length < 1)) {
        report({ node: phase, property: 'length', message: `A phase lasts a whole number of weeks, at least 1; ${phase.length} is not one.` });
    }
}

function checkRun(run: ast.RunActivity, report: Report): void {
    oneOf(report, run, 'kind', run.kind, RUN_KINDS, 'run kind');
    checkRunOptions(run, report);
    if (run.amount === undefined) return;
    const repeat = parseRepeat(run.amount);
    const quantity = parseQuantity(run.amount);
    if (repeat ? repeat.reps !== undefined : quantity?.kind === 'load') {
        report({ node: run, property: 'amount', message: `A run amount is a duration (45min), a distance (10km) or a repeat (6x800m, 8x1min), not ${run.amount}.` });
    } else if (repeat && repeat.count > MAX_RUN_REPEATS && repeat.count <= MAX_NUMBER) {
        // Past MAX_NUMBER the bounds check has already said the number is too large.
        report({ node: run, property: 'amount', message: `A running repeat has at most ${MAX_RUN_REPEATS} repetitions, not ${repeat.count}: split the session into several runs or give it as a distance or a duration.` });
    }
}

function checkRunOptions(run: ast.RunActivity, report: Report): void {
    givenOnce(report, run, 'hards', run.hards, '`hard`');
    run.targets.slice(1).forEach(target => report({ node: target, message: 'The run\'s target (`@ …`) is given twice: keep one.' }));
    givenOnce(report, run, 'recoveries', run.recoveries, 'The recovery (`rec`)');
    givenOnce(report, run, 'warmups', run.warmups, 'The `warmup`');
    givenOnce(report, run, 'cooldowns', run.cooldowns, 'The `cooldown`');
    const lengths: Array<[string, string[], string]> = [['recoveries', run.recoveries, 'rec'], ['warmups', run.warmups, 'warmup'], ['cooldowns', run.cooldowns, 'cooldown']];
    for (const [property, values, word] of lengths) {
        values.forEach((value, index) => {
            const quantity = parseQuantity(value);
            if (quantity?.kind === 'duration' || quantity?.kind === 'distance') return;
            report({ node: run, property, index, message: `\`${word}\` takes a duration (2min) or a distance (400m), not ${value}.` });
        });
    }
    const isRepeat = run.amount !== undefined && parseRepeat(run.amount)?.each !== undefined;
    if (run.recoveries.length > 0 && !isRepeat) {
        report({ node: run, property: 'recoveries', index: 0, message: '`rec` is the recovery between repetitions, so it needs a repeat amount such as 6x800m or 5x3min: give the run one, or remove `rec`.' });
    }
}

function checkRunTarget(target: ast.RunTarget, report: Report): void {
    if (target.pace !== undefined && parsePace(target.pace) === undefined) {
        report({ node: target, property: 'pace', message: `${target.pace} is not a pace: write minutes and seconds (00–59) per km or mile, such as 3:50/km or 4:10-4:20/km.` });
    }
    if (target.zone !== undefined && parseZone(target.zone) === undefined) {
        report({ node: target, property: 'zone', message: /^z\d+$/.test(target.zone)
            ? `Heart-rate zones run from 1 to 5; ${target.zone} is outside that: use z1 to z5.`
            : `'${target.zone}' is not a target: use a pace such as 3:50/km or 4:10-4:20/km, or a heart-rate zone z1 to z5.` });
    }
}

function checkExerciseLine(line: ast.ExerciseLine, report: Report): void {
    const repeat = parseRepeat(line.scheme);
    if (repeat && (repeat.count < 1 || (repeat.reps !== undefined && (!Number.isInteger(repeat.reps) || repeat.reps < 1)))) {
        report({ node: line, property: 'scheme', message: `Sets and reps are whole numbers of at least 1, such as 4x5; ${line.scheme} is not.` });
    }
    if (line.repsMax !== undefined) {
        if (repeat?.each) report({ node: line, property: 'repsMax', message: `A hold takes one duration (${line.scheme}); ranges are for counted reps, such as 3x4-6.` });
        else checkRange(report, line, repeat?.reps, line.repsMax, 'repsMax');
    }
    if (repeat?.each?.kind === 'distance') {
        report({ node: line, property: 'scheme', message: `An exercise is done for reps (4x5) or held for a time (3x30s), not over a distance (${line.scheme}).` });
    }
    const single = (options: AstNode[], what: string) => options.slice(1).forEach(option =>
        report({ node: option, message: `The ${what} is given twice on this exercise line: keep one.` }));
    single(line.loads, 'load');
    single(line.rests, 'rest');
    single(line.efforts, 'effort (rir or rpe)');
    single(line.progressions, 'progression');
    line.notes.slice(1).forEach((_, index) => report({ node: line, property: 'notes', index: index + 1, message: 'The note is given twice on this exercise line: keep one.' }));
    for (const option of line.loads) {
        if (option.value !== 'bw') checkUnit(report, option, 'value', option.value, ['kg', 'lb', '%'], 'A load is 80kg, 175lb, 75% (of the athlete\'s max) or bw.');
    }
    for (const option of line.rests) checkUnit(report, option, 'duration', option.duration, ['duration'], 'Rest is a duration such as 90s or 2min.');
    for (const option of line.efforts) {
        const [low, high] = option.measure === 'rir' ? [0, 10] : [1, 10];
        if (option.value < low || option.value > high) {
            report({ node: option, property: 'value', message: `${option.measure.toUpperCase()} runs from ${low} to ${high}; ${option.value} is outside that.` });
        }
        if (option.max !== undefined && (option.max < low || option.max > high)) {
            report({ node: option, property: 'max', message: `${option.measure.toUpperCase()} runs from ${low} to ${high}; ${option.max} is outside that.` });
        }
        if (option.max !== undefined) checkRange(report, option, option.value, option.max, 'max');
    }
}

function checkWarmup(warmup: ast.Warmup, report: Report): void {
    checkOnce(warmup.cardio, 'cardio', report);
    checkOnce(warmup.mobility, 'mobility', report);
}

function checkTimezone(node: ast.Timezone, report: Report): void {
    if (isKnownTimezone(node.zone)) return;
    report({ node, property: 'zone', message: `"${node.zone}" is not a known time zone: use an IANA name such as "Europe/Berlin" or "America/New_York".` });
}

let canonicalZones: Set<string> | undefined;

/**
 * Zones the runtime knows. The list of canonical names answers most plans in a few
 * milliseconds; only other names (aliases such as "Asia/Kolkata", "UTC") are tried with a
 * DateTimeFormat, whose first use loads the ICU date data (about 0.1 s of `lift check`).
 */
function isKnownTimezone(zone: string): boolean {
    canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'));
    if (canonicalZones.has(zone)) return true;
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
    } catch {
        return false;
    }
}

function checkOnce(nodes: AstNode[], what: string, report: Report): void {
    nodes.slice(1).forEach(node => report({ node, message: `\`${what}\` is given more than once here: keep one.` }));
}

function oneOf(report: Report, node: AstNode, property: string, value: string | undefined, values: readonly string[], what: string, index?: number): void {
    // An undefined value is a parse error already reported by the parser.
    if (value === undefined || isOneOf(values, value)) return;
    report({ node, property, index, message: `Unknown ${what} '${value}': expected one of ${values.join(', ')}.` });
}

function checkUnit(report: Report, node: AstNode, property: string, text: string | undefined, allowed: Array<'duration' | 'distance' | 'kg' | 'lb' | '%'>, hint: string): void {
    if (text === undefined) return;
    const quantity = parseQuantity(text);
    if (quantity && allowed.includes(unitClass(quantity))) return;
    report({ node, property, message: `${text} is not allowed here. ${hint}` });
}

function unitClass(quantity: Quantity): 'duration' | 'distance' | 'kg' | 'lb' | '%' {
    return quantity.kind === 'load' ? quantity.unit : quantity.kind;
}
