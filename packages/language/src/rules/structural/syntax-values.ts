// The value checks behind `syntax`: words and quantities that parse but mean nothing here.

import { AstUtils, type AstNode } from 'langium';
import * as ast from '../../generated/ast.js';
import { parseQuantity, parseRepeat, type Quantity } from '../../model/quantities.js';
import { FOCUSES, LEVELS, PATTERNS, PRIORITIES, RUN_KINDS, isOneOf } from '../../model/vocabulary.js';
import type { RuleContext } from '../rule.js';

type Report = RuleContext['report'];

export function checkValues(context: RuleContext): void {
    const { file, report } = context;
    file.plans.slice(1).forEach(plan => report({ node: plan, keyword: 'plan', message: 'A file holds at most one plan: move this plan into a file of its own.' }));
    for (const node of AstUtils.streamAst(file)) checkNode(node, report);
}

function checkNode(node: AstNode, report: Report): void {
    if (ast.isPlan(node)) checkPlan(node, report);
    else if (ast.isAthlete(node)) checkOnce(node.levels, 'level', report);
    else if (ast.isLevelSetting(node)) oneOf(report, node, 'value', node.value, LEVELS, 'level');
    else if (ast.isMax(node)) checkUnit(report, node, 'load', node.load, ['kg', 'lb'], 'A max is a load in kg or lb, such as 120kg.');
    else if (ast.isTimezone(node)) checkTimezone(node, report);
    else if (ast.isRace(node) && node.priority !== undefined) oneOf(report, node, 'priority', node.priority, PRIORITIES, 'race priority');
    else if (ast.isPhase(node)) checkPhase(node, report);
    else if (ast.isRunActivity(node)) checkRun(node, report);
    else if (ast.isQualityRuns(node)) node.kinds.forEach((kind, index) => oneOf(report, node, 'kinds', kind, RUN_KINDS, 'run kind', index));
    else if (ast.isExerciseLine(node)) checkExerciseLine(node, report);
    else if (ast.isWarmup(node)) checkWarmup(node, report);
    else if (ast.isCardioPart(node)) checkUnit(report, node, 'duration', node.duration, ['duration'], 'Cardio takes a duration such as 10min.');
    else if (ast.isMobilityPart(node)) checkUnit(report, node, 'duration', node.duration, ['duration'], 'Mobility takes a duration such as 6min.');
    else if (ast.isPatternSetting(node)) oneOf(report, node, 'value', node.value, PATTERNS, 'movement pattern');
    else if (ast.isExercise(node)) {
        checkOnce(node.patterns, 'pattern', report);
        checkOnce(node.levels, 'level', report);
    }
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

function checkPhase(phase: ast.Phase, report: Report): void {
    oneOf(report, phase, 'focus', phase.focus, FOCUSES, 'phase focus');
    if (!Number.isInteger(phase.length) || phase.length < 1) {
        report({ node: phase, property: 'length', message: `A phase lasts a whole number of weeks, at least 1; ${phase.length} is not one.` });
    }
}

function checkRun(run: ast.RunActivity, report: Report): void {
    oneOf(report, run, 'kind', run.kind, RUN_KINDS, 'run kind');
    if (run.amount === undefined) return;
    const repeat = parseRepeat(run.amount);
    const quantity = parseQuantity(run.amount);
    if (repeat ? repeat.reps !== undefined : quantity?.kind === 'load') {
        report({ node: run, property: 'amount', message: `A run amount is a duration (45min), a distance (10km) or a repeat (6x800m, 8x1min), not ${run.amount}.` });
    }
}

function checkExerciseLine(line: ast.ExerciseLine, report: Report): void {
    const repeat = parseRepeat(line.scheme);
    if (repeat && (repeat.count < 1 || (repeat.reps !== undefined && (!Number.isInteger(repeat.reps) || repeat.reps < 1)))) {
        report({ node: line, property: 'scheme', message: `Sets and reps are whole numbers of at least 1, such as 4x5; ${line.scheme} is not.` });
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
    for (const option of line.loads) {
        if (option.value !== 'bw') checkUnit(report, option, 'value', option.value, ['kg', 'lb', '%'], 'A load is 80kg, 175lb, 75% (of the athlete\'s max) or bw.');
    }
    for (const option of line.rests) checkUnit(report, option, 'duration', option.duration, ['duration'], 'Rest is a duration such as 90s or 2min.');
    for (const option of line.efforts) {
        const [low, high] = option.measure === 'rir' ? [0, 10] : [1, 10];
        if (option.value < low || option.value > high) {
            report({ node: option, property: 'value', message: `${option.measure.toUpperCase()} runs from ${low} to ${high}; ${option.value} is outside that.` });
        }
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
