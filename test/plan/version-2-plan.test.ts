// The resolved plan of docs/language.md, "What's new in version 2": races with a time and a
// distance, quality and hard runs, cross sessions, notes, ranges, units and plate rounding,
// percentage-point steps, deload weeks, day and week lists, structured runs.

import { describe, expect, test } from 'vitest';
import { progressionSteps, type ResolvedActivity, type ResolvedLift, type ResolvedPlan } from '@lift/language';
import { resolved } from '../helpers/services.js';

const WARMUP = 'warmup W { cardio 10min  mobility 6min }';

function activitiesOn(plan: ResolvedPlan, date: string): ResolvedActivity[] {
    return plan.days.find(day => day.date.toString() === date)?.activities ?? [];
}

function liftOn(plan: ResolvedPlan, date: string): ResolvedLift {
    const lift = activitiesOn(plan, date).find(activity => activity.type === 'lift');
    if (!lift) throw new Error(`no lift on ${date}`);
    return lift;
}

describe('races with a time and a distance', () => {
    test('the race run is timed, its amount is the distance as written, one work step of that distance', async () => {
        const plan = await resolved(`
            plan "P" {
                start 2027-01-04
                race "Marathon" on 2027-01-17 distance 42.195km at 08:30
                phase B 2 weeks focus base { sun: run long 2h, cross bike 30min }
            }`);
        expect(plan.races[0]).toMatchObject({ time: 510, distance: { text: '42.195km', metres: 42195 } });
        const [race, cross] = activitiesOn(plan, '2027-01-17');
        expect(race).toMatchObject({ type: 'run', kind: 'race', amount: '42.195km', time: 510, quality: true, steps: [{ kind: 'work', metres: 42195 }] });
        // A race replaces runs, not cross sessions.
        expect(cross).toMatchObject({ type: 'cross', kind: 'bike' });
    });

    test('a race is quality whatever quality-runs says', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04  race R on 2027-01-10  rules { quality-runs tempo }  phase B 1 week focus base { mon: run easy 30min } }`);
        expect(activitiesOn(plan, '2027-01-10')[0]).toMatchObject({ kind: 'race', quality: true, steps: [{ kind: 'work' }] });
    });
});

describe('quality, hard runs and cross sessions', () => {
    test('quality comes from the kind, from hard, or from being a race', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04  phase B 1 week focus base {
            mon: run easy 30min
            tue: run tempo 30min
            wed: run long 2h hard "fast finish"
            thu: cross bike 45min
            fri: cross swim 2km hard at 07:00
        } }`);
        expect(activitiesOn(plan, '2027-01-04')[0]).toMatchObject({ quality: false, hard: false });
        expect(activitiesOn(plan, '2027-01-05')[0]).toMatchObject({ quality: true, hard: false });
        expect(activitiesOn(plan, '2027-01-06')[0]).toMatchObject({ quality: true, hard: true, note: 'fast finish' });
        expect(activitiesOn(plan, '2027-01-07')[0]).toEqual(expect.objectContaining({ type: 'cross', kind: 'bike', amount: '45min', hard: false, quality: false }));
        expect(activitiesOn(plan, '2027-01-08')[0]).toMatchObject({ type: 'cross', kind: 'swim', amount: '2km', hard: true, quality: true, time: 420 });
    });
});

describe('notes and ranges', () => {
    test('lift, rest and exercise notes; rep, rir and rpe ranges', async () => {
        const plan = await resolved(`${WARMUP}
            session S { warmup W  squat 3x4-6 @ 60kg rest 2min rir 1-2 "pause"  deadlift 3x5 @ 80kg rpe 7.5-8.5 }
            plan "P" { start 2027-01-04  phase B 1 week focus base { mon: lift S "gym" at 18:00  tue: rest "sleep in" } }`);
        const lift = liftOn(plan, '2027-01-04');
        expect(lift.note).toBe('gym');
        expect(lift.exercises[0]).toMatchObject({ reps: 4, repsMax: 6, rir: 1, rirMax: 2, note: 'pause' });
        expect(lift.exercises[1]).toMatchObject({ reps: 5, repsMax: undefined, rpe: 7.5, rpeMax: 8.5 });
        expect(activitiesOn(plan, '2027-01-05')[0]).toMatchObject({ type: 'rest', note: 'sleep in' });
    });
});

