// Where the printable formats flag a diagnostic (emit/diagnostic-days.ts): on its listed
// dates; else on the days of the activity, day line, session or warm-up it points into;
// else on its phase; else on the plan as a whole.

import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { messageWithoutDates, planNotes, type ResolvedPlan } from '@lift/language';
import { firstSentence } from '../../packages/language/src/emit/diagnostic-days.js';
import { parse, resolved } from '../helpers/services.js';

const PLAN = `
warmup Quick { cardio bike 10min  mobility 6min }
session Heavy heavy { warmup Quick  squat 4x5 @ 80kg rest 2min rir 2 }
session Other heavy { deadlift 3x5 @ 100kg rest 2min rir 2 }
plan "P" {
    start 2027-01-04
    phase Base 2 weeks focus base {
        tue: run intervals 6x800m, lift Heavy
        thu: run easy 30min
        sat: lift Other
        week 2 { thu: run easy 40min }
    }
    phase Build 1 weeks focus build { tue: lift Heavy }
}`;

type Range = Diagnostic['range'];

function at(range: Range, message = 'm', data: Record<string, unknown> = {}): Diagnostic {
    return { range, message, severity: 2, code: 'r', data: { rule: 'r', ...data } };
}

function rangeOf(node: { $cstNode?: { range: Range } } | undefined): Range {
    if (!node?.$cstNode) throw new Error('node without text');
    return node.$cstNode.range;
}

/** A range strictly inside a node: its first character. */
function insideOf(node: { $cstNode?: { range: Range } } | undefined): Range {
    const { start } = rangeOf(node);
    return { start, end: { line: start.line, character: start.character + 1 } };
}

function datesFlagged(plan: ResolvedPlan, diagnostic: Diagnostic): string[] {
    return planNotes(plan, [diagnostic]).notes[0].dates;
}

describe('placing a diagnostic', () => {
    test('listed ISO dates win, whatever the range', async () => {
        const plan = await resolved(PLAN);
        expect(datesFlagged(plan, at(rangeOf(plan.node), 'm', { dates: ['2027-01-12', '2027-01-05', '2027-01-05'] }))).toEqual(['2027-01-05', '2027-01-12']);
    });

    test('inside a template activity: every day that line schedules', async () => {
        const plan = await resolved(PLAN);
        const lift = plan.days[0].activities[1];
        expect(datesFlagged(plan, at(insideOf(lift.node)))).toEqual(['2027-01-05', '2027-01-12']);
    });

    test('inside a `week K` override line: only that week\'s day', async () => {
        const plan = await resolved(PLAN);
        const override = plan.days.find(day => day.date.toString() === '2027-01-14')!;
        expect(datesFlagged(plan, at(insideOf(override.source)))).toEqual(['2027-01-14']);
    });

    test('inside a session or warm-up declared in the plan\'s file: every day that lifts it', async () => {
        const plan = await resolved(PLAN);
        const lift = plan.days[0].activities[1];
        if (lift.type !== 'lift') throw new Error('expected a lift');
        const everyHeavyDay = ['2027-01-05', '2027-01-12', '2027-01-19'];
        expect(datesFlagged(plan, at(insideOf(lift.definition?.exercises[0])))).toEqual(everyHeavyDay);
        expect(datesFlagged(plan, at(insideOf(lift.warmup?.node)))).toEqual(everyHeavyDay);
    });

    test('at a phase but no day: the phase as a whole', async () => {
        const plan = await resolved(PLAN);
        const note = planNotes(plan, [at(insideOf(plan.phases[1].node))]).notes[0];
        expect(note.dates).toEqual([]);
        expect(note.phase?.name).toBe('Build');
    });

    test('at the plan name: the whole plan, no day and no phase', async () => {
        const plan = await resolved(PLAN);
        const note = planNotes(plan, [at(insideOf(plan.node))]).notes[0];
        expect(note).toMatchObject({ dates: [] });
        expect(note.phase).toBeUndefined();
    });

    test('hints are left out; errors, warnings and infos are numbered in order', async () => {
        const plan = await resolved(PLAN);
        const range = rangeOf(plan.node);
        const notes = planNotes(plan, [
            { ...at(range, 'a'), severity: 4 }, { ...at(range, 'b'), severity: 3 }, { ...at(range, 'c'), severity: 2 }, { ...at(range, 'd'), severity: 1 }
        ]).notes;
        expect(notes.map(note => [note.number, note.severity, note.message])).toEqual([[1, 'info', 'b'], [2, 'warning', 'c'], [3, 'error', 'd']]);
    });

    test('a real rule\'s warning lands on the days of the session it is about', async () => {
        const source = PLAN.replace('squat 4x5 @ 80kg', 'squat 4x10 @ 80kg');
        const document = await parse(source);
        const repRange = (document.diagnostics ?? []).filter(d => d.code === 'rep-range');
        expect(repRange).toHaveLength(1);
        const plan = await resolved(source);
        expect(planNotes(plan, repRange).byDate.get('2027-01-12')?.map(note => note.rule)).toEqual(['rep-range']);
        expect([...planNotes(plan, repRange).byDate.keys()]).not.toContain('2027-01-09');
    });
});

describe('the message on a day', () => {
    test('drops the occurrence tail that the rule runner adds to calendar diagnostics, from the runner\'s own record', async () => {
        const source = PLAN.replace('thu: run easy 30min', 'wed: run tempo 30min\n        thu: run easy 30min');
        const document = await parse(source);
        const dated = (document.diagnostics ?? []).filter(d => Array.isArray((d.data as { dates?: unknown }).dates));
        expect(dated.length).toBeGreaterThan(0);
        for (const diagnostic of dated) {
            expect(diagnostic.message).toMatch(/\(weeks? [^()]*\)$/);
            expect(messageWithoutDates(diagnostic)).toBe(diagnostic.message.replace(/ \(weeks? [^()]*\)$/, ''));
        }
    });

    test('keeps a message\'s own parentheses, even when they end in a date', () => {
        const message = 'Started running late (Mon 2026-12-28)';
        expect(messageWithoutDates({ message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, data: { rule: 'x', messageWithoutDates: message } })).toBe(message);
    });

    test('shows the first sentence; the notes keep the rest', () => {
        expect(firstSentence('The cardio of warm-up Token lasts 3min, too short. Aim for about 10 min.')).toBe('The cardio of warm-up Token lasts 3min, too short.');
        expect(firstSentence('squat climbs 16.7 % a week. Add small steps.')).toBe('squat climbs 16.7 % a week.');
        expect(firstSentence('Started running (Mon 2026-12-28). A new runner waits.')).toBe('Started running (Mon 2026-12-28).');
        expect(firstSentence('one sentence only')).toBe('one sentence only');
    });
});
