// The syntax of docs/language.md, "What's new in version 2": every new form parses, version 1
// names that are now keywords elsewhere still parse, and misuse is a `syntax` error that
// says what is wrong.

import { describe, expect, test } from 'vitest';
import { ast } from '@lift/language';
import { diagnosticsOf, parse, problems, ruleDiagnostics } from '../helpers/services.js';

const V2_PLAN = `
warmup Standard { cardio bike 10min  mobility 6min }

session Heavy {
    warmup Standard
    squat 3x4-6 @ 70% rest 2min rir 1-2 progress +2.5%/week "pause at the bottom"
    deadlift 3x5 @ 100kg rest 2min rpe 7.5-8.5
    push-up 3x6 @ bw rpe 7-8
}

plan "V2" {
    athlete "Sam" {
        units lb
        round 5lb
        lifting-since 2024-09-01
        max squat 264lb
    }
    start 2027-01-04
    race "City Marathon" on 2027-03-28 distance 42.195km at 08:30 priority A
    race "Half" on 2027-02-21 priority B at 09:00 distance 13.1mi
    phase Base 6 weeks focus base {
        mon, thu: run easy 40min @ z2
        tue: run intervals 6x800m @ 3:50/km rec 400m warmup 15min cooldown 10min, lift Heavy "after the run" at 18:00
        wed: cross bike 45min hard "hilly" at 07:00
        fri: rest "really rest"
        sat: run threshold 3x10min rec 2min @ 4:20-4:10/km
        sun: run long 2h @ 5:10-5:30/km hard "last 30 min at marathon pace"
        week 4 deload { tue: run easy 30min }
        week 2, 5 { wed: cross swim 30min }
        week 3-4 { fri: rest }
        week 6 { sat: cross elliptical }
    }
}
`;

describe('version 2 syntax', () => {
    test('a plan using every addition parses without structural problems', async () => {
        const structural = /^(syntax|unresolved-reference|duplicate-|week-out-of-range|invalid-|rest-day-conflict|missing-max) /;
        expect(problems(await diagnosticsOf(V2_PLAN)).filter(problem => structural.test(problem))).toEqual([]);
    });

    test('the parsed tree holds the new parts', async () => {
        const file = (await parse(V2_PLAN)).parseResult.value as ast.LiftFile;
        const plan = file.plans[0];
        expect(plan.athletes[0].units[0].value).toBe('lb');
        expect(plan.athletes[0].rounds[0].load).toBe('5lb');
        expect(plan.athletes[0].liftingSince[0].date).toBe('2024-09-01');
        expect(plan.races[0]).toMatchObject({ distances: ['42.195km'], times: ['08:30'], priorities: ['A'] });
        expect(plan.races[1]).toMatchObject({ distances: ['13.1mi'], times: ['09:00'], priorities: ['B'] });
        const phase = plan.phases[0];
        expect(phase.days[0].days).toEqual(['mon', 'thu']);
        const intervals = phase.days[1].activities[0] as ast.RunActivity;
        expect(intervals).toMatchObject({ amount: '6x800m', recoveries: ['400m'], warmups: ['15min'], cooldowns: ['10min'] });
        expect(intervals.targets[0].pace).toBe('3:50/km');
        expect((phase.days[0].activities[0] as ast.RunActivity).targets[0].zone).toBe('z2');
        expect(phase.days[1].activities[1]).toMatchObject({ note: 'after the run', time: '18:00' });
        expect(phase.days[2].activities[0]).toMatchObject({ $type: 'CrossActivity', kind: 'bike', amount: '45min', hard: true, note: 'hilly', time: '07:00' });
        expect(phase.days[3].activities[0]).toMatchObject({ $type: 'RestActivity', note: 'really rest' });
        expect((phase.days[5].activities[0] as ast.RunActivity).hards).toEqual(['hard']);
        expect(phase.overrides.map(o => [o.weeks, o.lastWeek, o.deload])).toEqual([[[4], undefined, true], [[2, 5], undefined, false], [[3], 4, false], [[6], undefined, false]]);
        const squat = file.sessions[0].exercises[0];
        expect(squat).toMatchObject({ scheme: '3x4', repsMax: 6, notes: ['pause at the bottom'] });
        expect(squat.efforts[0]).toMatchObject({ measure: 'rir', value: 1, max: 2 });
        expect(file.sessions[0].exercises[1].efforts[0]).toMatchObject({ measure: 'rpe', value: 7.5, max: 8.5 });
    });

    test('the new words are still names in a version 1 file', async () => {
        const text = `
            warmup round { cardio cross 10min  mobility 6min }
            session deload light { warmup round  squat 2x5 @ 40kg rest 90s }
            session hard { warmup round  squat 3x5 @ 60kg rest 90s }
            exercise units "A drill" { pattern core  muscles distance, cooldown  level beginner }
            plan "Old" {
                athlete rec { level intermediate }
                start 2027-01-04
                phase cross 2 weeks focus base { mon: lift deload  thu: lift hard }
            }`;
        expect(problems(await diagnosticsOf(text))).toEqual([]);
    });
});