describe('units, rounding and percentages', () => {
    const planWith = (athlete: string, lines: string, weeks = 1) => resolved(`${WARMUP}
        session S { warmup W  ${lines} }
        plan "P" { athlete "A" { ${athlete} } start 2027-01-04  phase B ${weeks} weeks focus base { mon: lift S } }`);

    test('units convert every load (1 lb = 0.45359237 kg) and keep the default rounding of that unit', async () => {
        const plan = await planWith('units lb  max squat 100kg', 'squat 3x5 @ 60kg  deadlift 3x5 @ 80%');
        const [squat, deadlift] = liftOn(plan, '2027-01-04').exercises;
        // 60 kg = 132.277 lb → 132 lb; the squat's max is 220.46 lb, so 132 lb is 59.9 %.
        expect(squat.load).toMatchObject({ value: 132, unit: 'lb', ofMax: 59.9 });
        expect(deadlift.missingMax).toBe(true);
    });

    test('round is the nearest multiple of the plate step, halves up, after conversion and progression', async () => {
        const plan = await planWith('units lb  round 5lb  max squat 300lb', 'squat 3x5 @ 60kg progress +2.5kg/week', 3);
        // 60 kg = 132.28 lb → 130; +2.5 kg = 137.79 lb → 140; 143.30 lb → 145
        expect([0, 1, 2].map(week => liftOn(plan, `2027-01-${String(4 + 7 * week).padStart(2, '0')}`).exercises[0].load))
            .toMatchObject([{ value: 130, unit: 'lb' }, { value: 140, unit: 'lb' }, { value: 145, unit: 'lb' }]);
        const halves = await planWith('round 2.5kg', 'squat 3x5 @ 61.25kg  deadlift 3x5 @ 101lb');
        // 61.25 lies halfway between 60 and 62.5: halves round up. The lb load keeps the 1 lb default.
        expect(liftOn(halves, '2027-01-04').exercises.map(e => e.load)).toMatchObject([{ value: 62.5, unit: 'kg' }, { value: 101, unit: 'lb' }]);
    });

    test('a % step on a % load is percentage points of the max; percent is this week\'s; ofMax of the rounded value', async () => {
        const plan = await planWith('max squat 100kg', 'squat 4x5 @ 70% progress +2.5%/week', 3);
        const loads = ['2027-01-04', '2027-01-11', '2027-01-18'].map(date => liftOn(plan, date).exercises[0].load);
        expect(loads).toEqual([
            { value: 70, unit: 'kg', exact: 70, percent: 70, ofMax: 70 },
            { value: 72.5, unit: 'kg', exact: 72.5, percent: 72.5, ofMax: 72.5 },
            { value: 75, unit: 'kg', exact: 75, percent: 75, ofMax: 75 }
        ]);
    });

    test('a % step on a kg load stays a share of the first week\'s load', async () => {
        const plan = await planWith('max squat 200kg', 'squat 3x5 @ 100kg progress +5%/week', 2);
        expect(liftOn(plan, '2027-01-11').exercises[0].load).toMatchObject({ value: 105, ofMax: 52.5 });
    });

    test('lifting-since is kept', async () => {
        const plan = await planWith('lifting-since 2024-09-01', 'squat 3x5 @ bw');
        expect(plan.athlete.liftingSince?.toString()).toBe('2024-09-01');
        expect(liftOn(plan, '2027-01-04').exercises[0].load).toEqual({ unit: 'bw' });
    });
});

