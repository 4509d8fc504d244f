// The calendar semantics of docs/language.md ("Phases, weeks and days", "Activities",
// "Sessions, warm-ups and exercises"), one statement per test.

import { describe, expect, test } from 'vitest';
import type { ResolvedLift, ResolvedPlan } from '@lift/language';
import { resolved } from '../helpers/services.js';

const LIBRARY = `
warmup Standard {
    cardio rower 10min
    mobility 6min "leg swings"
}
session StrengthA heavy {
    warmup Standard
    squat 4x5 @ 80kg rest 2min rir 2 progress +2.5kg/week
    deadlift 3x5 @ 100kg rest 2min rir 2 progress +5%/week
}
session Maintenance light {
    squat 2x5 @ 60% rest 2min rir 4
}
`;

function dayOf(plan: ResolvedPlan, date: string) {
    return plan.days.find(day => day.date.toString() === date);
}

function liftOn(plan: ResolvedPlan, date: string): ResolvedLift {
    const lift = dayOf(plan, date)?.activities.find(activity => activity.type === 'lift');
    if (!lift || lift.type !== 'lift') throw new Error(`no lift on ${date}`);
    return lift;
}

describe('weeks and phases', () => {
    test('week 1 is the week containing start; days before start are not scheduled', async () => {
        // 2027-01-06 is a Wednesday.
        const plan = await resolved(`plan "P" { start 2027-01-06
            phase Base 2 weeks focus base { mon: run easy 30min  tue: run easy 30min  wed: run easy 30min  sun: rest } }`);
        expect(plan.days.map(day => day.date.toString())).toEqual([
            '2027-01-06', '2027-01-10', '2027-01-11', '2027-01-12', '2027-01-13', '2027-01-17'
        ]);
        expect(plan.days.map(day => day.week)).toEqual([1, 1, 2, 2, 2, 2]);
        expect(plan.start.toString()).toBe('2027-01-06');
        expect(plan.end.toString()).toBe('2027-01-17');
    });

    test('phases follow each other without gaps and the plan ends on the Sunday of its last week', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04
            phase Base 6 weeks focus base { mon: run easy 30min }
            phase Build 4 weeks focus build { mon: run tempo 30min }
            phase "Race prep" 3 weeks focus peak { mon: run easy 30min }
            phase Taper 2 weeks focus taper { mon: run easy 20min } }`);
        expect(plan.phases.map(p => [p.name, p.focus, p.start.toString(), p.end.toString(), p.weeks, p.firstWeek])).toEqual([
            ['Base', 'base', '2027-01-04', '2027-02-14', 6, 1],
            ['Build', 'build', '2027-02-15', '2027-03-14', 4, 7],
            ['Race prep', 'peak', '2027-03-15', '2027-04-04', 3, 11],
            ['Taper', 'taper', '2027-04-05', '2027-04-18', 2, 14]
        ]);
        expect(plan.end.toString()).toBe('2027-04-18');
        expect(plan.weeks).toHaveLength(15);
        expect(dayOf(plan, '2027-02-15')?.phase.name).toBe('Build');
        expect(dayOf(plan, '2027-02-15')?.weekOfPhase).toBe(1);
    });

    test('a phase starting mid-week begins on the plan start', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-07 phase Base 1 week focus base { fri: rest } }`);
        expect(plan.phases[0].start.toString()).toBe('2027-01-07');
        expect(plan.phases[0].end.toString()).toBe('2027-01-10');
    });

    test('the template repeats every week; unnamed days have nothing scheduled', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04 phase Base 3 weeks focus base { tue: run easy 30min } }`);
        expect(plan.days.map(day => day.date.toString())).toEqual(['2027-01-05', '2027-01-12', '2027-01-19']);
    });

    test('a rest day is scheduled with a rest activity', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04 phase Base 1 week focus base { fri: rest } }`);
        expect(dayOf(plan, '2027-01-08')?.activities.map(a => a.type)).toEqual(['rest']);
    });
});

describe('week overrides', () => {
    const plan = resolved(`${LIBRARY}
        plan "P" { start 2027-01-04
            phase Base 4 weeks focus base {
                tue: run intervals 6x800m, lift StrengthA
                thu: lift StrengthA
                sat: run long 90min
                week 4 {
                    thu: lift Maintenance
                    fri: run easy 20min
                }
            }
        }`);

    test('replaces the named days of the K-th week of its phase', async () => {
        const p = await plan;
        expect(liftOn(p, '2027-01-28').session).toBe('Maintenance');
        expect(liftOn(p, '2027-01-21').session).toBe('StrengthA');
        expect(dayOf(p, '2027-01-29')?.activities).toMatchObject([{ type: 'run', kind: 'easy', amount: '20min' }]);
        expect(dayOf(p, '2027-01-22')).toBeUndefined();
    });

    test('keeps the template for the days it does not name', async () => {
        const p = await plan;
        expect(dayOf(p, '2027-01-26')?.activities.map(a => a.type)).toEqual(['run', 'lift']);
        expect(dayOf(p, '2027-01-30')?.activities).toMatchObject([{ kind: 'long', amount: '90min' }]);
        expect(p.weeks[3].override).toBeDefined();
        expect(p.weeks[2].override).toBeUndefined();
    });
});

