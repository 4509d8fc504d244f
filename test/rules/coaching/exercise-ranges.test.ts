// rep-range, set-range and rest-range: the guide's 3–6 reps, 2–4 sets and 1–2 minutes of rest,
// judged on the exercise lines of the file's own sessions.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { WARNING, positionOf, startOf } from './coaching-fixtures.js';

const session = (line: string) => `session Legs heavy {\n    ${line}\n}`;

describe('rep-range', () => {
    const RULE = 'rep-range';

    test.each(['3x3', '3x6', '3x4 each'])('%s is fine', async scheme => {
        expect(await ruleDiagnostics(session(`squat ${scheme} @ 60kg`), RULE)).toEqual([]);
    });

    test('2 reps is a warning at the sets × reps', async () => {
        const text = session('squat 3x2 @ 100kg rest 2min');
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, '3x2'));
        expect(diagnostics[0].message).toBe('squat is set for 2 reps a set, fewer than 3. Near-maximal singles and doubles cost more recovery than a running week can spare: use 3–6 reps at a load that leaves one or two in reserve.');
    });

    test('7 reps is a warning that suggests 6', async () => {
        const [d] = await ruleDiagnostics(session('squat 4x7 @ 60kg'), RULE);
        expect(d.message).toBe('squat is set for 7 reps a set, more than 6. Runners lift for strength, not size: keep to 3–6 reps with a heavier load, such as 4x6.');
        expect(d.data).toMatchObject({ reps: 7, suggested: 6 });
    });

    test('timed holds are exempt', async () => {
        expect(await ruleDiagnostics(session('plank 3x30s'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(session('plank 3x2min'), RULE)).toEqual([]);
    });

    test('sessions of a library file are judged too, each line on its own', async () => {
        const text = 'session A heavy {\n    squat 3x10\n    lunge 3x5 each\n}\nsession B light {\n    deadlift 2x1\n}';
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics.map(d => d.range.start.line)).toEqual([1, 5]);
    });
});

describe('rep-range with a range of reps', () => {
    const RULE = 'rep-range';
    const line = (scheme: string) => `session Legs heavy {\n    squat ${scheme} @ 80kg rest 2min rir 2\n}`;

    test.each(['3x3-6', '3x4-6', '3x5-5'])('%s lies inside 3–6', async scheme => {
        expect(await ruleDiagnostics(line(scheme), RULE)).toEqual([]);
    });

    test('a high end above 6 is reported at the scheme', async () => {
        const text = line('3x4-7');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(startOf(d)).toEqual(positionOf(text, '3x4-7'));
        expect(d.message).toMatch(/^squat is set for 4-7 reps a set, more than 6 at the high end\. /);
    });

    test('a low end below 3 is reported too', async () => {
        const [d] = await ruleDiagnostics(line('3x2-5'), RULE);
        expect(d.message).toMatch(/^squat is set for 2-5 reps a set, fewer than 3 at the low end\. /);
    });
});

describe('set-range', () => {
    const RULE = 'set-range';

    test.each(['2x5', '4x5', '2x30s'])('%s is fine', async scheme => {
        expect(await ruleDiagnostics(session(`squat ${scheme}`), RULE)).toEqual([]);
    });

    test('1 set is a warning at the sets × reps', async () => {
        const text = session('squat 1x5 @ 60kg');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, '1x5'));
        expect(d.message).toBe('squat has a single set. One set is too little to build strength: do 2–4 sets.');
    });

    test('5 sets is a warning', async () => {
        const [d] = await ruleDiagnostics(session('squat 5x5 @ 60kg'), RULE);
        expect(d.message).toBe('squat has 5 sets, more than 4. Extra sets add fatigue that the next runs pay for, not strength: do 2–4 sets.');
    });

    test('holds count their sets too', async () => {
        expect(await ruleDiagnostics(session('plank 5x30s'), RULE)).toHaveLength(1);
    });
});

describe('rest-range', () => {
    const RULE = 'rest-range';

    test.each(['60s', '1min', '90s', '120s', '2min'])('rest %s is fine', async rest => {
        expect(await ruleDiagnostics(session(`squat 3x5 @ 60kg rest ${rest}`), RULE)).toEqual([]);
    });

    test('59 s is a warning at the rest', async () => {
        const text = session('squat 3x5 @ 60kg rest 59s');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, '59s'));
        expect(d.message).toBe('squat rests only 59s between sets. Strength sets need time to recover, or form and load drop: rest 1–2 minutes (60s to 2min).');
    });

    test('121 s is a warning', async () => {
        const [d] = await ruleDiagnostics(session('squat 3x5 @ 60kg rest 121s'), RULE);
        expect(d.message).toBe('squat rests 121s between sets, more than 2 minutes. Longer breaks make the session drag without adding strength: rest 1–2 minutes (60s to 2min).');
    });

    test('a line without a rest is not judged', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 60kg'), RULE)).toEqual([]);
    });
});
