// Which calendar days a diagnostic belongs to, for the printable formats (html, md) that
// mark warnings on their days.
//
// - Calendar rules list their ISO dates in `data.dates`: those days are flagged.
// - A diagnostic without dates is placed by where it points in the plan's file: inside a
//   scheduled activity or the day line that scheduled a day, that day; inside a session or
//   warm-up declared in the plan's file, every day whose lift uses it.
// - Otherwise, inside a phase (its name, a `week K` line): that phase as a whole, shown on
//   its heading rather than on every one of its days.
// - Anything else (the plan name, a `rules { }` line) belongs to the whole plan.
// Every diagnostic, placed or not, is also listed in the document's notes, numbered, so a
// day's flag can show just the first sentence and point at the full message.

import { AstUtils, type AstNode } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import type { ResolvedDay, ResolvedPhase, ResolvedPlan } from '../plan/resolved-plan.js';

export type NoteSeverity = 'error' | 'warning' | 'info';

export interface PlanNote {
    /** 1-based number, in the order the diagnostics come (source order). */
    number: number;
    severity: NoteSeverity;
    rule: string;
    /** The full message, dates included. */
    message: string;
    /** The message for a day that is already named: without the "(weeks 1–6: …)" tail. */
    dayMessage: string;
    /** The first sentence of dayMessage: what is wrong, without the why and the fix. */
    headline: string;
    /** ISO dates of the days this note is flagged on, in date order. */
    dates: string[];
    /** The phase a dateless note belongs to as a whole, when it points at one but at no day. */
    phase?: ResolvedPhase;
}

export interface PlanNotes {
    notes: PlanNote[];
    /** Notes by ISO date. */
    byDate: ReadonlyMap<string, PlanNote[]>;
}

const SEVERITY: Record<number, NoteSeverity | undefined> = { 1: 'error', 2: 'warning', 3: 'info' };

export function planNotes(plan: ResolvedPlan, diagnostics: readonly Diagnostic[]): PlanNotes {
    const notes: PlanNote[] = [];
    const byDate = new Map<string, PlanNote[]>();
    for (const diagnostic of diagnostics) {
        const note = toNote(plan, diagnostic, notes.length + 1);
        if (!note) continue;
        notes.push(note);
        for (const date of note.dates) byDate.set(date, [...(byDate.get(date) ?? []), note]);
    }
    return { notes, byDate };
}

function toNote(plan: ResolvedPlan, diagnostic: Diagnostic, number: number): PlanNote | undefined {
    const severity = SEVERITY[diagnostic.severity ?? 1];
    if (!severity) return undefined; // hints are editor-only
    const message = diagnostic.message;
    const listed = datesOf(diagnostic);
    const dates = listed ?? daysAt(plan, diagnostic.range).map(day => day.date.toString());
    const dayMessage = messageWithoutDates(diagnostic);
    const phase = dates.length === 0 ? plan.phases.find(candidate => contains(candidate.node, diagnostic.range)) : undefined;
    return {
        number,
        severity,
        rule: typeof diagnostic.code === 'string' ? diagnostic.code : String(diagnostic.code ?? ''),
        message,
        dayMessage,
        headline: firstSentence(dayMessage),
        dates: [...new Set(dates)].sort(),
        ...(phase ? { phase } : {})
    };
}

function datesOf(diagnostic: Diagnostic): string[] | undefined {
    const dates = (diagnostic.data as { dates?: unknown } | undefined)?.dates;
    if (!Array.isArray(dates)) return undefined;
    const iso = dates.filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date));
    return iso.length > 0 ? iso : undefined;
}

/**
 * The rule runner appends the dates a calendar diagnostic covers as a parenthesised tail
 * ("… (weeks 1–6: Tue 2027-01-05 … Tue 2027-02-09)") and keeps the message without it in
 * `data`. On a day that the reader is already looking at, that tail is noise.
 */
export function messageWithoutDates(diagnostic: Diagnostic): string {
    const bare = (diagnostic.data as { messageWithoutDates?: unknown } | undefined)?.messageWithoutDates;
    return typeof bare === 'string' ? bare : diagnostic.message;
}

/**
 * "The cardio of warm-up Token lasts 3min, too short." out of a message that goes on to
 * explain why and what to do. A sentence ends at `.`, `!` or `?` before a capital letter,
 * which leaves "16.7 %" and "(Mon 2026-12-28)" alone.
 */
export function firstSentence(message: string): string {
    const match = /^(.+?[.!?])\s+(?=[A-Z])/.exec(message);
    return match ? match[1] : message;
}

/** Scheduled days that the range points into (see the header comment). */
function daysAt(plan: ResolvedPlan, range: Range): ResolvedDay[] {
    const root = AstUtils.findRootNode(plan.node);
    const inPlanFile = (node: AstNode | undefined): node is AstNode => node !== undefined && AstUtils.findRootNode(node) === root;
    return plan.days.filter(day => contains(day.source, range) || day.activities.some(activity => {
        if (contains(activity.node, range)) return true;
        if (activity.type !== 'lift') return false;
        return (inPlanFile(activity.definition) && contains(activity.definition, range))
            || (inPlanFile(activity.warmup?.node) && contains(activity.warmup?.node, range));
    }));
}

function contains(node: AstNode | undefined, range: Range): boolean {
    const outer = node?.$cstNode?.range;
    return outer !== undefined && !before(range.start, outer.start) && !before(outer.end, range.end);
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}
