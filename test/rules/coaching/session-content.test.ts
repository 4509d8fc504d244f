// progression-step, light-session and alternate-groups: what a session prescribes.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { INFO, WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const session = (lines: string, intensity = 'heavy') => `session Legs ${intensity} {\n${lines.split('\n').map(line => `    ${line}`).join('\n')}\n}`;

describe('progression-step', () => {
    const RULE = 'progression-step';

    test('10 % of the written load is fine', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 50kg progress +5kg/week'), RULE)).toEqual([]);
    });

    test('10.1 % is a warning at the step, suggesting the largest fine step', async () => {
        const text = session('squat 3x5 @ 50kg progress +5.05kg/week');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, '+5.05kg/week'));
        expect(d.message).toBe('squat climbs by 5.05kg a week, 10.1 % of its starting load 50kg. Load that rises faster than technique and tendons adapt is how lifters get hurt: add small steps of at most 10 % a week, such as +5kg/week.');
    });

    test('percent steps: +10%/week is fine, +10.1%/week is not', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 50kg progress +10%/week'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(session('squat 3x5 @ 50kg progress +10.1%/week'), RULE);
        expect(d.message).toContain('such as +10%/week');
    });

    test('a step in another unit is converted: +22lb on 100kg is 9.98 %, +23lb is 10.4 %', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 100kg progress +22lb/week'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(session('squat 3x5 @ 100kg progress +23lb/week'), RULE);
        expect(d.message).toContain('10.4 % of its starting load 100kg');
    });

    test('on a % load, the plan\'s max gives the starting load', async () => {
        const text = (step: string) => planText(`    athlete "A" { max squat 100kg }
    phase Base 2 weeks focus base { mon: lift Legs }`, { library: `warmup W { cardio bike 10min mobility 6min }\nsession Legs { warmup W squat 3x5 @ 50% progress ${step} }` });
        expect(await ruleDiagnostics(text('+5kg/week'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(text('+5.05kg/week'), RULE);
        expect(d.message).toContain('10.1 % of its starting load 50kg (50%)');
    });

    test('on a % load with no plan, the percentage stands in for the load', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 40% progress +4kg/week'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(session('squat 3x5 @ 40% progress +5kg/week'), RULE);
        expect(d.message).toContain('12.5 % of its starting load 40%');
    });

    test('bodyweight and unloaded lines are not judged', async () => {
        expect(await ruleDiagnostics(session('push-up 3x5 @ bw progress +5kg/week\nplank 3x30s progress +5kg/week'), RULE)).toEqual([]);
    });
});

describe('light-session', () => {
    const RULE = 'light-session';

    test('reps ≤ 6 at rir ≤ 2 in a light session is a warning at the session name', async () => {
        const text = session('squat 3x6 @ 60kg rir 2', 'light');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'Legs'));
        expect(d.message).toBe('Session Legs is marked light but prescribes heavy work: squat (6 reps at rir 2). '
            + 'Light sessions pass the recovery and taper checks because they are easy: lower the effort (rir 4, or about 60 % of the max) or mark the session heavy.');
        expect(startOf({ range: d.relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'squat'));
    });

    test.each([
        ['3x6 @ 60kg rir 3', 'rir 3'],
        ['3x7 @ 60kg rir 1', '7 reps'],
        ['3x5 @ 60kg rpe 7', 'rpe 7'],
        ['3x5 @ 79% rir 4', '79 %'],
        ['3x5 @ 60kg', 'no effort']
    ])('%s is light enough (%s)', async line => {
        expect(await ruleDiagnostics(session(`squat ${line}`, 'light'), RULE)).toEqual([]);
    });

    test('rpe 8 and 80 % are heavy; every heavy line is listed', async () => {
        const [d] = await ruleDiagnostics(session('squat 2x5 @ 60kg rpe 8\ndeadlift 2x5 @ 80% rir 4', 'light'), RULE);
        expect(d.message).toContain('squat (rpe 8), deadlift (80 % of the max)');
        expect(d.relatedInformation).toHaveLength(2);
    });

    test('heavy sessions are not judged', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 85% rir 1'), RULE)).toEqual([]);
    });
});

describe('alternate-groups', () => {
    const RULE = 'alternate-groups';

    test('two lines in a row with the same primary muscles are an info at the second line', async () => {
        const text = session('goblet-squat 3x6 @ 16kg\nsplit-squat 3x6 each @ 10kg');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(INFO);
        expect(startOf(d)).toEqual(positionOf(text, 'split-squat'));
        expect(d.message).toBe('split-squat works the same muscles (quadriceps, glutes) as goblet-squat just before it. Alternating muscle groups lets one rest while another works: put an exercise for other muscles between them.');
        expect(startOf({ range: d.relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'goblet-squat'));
    });

    test('another exercise between them is fine', async () => {
        expect(await ruleDiagnostics(session('goblet-squat 3x6 @ 16kg\npush-up 3x6 @ bw\nsplit-squat 3x6 each @ 10kg'), RULE)).toEqual([]);
    });

    test('overlapping but different muscle sets are fine', async () => {
        // squat: quadriceps, glutes, hamstrings; lunge: quadriceps, glutes.
        expect(await ruleDiagnostics(session('squat 3x5 @ 80kg\nlunge 3x6 each @ 10kg'), RULE)).toEqual([]);
    });

    test('muscles compare as sets, in any order', async () => {
        const text = `exercise hip-hinge { pattern hinge muscles glutes, hamstrings }
exercise ham-curl { pattern hinge muscles hamstrings, glutes }
${session('hip-hinge 3x5\nham-curl 3x5')}`;
        expect(await ruleDiagnostics(text, RULE)).toHaveLength(1);
    });

    test('the last line of one session and the first of the next are not a pair', async () => {
        expect(await ruleDiagnostics(`${session('goblet-squat 3x6')}\nsession Other { split-squat 3x6 each }`, RULE)).toEqual([]);
    });
});