describe('version 2 syntax errors', () => {
    const planWith = (day: string, session = 'session S { warmup W  squat 3x5 @ 60kg rest 90s }') => `
        warmup W { cardio 10min  mobility 6min }
        ${session}
        plan "P" { start 2027-01-04  phase B 4 weeks focus base { ${day} } }`;

    test('a reversed range says the first number is larger than the second', async () => {
        for (const text of [
            planWith('mon: lift S', 'session S { warmup W  squat 3x6-4 @ 60kg rest 90s }'),
            planWith('mon: lift S', 'session S { warmup W  squat 3x5 @ 60kg rest 90s rir 2-1 }'),
            planWith('mon: lift S', 'session S { warmup W  squat 3x5 @ 60kg rest 90s rpe 8.5-7.5 }'),
            planWith('mon: lift S  week 3-2 { mon: rest }')
        ]) {
            const errors = await ruleDiagnostics(text, 'syntax');
            expect(errors.map(e => e.message)).toEqual([expect.stringContaining('The first number of a range is larger than the second')]);
        }
    });

    test('`rec` needs a repeat amount', async () => {
        const errors = await ruleDiagnostics(planWith('mon: run tempo 40min rec 2min'), 'syntax');
        expect(errors).toHaveLength(1);
        expect(errors[0].message).toContain('`rec` is the recovery between repetitions');
        expect(errors[0].range.start).toMatchObject({ line: 3, character: 91 });
    });

    test('a pace that cannot be one', async () => {
        const errors = await ruleDiagnostics(planWith('mon: run tempo 40min @ 3:75/km'), 'syntax');
        expect(errors.map(e => e.message)).toEqual([expect.stringContaining('3:75/km is not a pace')]);
    });

    test('a heart-rate zone outside 1–5, and a target that is neither', async () => {
        const zone = await ruleDiagnostics(planWith('mon: run easy 40min @ z7'), 'syntax');
        expect(zone.map(e => e.message)).toEqual([expect.stringContaining('Heart-rate zones run from 1 to 5')]);
        const word = await ruleDiagnostics(planWith('mon: run easy 40min @ fast'), 'syntax');
        expect(word.map(e => e.message)).toEqual([expect.stringContaining("'fast' is not a target")]);
    });

    test('an option given twice', async () => {
        const cases: Array<[string, string]> = [
            [planWith('mon: run easy 40min @ z2 @ z3'), 'target'],
            [planWith('mon: run long 2h hard hard'), '`hard`'],
            [planWith('mon: run intervals 6x800m rec 400m rec 200m'), '`rec`'],
            [planWith('mon: run easy 40min warmup 10min warmup 5min'), '`warmup`'],
            [planWith('mon: lift S', 'session S { warmup W  squat 3x5 @ 60kg rest 90s "a" "b" }'), 'note'],
            [planWith('mon: run easy 30min').replace('start 2027-01-04', 'start 2027-01-04 race R on 2027-01-20 priority A priority B'), '`priority`'],
            [planWith('mon: run easy 30min').replace('start 2027-01-04', 'start 2027-01-04 race R on 2027-01-20 at 08:00 at 09:00'), '`at`'],
            [planWith('mon: run easy 30min').replace('start 2027-01-04', 'start 2027-01-04 race R on 2027-01-20 distance 5km distance 10km'), '`distance`']
        ];
        for (const [text, what] of cases) {
            const errors = await ruleDiagnostics(text, 'syntax');
            expect(errors.map(e => e.message), text).toEqual([expect.stringMatching(/given twice/)]);
            expect(errors[0].message).toContain(what);
        }
    });

    test('values outside their sets name the allowed ones', async () => {
        const text = planWith('mon: run easy 30min').replace('start 2027-01-04', 'athlete "A" { units stone  round 2.5kg }  start 2027-01-04');
        const messages = (await ruleDiagnostics(text, 'syntax')).map(e => e.message);
        expect(messages).toEqual([expect.stringContaining("Unknown unit 'stone': expected one of kg, lb")]);
        const mixed = planWith('mon: run easy 30min').replace('start 2027-01-04', 'athlete "A" { units lb  round 2.5kg }  start 2027-01-04');
        expect((await ruleDiagnostics(mixed, 'syntax')).map(e => e.message)).toEqual([expect.stringContaining('`round` is written in the athlete\'s units (lb)')]);
    });

    test('a cross session lasts a duration or a distance; a race distance is a distance', async () => {
        expect((await ruleDiagnostics(planWith('mon: cross bike 3x5'), 'syntax')).map(e => e.message)).toEqual([expect.stringContaining('A cross session lasts')]);
        const race = planWith('mon: run easy 30min').replace('start 2027-01-04', 'start 2027-01-04 race R on 2027-01-20 distance 40min');
        expect((await ruleDiagnostics(race, 'syntax')).map(e => e.message)).toEqual([expect.stringContaining('A race distance is a distance')]);
    });

    test('a hold takes one duration', async () => {
        const text = planWith('mon: lift S', 'session S { warmup W  plank 3x30s-40 }');
        expect((await ruleDiagnostics(text, 'syntax')).map(e => e.message)).toEqual([expect.stringContaining('A hold takes one duration')]);
    });
});

describe('parser messages for version 2', () => {
    test('a target that is neither a pace nor a name says what a target is', async () => {
        const errors = await ruleDiagnostics(`plan "P" { start 2027-01-04  phase B 1 week focus base { mon: run tempo 40min @ 3:50 } }`, 'syntax');
        expect(errors[0].message).toBe("Expected a pace (3:50/km, 4:10-4:20/km) or a heart-rate zone (z1 to z5) after '@' but found '3:50'.");
    });

    test('a missing activity names cross among the choices', async () => {
        const errors = await ruleDiagnostics(`plan "P" { start 2027-01-04  phase B 1 week focus base { mon: swim 30min } }`, 'syntax');
        expect(errors[0].message).toContain('an activity (run, cross, lift or rest)');
    });
});
