// effort: rir 0 / rpe 10 are a warning (to failure); rir ≥ 5 / rpe ≤ 5 an info (too light).

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { ERROR, INFO, WARNING, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'effort';
const session = (effort: string) => `session Legs heavy {\n    squat 3x5 @ 80kg rest 2min ${effort}\n}`;

describe('effort', () => {
    test.each(['rir 1', 'rir 2', 'rir 4', 'rpe 6', 'rpe 8', 'rpe 9', ''])('%s is fine', async effort => {
        expect(await ruleDiagnostics(session(effort), RULE)).toEqual([]);
    });

    test('rir 0 is a warning at the effort', async () => {
        const text = session('rir 0');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'rir 0'));
        expect(d.message).toBe('squat at rir 0 is lifted to failure. Failure costs recovery that the running needs and invites breakdown in form: stop each set with 1–2 reps in reserve (rir 2, or rpe 8).');
    });

    test('rpe 10 is a warning', async () => {
        const diagnostics = await ruleDiagnostics(session('rpe 10'), RULE);
        expect(diagnostics.map(d => d.severity)).toEqual([WARNING]);
    });

    test('rir 5 is an info', async () => {
        const [d] = await ruleDiagnostics(session('rir 5'), RULE);
        expect(d.severity).toBe(INFO);
        expect(d.message).toBe('squat at rir 5 is very light, with five or more reps left over. Sets this easy build little strength: work to 1–2 reps in reserve (rir 2, or rpe 8), unless the easy set is deliberate.');
    });

    test('rpe 5 is an info', async () => {
        const diagnostics = await ruleDiagnostics(session('rpe 5'), RULE);
        expect(diagnostics.map(d => d.severity)).toEqual([INFO]);
    });

    test('a configured severity applies to both grades', async () => {
        const text = `plan "P" {
    start 2027-01-04
    rules { effort error }
    phase Base 1 week focus base { mon: rest }
}
session Legs heavy {
    squat 3x5 @ 80kg rest 2min rir 0
    lunge 3x5 each @ 20kg rest 2min rir 6
}`;
        expect((await ruleDiagnostics(text, RULE)).map(d => d.severity)).toEqual([ERROR, ERROR]);
    });
});

describe('effort ranges: judged by their hard end', () => {
    test.each(['rir 1-2', 'rir 4-6', 'rpe 7-8', 'rpe 8-9', 'rpe 5.5-7', 'rpe 7.5-8.5'])('%s is fine', async effort => {
        expect(await ruleDiagnostics(session(effort), RULE)).toEqual([]);
    });

    test.each(['rir 0-2', 'rpe 8-10', 'rpe 9.5-10'])('%s reaches failure: a warning', async effort => {
        const text = session(effort);
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, effort));
        expect(d.message).toContain(`squat at ${effort} allows sets to failure at its hard end.`);
    });

    test.each(['rir 5-6', 'rpe 4-5', 'rpe 3-4.5'])('%s is too light even at its hard end: an info', async effort => {
        const [d] = await ruleDiagnostics(session(effort), RULE);
        expect(d.severity).toBe(INFO);
        expect(d.message).toContain(`squat at ${effort} is very light even at its hard end`);
    });
});