describe('deload weeks', () => {
    test('progression pauses: a deload week lifts like the week before, the next goes one step on', async () => {
        const plan = await resolved(`${WARMUP}
            session S { warmup W  squat 3x5 @ 80kg progress +2.5kg/week }
            plan "P" { start 2027-01-04  phase B 6 weeks focus base {
                mon: lift S
                week 4 deload { mon: lift S }
            } }`);
        expect(plan.phases[0].deloadWeeks).toEqual([4]);
        expect(plan.weeks.map(week => week.deload)).toEqual([false, false, false, true, false, false]);
        const values = plan.days.map(day => (day.activities[0] as ResolvedLift).exercises[0].load);
        expect(values.map(load => load && 'value' in load ? load.value : undefined)).toEqual([80, 82.5, 85, 85, 87.5, 90]);
    });

    test('the P count of docs/language.md', () => {
        expect([1, 2, 3, 4, 5].map(k => progressionSteps(k, [4]))).toEqual([0, 1, 2, 2, 3]);
        expect([1, 2, 3].map(k => progressionSteps(k, [1, 2]))).toEqual([0, 0, 0]);
        expect([1, 2, 3, 4].map(k => progressionSteps(k, [2, 3]))).toEqual([0, 0, 0, 1]);
    });
});

describe('lists of days and weeks', () => {
    test('a day list schedules each day; week lists and ranges override several weeks and merge', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04  phase B 5 weeks focus base {
            mon, thu: run easy 40min
            week 2, 4 { mon: rest }
            week 3-4 deload { thu: cross bike 30min }
        } }`);
        expect(plan.days.filter(day => day.week === 1).map(day => day.weekday)).toEqual(['mon', 'thu']);
        expect(activitiesOn(plan, '2027-01-11')[0].type).toBe('rest');
        expect(activitiesOn(plan, '2027-01-14')[0].type).toBe('run');
        // Week 4 merges both overrides and is a deload because one of them says so.
        expect(activitiesOn(plan, '2027-01-25')[0].type).toBe('rest');
        expect(activitiesOn(plan, '2027-01-28')[0].type).toBe('cross');
        expect(plan.weeks[3].overrides).toHaveLength(2);
        expect(plan.phases[0].deloadWeeks).toEqual([3, 4]);
    });
});

describe('structured runs', () => {
    test('target, recovery, warm-up and cool-down go into the steps', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04  phase B 1 week focus base {
            mon: run intervals 2x800m @ 3:50/km rec 400m warmup 15min cooldown 10min
            tue: run threshold 2x10min @ 4:20-4:10/km rec 2min
            wed: run easy 45min @ z2
            thu: run intervals 3x1min
        } }`);
        const pace = { pace: { from: 230, to: 230, per: 'km' } };
        expect(activitiesOn(plan, '2027-01-04')[0]).toMatchObject({
            target: pace, recovery: { metres: 400 }, warmup: { seconds: 900 }, cooldown: { seconds: 600 },
            steps: [
                { kind: 'warmup', seconds: 900 },
                { kind: 'work', metres: 800, target: pace }, { kind: 'recovery', metres: 400 },
                { kind: 'work', metres: 800, target: pace }, { kind: 'recovery', metres: 400 },
                { kind: 'cooldown', seconds: 600 }
            ]
        });
        expect(activitiesOn(plan, '2027-01-05')[0]).toMatchObject({ target: { pace: { from: 250, to: 260, per: 'km' } }, recovery: { seconds: 120 } });
        expect(activitiesOn(plan, '2027-01-06')[0]).toMatchObject({ target: { zone: 2 }, steps: [{ kind: 'work', seconds: 2700, target: { zone: 2 } }] });
        expect(activitiesOn(plan, '2027-01-07')[0]).toMatchObject({ steps: [{ kind: 'work', seconds: 60 }, { kind: 'work', seconds: 60 }, { kind: 'work', seconds: 60 }] });
    });
});
