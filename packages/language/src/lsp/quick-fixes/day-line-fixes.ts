// Fixes that rewrite the activities of one day line: move a heavy lift after the day's
// quality run (lift-after-run), or drop a `rest` that shares its day with training
// (rest-day-conflict). A line with comments between its activities is left to the author.

import type { CodeAction } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { DEFAULT_QUALITY_RUNS } from '../../model/vocabulary.js';
import { localEdits, nodeOfType, quickFix, replace, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { writtenText } from '../written-text.js';

/** Replaces the activity list of a day line with the activities in a new order. */
function rewriteActivities(context: QuickFixContext, line: ast.DayLine, activities: ast.Activity[], title: string): CodeAction | undefined {
    const first = line.activities[0]?.$cstNode;
    const last = line.activities[line.activities.length - 1]?.$cstNode;
    if (!first || !last || activities.length === 0) return undefined;
    const written = context.document.textDocument.getText({ start: first.range.start, end: last.range.end });
    if (/\/[/*]/.test(written.replace(/"(\\.|[^"\\])*"/g, ''))) return undefined;
    const text = activities.map(writtenText).join(', ');
    return quickFix(context, title, localEdits(context, replace({ start: first.range.start, end: last.range.end }, text)), true);
}

/** The kinds that count as quality in this file's plan (`rules { quality-runs … }` or the default set). */
function qualityKinds(context: QuickFixContext): ReadonlySet<string> {
    return context.services.plan.PlanResolver.resolve(context.document)?.qualityRuns ?? new Set(DEFAULT_QUALITY_RUNS);
}

/** A run or cross session that lift-after-run protects, as written on the day line. */
function isQualityWork(activity: ast.Activity, quality: ReadonlySet<string>): boolean {
    if (ast.isCrossActivity(activity)) return activity.hard;
    return ast.isRunActivity(activity) && (quality.has(activity.kind) || activity.kind === 'race' || activity.hards.length > 0);
}

/**
 * `tue: lift A, run intervals 6x800m` → `tue: run intervals 6x800m, lift A`: the lift moves
 * right after the last quality run that followed it, or to the end of the day when the run
 * is the race that replaces the line's runs. Only a lift without its own `at` time is moved:
 * with times on both, the times decide the order, not the text.
 */
const moveLiftAfterRun: QuickFix = context => {
    const lift = nodeOfType(context, ast.isLiftActivity);
    const line = lift && nodeOfType(context, ast.isDayLine);
    if (!lift || !line || lift.time !== undefined) return [];
    const others = line.activities.filter(activity => activity !== lift);
    const quality = qualityKinds(context);
    const position = line.activities.indexOf(lift);
    const lastQuality = others.reduce((found, activity, index) =>
        (isQualityWork(activity, quality) && index >= position ? index : found), -1);
    const insertAt = lastQuality === -1 ? others.length : lastQuality + 1;
    const reordered = [...others.slice(0, insertAt), lift, ...others.slice(insertAt)];
    const what = lastQuality !== -1 && ast.isCrossActivity(others[lastQuality]) ? 'the hard session' : 'the run';
    const action = rewriteActivities(context, line, reordered, `Move lift ${lift.session.$refText} after ${what}`);
    return action ? [action] : [];
};

const dropRest: QuickFix = context => {
    const rest = nodeOfType(context, ast.isRestActivity);
    const line = rest && nodeOfType(context, ast.isDayLine);
    if (!rest || !line) return [];
    const action = rewriteActivities(context, line, line.activities.filter(activity => activity !== rest), 'Remove `rest` from this training day');
    return action ? [action] : [];
};

export const DAY_LINE_FIXES: Record<string, QuickFix> = {
    'lift-after-run': moveLiftAfterRun,
    'rest-day-conflict': dropRest
};