describe('activities', () => {
    test('run kinds, amounts, notes and times are kept', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04 phase Base 1 week focus base {
            mon: run easy 45min "conversational" at 07:30
            tue: run intervals 6x800m
            wed: run tempo 5km
            thu: run fartlek 8x1min
            fri: run recovery 1h30min
            sat: run long 10mi
        } }`);
        expect(plan.days.map(day => day.activities[0])).toMatchObject([
            { type: 'run', kind: 'easy', amount: '45min', note: 'conversational', time: 450 },
            { kind: 'intervals', amount: '6x800m' },
            { kind: 'tempo', amount: '5km' },
            { kind: 'fartlek', amount: '8x1min' },
            { kind: 'recovery', amount: '1h30min' },
            { kind: 'long', amount: '10mi' }
        ]);
    });

    test('activities of one day keep the written order', async () => {
        const plan = await resolved(`${LIBRARY} plan "P" { start 2027-01-04 phase Base 1 week focus base {
            tue: lift StrengthA, run intervals 6x800m } }`);
        expect(dayOf(plan, '2027-01-05')?.activities.map(a => a.type)).toEqual(['lift', 'run']);
    });

    test('at times reorder the day', async () => {
        const plan = await resolved(`${LIBRARY} plan "P" { start 2027-01-04 phase Base 1 week focus base {
            tue: lift StrengthA at 18:00, run intervals 6x800m at 07:00 } }`);
        const day = dayOf(plan, '2027-01-05')!;
        expect(day.activities.map(a => [a.type, a.time, a.index])).toEqual([['run', 420, 0], ['lift', 1080, 1]]);
    });
});

describe('races', () => {
    test('a race day becomes a run race that replaces the template runs; lifts stay', async () => {
        const plan = await resolved(`${LIBRARY} plan "P" { start 2027-01-04
            race "City 10k" on 2027-01-17 priority B
            phase Base 2 weeks focus base { sun: run long 90min, lift Maintenance } }`);
        const day = dayOf(plan, '2027-01-17')!;
        expect(day.activities.map(a => a.type === 'run' ? `run ${a.kind}` : a.type)).toEqual(['run race', 'lift']);
        expect(day.activities[0]).toMatchObject({ kind: 'race', race: { name: 'City 10k', priority: 'B' } });
        expect(dayOf(plan, '2027-01-10')?.activities.map(a => a.type === 'run' ? a.kind : a.type)).toEqual(['long', 'lift']);
    });

    test('a race on a day the template leaves empty is scheduled', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04
            race "Parkrun" on 2027-01-09
            phase Base 1 week focus base { mon: run easy 30min } }`);
        expect(dayOf(plan, '2027-01-09')?.activities).toMatchObject([{ type: 'run', kind: 'race' }]);
        expect(plan.races[0]).toMatchObject({ priority: 'A', scheduled: true });
    });

    test('a race replaces a rest day', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04
            race "Parkrun" on 2027-01-09 priority C
            phase Base 1 week focus base { sat: rest } }`);
        expect(dayOf(plan, '2027-01-09')?.activities.map(a => a.type)).toEqual(['run']);
    });

    test('a race outside the plan is not scheduled', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04
            race "Later" on 2027-03-01
            phase Base 1 week focus base { sat: rest } }`);
        expect(plan.races[0].scheduled).toBe(false);
        expect(plan.days).toHaveLength(1);
    });
});

