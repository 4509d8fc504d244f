// Workout files of language version 2 plans: pace and zone targets, recoveries, warm-up and
// cool-down written on runs; cross sessions; timed races with a distance; rep and effort
// ranges, notes, and the athlete's units.

import { describe, expect, test } from 'vitest';
import { fitEmitter, planToIntervals } from '@lift/language';
import { resolved } from '../helpers/services.js';
import { decodeWithFitFileParser, decodeWithSdk, expandRepeats, type DecodedWorkout } from './fit-readers.js';

const PLAN = `
session S heavy {
    squat 3x4-6 @ 80kg rest 2min rir 1-2 "pause at the bottom"
    plank 3x30s rest 30s rpe 7-8
}
plan "Version Two" {
    athlete "A" { units lb }
    start 2027-01-04
    race "Town 10k" on 2027-01-10 at 09:30 distance 10km priority B
    phase Base 1 weeks focus base {
        tue: run intervals 6x800m @ 3:50/km rec 400m warmup 15min cooldown 10min at 07:00, lift S "keep it crisp" at 18:00
        wed: cross bike 45min, cross swim 30min hard, cross yoga 20min
        thu: run easy 45min @ z2
    }
}
`;

async function build() {
    const plan = await resolved(PLAN);
    const files = await fitEmitter.emitFiles({ plan, diagnostics: [] });
    const decoded = new Map<string, DecodedWorkout>();
    for (const file of files) {
        const sdk = decodeWithSdk(file.content);
        expect((await decodeWithFitFileParser(file.content)).steps).toEqual(sdk.steps);
        decoded.set(file.name, sdk);
    }
    return { plan, decoded };
}

describe('a version 2 plan as workout files', () => {
    test('one file per run, cross session and lift, in the day\'s order', async () => {
        const { decoded } = await build();
        expect([...decoded.keys()]).toEqual([
            '2027-01-05-1-intervals.fit', '2027-01-05-2-s.fit',
            '2027-01-06-1-bike.fit', '2027-01-06-2-swim.fit', '2027-01-06-3-yoga.fit',
            '2027-01-07-1-easy.fit', '2027-01-10-1-race.fit'
        ]);
    });

    test('a structured run: warm-up, a repeat block with a speed target and a recovery, cool-down', async () => {
        const { decoded } = await build();
        const run = decoded.get('2027-01-05-1-intervals.fit')!;
        expect(run.steps.map(s => [s.intensity, s.durationType, s.durationValue, s.targetType, s.speedLow, s.speedHigh, s.targetValue])).toEqual([
            ['warmup', 'time', 900_000, 'open', undefined, undefined, undefined],
            ['active', 'distance', 80_000, 'speed', 4348, 4348, 0],
            ['recovery', 'distance', 40_000, 'open', undefined, undefined, undefined],
            ['active', 'repeatUntilStepsCmplt', 1, 'open', undefined, undefined, 6],
            ['cooldown', 'time', 600_000, 'open', undefined, undefined, undefined]
        ]);
        expect(expandRepeats(run.steps)).toHaveLength(14);
        expect(decoded.get('2027-01-07-1-easy.fit')!.steps).toMatchObject([{ targetType: 'heartRate', targetValue: 2 }]);
    });

    test('cross sessions take the watch sport of their kind', async () => {
        const { decoded } = await build();
        expect(['bike', 'swim', 'yoga'].map(kind => {
            const workout = [...decoded.entries()].find(([name]) => name.endsWith(`-${kind}.fit`))![1];
            return [workout.sport, workout.subSport, workout.steps[0].name, workout.steps[0].durationValue];
        })).toEqual([['cycling', 'generic', 'Bike', 2_700_000], ['swimming', 'generic', 'Swim', 1_800_000], ['generic', 'generic', 'Yoga', 1_200_000]]);
    });

    test('ranges: the high end of the reps; effort ranges and notes in the step notes; loads in kg shown in lb', async () => {
        const { decoded } = await build();
        const lift = decoded.get('2027-01-05-2-s.fit')!;
        expect(lift.steps[0]).toMatchObject({
            name: 'Back squat', durationType: 'reps', durationValue: 6, weight: 79.83, weightUnit: 'pound',
            notes: '4-6 reps · RIR 1-2 · pause at the bottom'
        });
        expect(lift.steps[3]).toMatchObject({ name: 'Plank', durationType: 'time', durationValue: 30_000, notes: 'RPE 7-8' });
    });

    test('a timed race with a distance: a measured Race step; intervals.icu gets its time and category', async () => {
        const { plan, decoded } = await build();
        expect(decoded.get('2027-01-10-1-race.fit')!.steps).toEqual([{ name: 'Race', durationType: 'distance', durationValue: 1_000_000, targetType: 'open', intensity: 'active' }]);
        const events = planToIntervals(plan);
        expect(events.at(-1)).toMatchObject({ category: 'RACE_B', start_date_local: '2027-01-10T09:30:00', type: 'Run', name: 'Town 10k', description: 'Priority B race\n\n- 10km' });
        expect(events.map(e => e.type)).toEqual(['Run', 'WeightTraining', 'Ride', 'Swim', 'Workout', 'Run', 'Run']);
        expect(events[0].description).toBe('Warmup\n- 15m\n\n6x\n- 800mtr 3:50/km Pace\n- 400mtr\n\nCooldown\n- 10m');
        expect(events[1].description.split('\n')[0]).toBe('keep it crisp');
        expect(events[2].external_id).toBe(events[2].external_id.replace(/^(\d+)-cross-bike-1@/, '$1-cross-bike-1@'));
    });
});
