// progression-step, light-session and alternate-groups: what a session prescribes.

import { describe, expect, test } from 'vitest';
import { parseFiles, ruleDiagnostics } from '../../helpers/services.js';
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

    test('a % step on a % load is a share of the starting percentage: +6% on 60% passes, +8% is 13.3 %', async () => {
        expect(await ruleDiagnostics(session('squat 3x5 @ 60% progress +6%/week'), RULE)).toEqual([]);
        const text = session('squat 3x5 @ 60% progress +8%/week');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(startOf(d)).toEqual(positionOf(text, '+8%/week'));
        expect(d.message).toBe('squat climbs by 8% a week, 13.3 % of its starting percentage 60%. Load that rises faster than technique and tendons adapt is how lifters get hurt: add small steps of at most 10 % a week, such as +6%/week.');
        expect(await ruleDiagnostics(session('squat 3x5 @ 60% progress +6.1%/week'), RULE)).toHaveLength(1);
    });

    test('the same holds in a plan with a max', async () => {
        const text = (step: string) => planText(`    athlete "A" { max squat 100kg }
    phase Base 2 weeks focus base { mon: lift Legs }`, { library: `warmup W { cardio bike 10min mobility 6min }\nsession Legs { warmup W squat 3x5 @ 75% progress ${step} }` });
        expect(await ruleDiagnostics(text('+7.5%/week'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(text('+8%/week'), RULE);
        expect(d.message).toContain('10.7 % of its starting percentage 75%');
        expect(d.message).toContain('such as +7.5%/week');
    });

    test('bodyweight and unloaded lines are not judged', async () => {
        expect(await ruleDiagnostics(session('push-up 3x5 @ bw progress +5kg/week\nplank 3x30s progress +5kg/week'), RULE)).toEqual([]);
    });
});

describe('progression-step: a load above the athlete\'s max', () => {
    const RULE = 'progression-step';
    const plan = (line: string, weeks = 4, athlete = 'max squat 100kg') => planText(`    athlete "Sam" { ${athlete} }
    phase Base ${weeks} weeks focus base { tue: lift Legs }`, { library: `warmup W { cardio bike 10min mobility 6min }\nsession Legs {\n    warmup W\n    ${line}\n}` });

    test('a week above 100 % of the max is a warning at the exercise line, with its weeks', async () => {
        // 92.5, 95, 97.5 and 100kg: the last week is exactly the max and passes.
        expect(await ruleDiagnostics(plan('squat 3x3 @ 92.5kg rest 2min rir 2 progress +2.5kg/week'), RULE)).toEqual([]);
        const text = plan('squat 3x3 @ 92.5kg rest 2min rir 2 progress +2.5kg/week', 5);
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'squat 3x3'));
        expect(d.message).toBe('squat climbs to 102.5 % of Sam\'s max 100kg. Nobody lifts more than a one-rep max for sets of reps: lower the starting load or the step, end the progression sooner with a deload or a new phase, or test and raise the max. (week 5: Tue 2027-02-02)');
    });

    test('a % load that progresses past 100 %, and a load above the max from the start', async () => {
        const [d] = await ruleDiagnostics(plan('squat 3x3 @ 95% rest 2min rir 2 progress +2.5%/week', 4), RULE);
        expect(d.message).toMatch(/climbs to 102\.5 % .*\(week 4: Tue 2027-01-26\)$/);
        const [e] = await ruleDiagnostics(plan('squat 3x3 @ 230lb rest 2min rir 2', 2), RULE);
        expect(e.message).toMatch(/climbs to 104\.3 % of Sam's max 100kg\..*\(weeks 1–2/);
    });

    test('the load is judged before rounding: 100.2kg on 2.5 kg plates is 100 %, but above the max', async () => {
        expect(await ruleDiagnostics(plan('squat 3x3 @ 100kg rest 2min rir 2', 2, 'max squat 100kg round 2.5kg'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(plan('squat 3x3 @ 100.2kg rest 2min rir 2', 2, 'max squat 100kg round 2.5kg'), RULE)).toHaveLength(1);
    });

    test('without a max for the exercise nothing is judged', async () => {
        expect(await ruleDiagnostics(plan('squat 3x3 @ 300kg rest 2min rir 2', 2, 'max deadlift 100kg'), RULE)).toEqual([]);
    });

    test('a session from a library is reported at the plan\'s lift', async () => {
        const documents = await parseFiles({
            'plan.lift': 'import "lib.lift"\nplan "P" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        thu: lift Legs\n    }\n}\n',
            'lib.lift': 'warmup W { cardio bike 10min mobility 6min }\nsession Legs {\n    warmup W\n    squat 3x3 @ 105% rest 2min rir 2\n}\n'
        });
        const of = (path: string) => (documents.get(path)!.diagnostics ?? []).filter(d => d.code === RULE);
        expect(of('lib.lift')).toEqual([]);
        const [d] = of('plan.lift');
        expect(d.range.start).toEqual({ line: 5, character: 13 });
        expect(d.message).toMatch(/^Session Legs: squat climbs to 105 % of Sam's max 100kg\./);
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

describe('light-session against the athlete\'s max', () => {
    const RULE = 'light-session';
    const plan = (line: string, athlete = 'max squat 100kg', weeks = 2) => planText(`    athlete "Sam" { ${athlete} }
    phase Base ${weeks} weeks focus base {
        thu: lift Maintenance
    }`, { library: `warmup W { cardio bike 10min mobility 6min }\nsession Maintenance light {\n    warmup W\n    ${line}\n}` });

    test('a kg load at 80 % of the max is a warning at the plan\'s lift, with its weeks', async () => {
        const text = plan('squat 2x5 @ 80kg rest 2min rir 4');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'lift Maintenance'));
        expect(d.message).toContain('Light session Maintenance is heavy for Sam: squat 80kg is 80 % of the max 100kg (Thu).');
        expect(d.message).toMatch(/\(weeks 1–2: Thu 2027-01-07, Thu 2027-01-14\)$/);
        expect(startOf({ range: d.relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'squat 2x5'));
        expect(d.data).toMatchObject({ session: 'Maintenance', lower: [{ position: 0, exercise: 'squat', load: '79.5kg' }] });
    });

    test('79.5 kg of a 100 kg max is light; without a max the load is not judged', async () => {
        expect(await ruleDiagnostics(plan('squat 2x5 @ 79.5kg rest 2min rir 4'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(plan('squat 2x5 @ 95kg rest 2min rir 4', 'max deadlift 100kg'), RULE)).toEqual([]);
    });

    test('a lb load is compared with a kg max: 176lb is 79.8 %, 177lb is 80.3 %', async () => {
        expect(await ruleDiagnostics(plan('squat 2x5 @ 176lb rest 2min rir 4'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(plan('squat 2x5 @ 177lb rest 2min rir 4'), RULE);
        expect(d.message).toContain('squat 177lb is 80.3 % of the max 100kg');
    });

    test('each week\'s load is judged before rounding to the athlete\'s plates', async () => {
        // 79kg rounds to 80kg on 2.5 kg plates, but 79 % of the max is what the coach prescribed.
        expect(await ruleDiagnostics(plan('squat 2x5 @ 79kg rest 2min rir 4', 'max squat 100kg round 2.5kg'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(plan('squat 2x5 @ 80kg rest 2min rir 4', 'max squat 100kg round 2.5kg'), RULE)).toHaveLength(1);
    });

    test('a progression that reaches 80 % is reported for the weeks that reach it', async () => {
        const [d] = await ruleDiagnostics(plan('squat 2x5 @ 75kg rest 2min rir 4 progress +2.5kg/week', undefined, 3), RULE);
        expect(d.message).toMatch(/squat 75kg is 80 % of the max 100kg \(Thu\)\..*\(week 3: Thu 2027-01-21\)$/);
        expect(d.data).toMatchObject({ lower: [{ load: '74.5kg' }] });
        const [p] = await ruleDiagnostics(plan('squat 2x5 @ 70% rest 2min rir 4 progress +5%/week', undefined, 3), RULE);
        expect(p.message).toContain('squat 70% is 80 % of the max 100kg (Thu)');
        expect(p.data).toMatchObject({ lower: [{ load: '69%' }] });
        expect(await ruleDiagnostics(plan('squat 2x5 @ 70% rest 2min rir 4 progress +4.5%/week', undefined, 3), RULE)).toEqual([]);
    });

    test('a line heavy by what it writes is reported at the session only', async () => {
        const text = plan('squat 2x5 @ 90kg rest 2min rir 1');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(startOf(d)).toEqual(positionOf(text, 'Maintenance light'));
    });

    test('ranges: the low end of the reps and the hard end of the effort', async () => {
        const judged = async (line: string) => (await ruleDiagnostics(session(line, 'light'), RULE)).length;
        expect(await judged('squat 2x4-8 @ 60kg rir 2-4')).toBe(1);
        expect(await judged('squat 2x7-8 @ 60kg rir 1-2')).toBe(0);
        expect(await judged('squat 2x5 @ 60kg rir 3-4')).toBe(0);
        expect(await judged('squat 2x5 @ 60kg rpe 7-8')).toBe(1);
        expect(await judged('squat 2x5 @ 60kg rpe 6.5-7.5')).toBe(0);
    });

    test('a light session from a library is judged at the lift of the plan that uses it', async () => {
        const documents = await parseFiles({
            'lib.lift': 'warmup W { cardio bike 10min mobility 6min }\nsession Maintenance light {\n    warmup W\n    squat 2x5 @ 85kg rest 2min rir 4\n}\n',
            'plan.lift': 'import "lib.lift"\nplan "P" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        thu: lift Maintenance\n    }\n}\n'
        });
        const of = (path: string) => (documents.get(path)!.diagnostics ?? []).filter(d => d.code === RULE);
        expect(of('lib.lift')).toEqual([]);
        const [d] = of('plan.lift');
        expect(d.range.start).toEqual({ line: 5, character: 13 });
        expect(d.message).toContain('squat 85kg is 85 % of the max 100kg');
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
