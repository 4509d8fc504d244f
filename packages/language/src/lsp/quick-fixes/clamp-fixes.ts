// Fixes that bring a number back into its rule's range: sets × reps, rest, effort, warm-up
// parts and the weekly progression step. The ranges are the rules' exported constants and
// the rules leave the value to use in the diagnostic's `data`; the fix only writes it.

import * as ast from '../../generated/ast.js';
import { formatDuration, parseRepeat } from '../../model/quantities.js';
import { MAX_STEP_PERCENT } from '../../rules/coaching/progression-step.js';
import { REST_RANGE } from '../../rules/coaching/rest-range.js';
import { brokenRanges, schemeWithinRanges } from '../../rules/coaching/scheme-within-ranges.js';
import { dataNumber, dataString, localEdits, nodeOfType, propertyNode, quickFix, replace, type QuickFix } from './quick-fix.js';

/**
 * `squat 5x10` → `squat 4x6`: the scheme both `rep-range` and `set-range` accept, so one fix
 * never leaves the other warning behind. A rep range is rewritten whole (`3x4-8` → `3x4-6`).
 */
const schemeFix: QuickFix = context => {
    const line = nodeOfType(context, ast.isExerciseLine);
    const scheme = line && propertyNode(line, 'scheme');
    const repeat = line && parseRepeat(line.scheme);
    if (!line || !scheme || !repeat) return [];
    const written = { start: scheme.range.start, end: (propertyNode(line, 'repsMax') ?? scheme).range.end };
    const text = schemeWithinRanges(repeat, line.repsMax);
    if (text === context.document.textDocument.getText(written)) return [];
    return [quickFix(context, `Change to ${text} (${brokenRanges(repeat, line.repsMax)})`, localEdits(context, replace(written, text)), true)];
};

const restFix: QuickFix = context => {
    const option = nodeOfType(context, ast.isRestOption);
    const suggested = dataNumber(context, 'suggested');
    const duration = option && propertyNode(option, 'duration');
    if (!duration || suggested === undefined) return [];
    const text = formatDuration(suggested);
    return [quickFix(context, `Rest ${text} (${REST_RANGE})`, localEdits(context, replace(duration.range, text)), true)];
};

const effortFix: QuickFix = context => {
    const option = nodeOfType(context, ast.isEffortOption);
    const suggested = dataNumber(context, 'suggested');
    if (!option?.$cstNode || suggested === undefined) return [];
    const text = `${option.measure} ${suggested}`;
    return [quickFix(context, `Change to ${text}`, localEdits(context, replace(option.$cstNode.range, text)), true)];
};

/** A warm-up part outside its range is set to the nearer end of it. */
const warmupDurationFix: QuickFix = context => {
    const part = nodeOfType(context, ast.isCardioPart) ?? nodeOfType(context, ast.isMobilityPart);
    const seconds = dataNumber(context, 'seconds');
    const min = dataNumber(context, 'min');
    const max = dataNumber(context, 'max');
    const duration = part && propertyNode(part, 'duration');
    if (!duration || seconds === undefined || min === undefined || max === undefined) return [];
    const text = formatDuration(seconds < min ? min : max);
    return [quickFix(context, `Change to ${text} (${formatDuration(min)}–${formatDuration(max)})`, localEdits(context, replace(duration.range, text)), true)];
};

const progressionFix: QuickFix = context => {
    const option = nodeOfType(context, ast.isProgressOption);
    const suggested = dataString(context, 'suggested');
    const step = option && propertyNode(option, 'step');
    if (!step || !suggested || !/^\+\d+(\.\d+)?(kg|lb|%)\/week$/.test(suggested)) return [];
    return [quickFix(context, `Progress by ${suggested} (at most ${MAX_STEP_PERCENT} % a week)`, localEdits(context, replace(step.range, suggested)), true)];
};

export const CLAMP_FIXES: Record<string, QuickFix> = {
    'rep-range': schemeFix,
    'set-range': schemeFix,
    'rest-range': restFix,
    'effort': effortFix,
    'warmup-duration': warmupDurationFix,
    'progression-step': progressionFix
};