describe('loads', () => {
    const plan = resolved(`${LIBRARY}
        plan "P" {
            athlete "Sam" { max squat 120kg }
            start 2027-01-04
            phase Base 3 weeks focus base { tue: lift StrengthA  thu: lift Maintenance }
            phase Build 2 weeks focus build { tue: lift StrengthA }
        }`);

    test('kg progression adds the step once per week of the phase', async () => {
        const p = await plan;
        const squat = (date: string) => liftOn(p, date).exercises[0].load;
        expect(squat('2027-01-05')).toMatchObject({ value: 80, unit: 'kg' });
        expect(squat('2027-01-12')).toMatchObject({ value: 82.5, unit: 'kg' });
        expect(squat('2027-01-19')).toMatchObject({ value: 85, unit: 'kg' });
        // The Build phase starts over at its own week 1.
        expect(squat('2027-01-26')).toMatchObject({ value: 80, unit: 'kg' });
    });

    test('percent progression is of the first week\'s load, rounded to 0.5 kg', async () => {
        const p = await plan;
        const deadlift = (date: string) => liftOn(p, date).exercises[1].load;
        expect(deadlift('2027-01-05')).toMatchObject({ value: 100, unit: 'kg' });
        expect(deadlift('2027-01-12')).toMatchObject({ value: 105, unit: 'kg' });
        expect(deadlift('2027-01-19')).toMatchObject({ value: 110, unit: 'kg' });
    });

    test('a % load resolves through the athlete max and keeps the percent', async () => {
        const p = await plan;
        expect(liftOn(p, '2027-01-07').exercises[0]).toMatchObject({
            exercise: 'squat', name: 'Back squat', sets: 2, reps: 5, rest: 120, rir: 4,
            load: { value: 72, unit: 'kg', percent: 60 }, missingMax: false
        });
    });

    test('percent loads round to the nearest 0.5 kg', async () => {
        const p = await resolved(`session S { squat 3x5 @ 67% }
            plan "P" { athlete "A" { max squat 101kg } start 2027-01-04 phase B 1 week focus base { mon: lift S } }`);
        // 67 % of 101 kg = 67.67 kg
        expect(liftOn(p, '2027-01-04').exercises[0].load).toMatchObject({ value: 67.5, unit: 'kg', percent: 67 });
    });

    test('percent loads in lb round to the nearest pound', async () => {
        const p = await resolved(`session S { deadlift 3x5 @ 72% progress +2.5lb/week }
            plan "P" { athlete "A" { max deadlift 315lb } start 2027-01-04 phase B 2 weeks focus base { mon: lift S } }`);
        // 72 % of 315 lb = 226.8 lb → 227; week 2: 229.3 → 229
        expect(liftOn(p, '2027-01-04').exercises[0].load).toMatchObject({ value: 227, unit: 'lb', percent: 72 });
        expect(liftOn(p, '2027-01-11').exercises[0].load).toMatchObject({ value: 229, unit: 'lb', percent: 72 });
    });

    test('a % load without a max stays unresolved and is flagged', async () => {
        const p = await resolved(`session S { squat 3x5 @ 70% }
            plan "P" { start 2027-01-04 phase B 1 week focus base { mon: lift S } }`);
        expect(liftOn(p, '2027-01-04').exercises[0]).toMatchObject({ missingMax: true, load: undefined });
    });

    test('bodyweight, holds, per-side work and rpe', async () => {
        const p = await resolved(`session S { push-up 3x6 @ bw rest 90s rpe 7  plank 3x30s  lunge 3x5 each @ 20kg }
            plan "P" { start 2027-01-04 phase B 1 week focus base { mon: lift S } }`);
        expect(liftOn(p, '2027-01-04').exercises).toMatchObject([
            { exercise: 'push-up', sets: 3, reps: 6, load: { unit: 'bw' }, rest: 90, rpe: 7, each: false },
            { exercise: 'plank', sets: 3, reps: undefined, hold: 30 },
            { exercise: 'lunge', sets: 3, reps: 5, each: true, load: { value: 20, unit: 'kg' } }
        ]);
    });

    test('sessions default to heavy; the warm-up resolves to seconds', async () => {
        const p = await plan;
        const lift = liftOn(p, '2027-01-05');
        expect(lift.intensity).toBe('heavy');
        expect(lift.warmup).toMatchObject({ name: 'Standard', cardio: 600, cardioKind: 'rower', mobility: 360, mobilityNote: 'leg swings' });
        expect(liftOn(p, '2027-01-07').intensity).toBe('light');
    });
});

describe('plan settings', () => {
    test('athlete level defaults to intermediate; quality runs default to the hard kinds', async () => {
        const plan = await resolved(`plan "P" { athlete "Sam" start 2027-01-04 phase B 1 week focus base { mon: rest } }`);
        expect(plan.athlete).toMatchObject({ name: 'Sam', level: 'intermediate' });
        expect([...plan.qualityRuns].sort()).toEqual(['fartlek', 'hills', 'intervals', 'race', 'tempo', 'threshold']);
    });

    test('quality-runs replaces the set of quality kinds; running-since and timezone are read', async () => {
        const plan = await resolved(`plan "P" {
            athlete "Kim" { level beginner running-since 2026-09-01 }
            timezone "Europe/Berlin"
            start 2027-01-04
            rules { quality-runs tempo, long }
            phase B 1 week focus base { mon: rest } }`);
        expect([...plan.qualityRuns]).toEqual(['tempo', 'long']);
        expect(plan.athlete.level).toBe('beginner');
        expect(plan.athlete.runningSince?.toString()).toBe('2026-09-01');
        expect(plan.timezone).toBe('Europe/Berlin');
    });

    test('every activity points back at its source node', async () => {
        const plan = await resolved(`${LIBRARY} plan "P" { start 2027-01-04 phase B 2 weeks focus base { tue: lift StrengthA } }`);
        const [first, second] = plan.days.map(day => day.activities[0]);
        expect(first.node).toBe(second.node);
        expect(first.node.$cstNode?.text).toBe('lift StrengthA');
        expect(plan.days[0].source?.$cstNode?.text).toBe('tue: lift StrengthA');
    });
});
