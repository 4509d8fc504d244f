// Fixes that bring a number back into the guide's range: reps (3–6), sets (2–4), rest
// (60 s–2 min), effort (rir 2 / rpe 8), warm-up parts (8–12 min cardio, 5–7 min mobility)
// and the weekly progression step (at most 10 %). The rules leave the value to use in
// `data.suggested`; the fix only writes it.

import * as ast from '../../generated/ast.js';
import { formatDuration, parseRepeat } from '../../model/quantities.js';
import type { CodeAction, Position } from 'vscode-languageserver';
import { dataNumber, dataString, localEdits, nodeOfType, propertyNode, quickFix, replace, type QuickFix, type QuickFixContext } from './quick-fix.js';

/** `squat 3x10` → `squat 3x6`: sets or reps set to the suggested count, the rest of the scheme kept. */
function schemeFix(part: 'sets' | 'reps'): QuickFix {
    return context => {
        const line = nodeOfType(context, ast.isExerciseLine);
        const suggested = dataNumber(context, 'suggested');
        const scheme = line && propertyNode(line, 'scheme');
        const match = line && /^(\d+)([x×])(.*)$/.exec(line.scheme);
        if (!line || !scheme || !match || suggested === undefined || !parseRepeat(line.scheme)) return [];
        const high = propertyNode(line, 'repsMax');
        if (part === 'reps' && high && line.repsMax !== undefined) return [repRangeFix(context, line, scheme.range.start, high.range.end)];
        const text = part === 'sets' ? `${suggested}${match[2]}${match[3]}` : `${match[1]}${match[2]}${suggested}`;
        return [quickFix(context, `Change to ${text} (${part === 'sets' ? '2–4 sets' : '3–6 reps'})`, localEdits(context, replace(scheme.range, text)), true)];
    };
}

/** `squat 3x4-8` → `squat 3x4-6`: both ends of a rep range brought into 3–6 (one count when they meet). */
function repRangeFix(context: QuickFixContext, line: ast.ExerciseLine, start: Position, end: Position): CodeAction {
    const match = /^(\d+)([x×])(\d+)$/.exec(line.scheme)!;
    const clamp = (reps: number) => Math.min(6, Math.max(3, reps));
    const low = clamp(Number(match[3]));
    const high = clamp(line.repsMax!);
    const text = `${match[1]}${match[2]}${low}${high === low ? '' : `-${high}`}`;
    return quickFix(context, `Change to ${text} (3–6 reps)`, localEdits(context, replace({ start, end }, text)), true);
}

const restFix: QuickFix = context => {
    const option = nodeOfType(context, ast.isRestOption);
    const suggested = dataNumber(context, 'suggested');
    const duration = option && propertyNode(option, 'duration');
    if (!duration || suggested === undefined) return [];
    const text = formatDuration(suggested);
    return [quickFix(context, `Rest ${text} (1–2 minutes)`, localEdits(context, replace(duration.range, text)), true)];
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
    return [quickFix(context, `Progress by ${suggested} (at most 10 % a week)`, localEdits(context, replace(step.range, suggested)), true)];
};

export const CLAMP_FIXES: Record<string, QuickFix> = {
    'rep-range': schemeFix('reps'),
    'set-range': schemeFix('sets'),
    'rest-range': restFix,
    'effort': effortFix,
    'warmup-duration': warmupDurationFix,
    'progression-step': progressionFix
};
