// `lift build --format fit` (docs/language.md, "Workout files"): every example plan's workouts
// decode cleanly with Garmin's SDK and with the independent fit-file-parser, and the two
// readings agree with the plan step for step — durations, distances, targets, reps, loads
// and repeat counts. Small plans pin the strength details and the structured-run targets.

import { describe, expect, test } from 'vitest';
import { fitEmitter, planToJson, type EmitInput, type ResolvedExercise, type ResolvedLift, type ResolvedPlan, type RunStep } from '@lift/language';
import { crossIntervalsType, crossSport } from '../../packages/language/src/emit/fit/cross-sport.js';
import { encodeWorkouts } from '../../packages/language/src/emit/fit/fit-encoder.js';
import { runWorkoutSteps } from '../../packages/language/src/emit/fit/run-workout.js';
import { runSteps } from '../../packages/language/src/plan/run-steps.js';
import { resolved } from '../helpers/services.js';
import { EXAMPLE_FILES, exampleInput } from './example-plans.js';
import { decodeWithFitFileParser, decodeWithSdk, expandRepeats, type DecodedStep, type DecodedWorkout } from './fit-readers.js';

const KG_PER_LB = 0.45359237;

async function bothReaders(bytes: Uint8Array): Promise<DecodedWorkout> {
    const sdk = decodeWithSdk(bytes);
    const independent = await decodeWithFitFileParser(bytes);
    expect(independent.steps).toEqual(sdk.steps);
    expect([independent.name, independent.sport, independent.subSport]).toEqual([sdk.name, sdk.sport, sdk.subSport]);
    expect(independent.timeCreated.getTime()).toBe(sdk.timeCreated.getTime());
    return sdk;
}

/** The scheduled activities in the order the files are written, with their day. */
function scheduled(plan: ResolvedPlan) {
    return plan.days.flatMap(day => day.activities.filter(a => a.type !== 'rest').map((activity, i) => ({ day, activity, n: i + 1 })));
}

/** A run step as the file tells it, in the JSON build's words (a pace as the speed range it becomes). */
function asRunStep(step: DecodedStep) {
    const kind = ({ warmup: 'warmup', active: 'work', recovery: 'recovery', cooldown: 'cooldown' } as const)[step.intensity as 'warmup'];
    const length = step.durationType === 'time' ? { seconds: step.durationValue! / 1000 }
        : step.durationType === 'distance' ? { metres: step.durationValue! / 100 } : {};
    const target = step.targetType === 'heartRate' ? { target: { zone: step.targetValue! } }
        : step.targetType === 'speed' ? { target: { mmPerSecond: [step.speedLow, step.speedHigh] } } : {};
    return { kind, ...length, ...target };
}

/** A JSON step with its pace as millimetres per second: the slower end low, the faster high. */
function withSpeed(step: RunStep) {
    if (!step.target || !('pace' in step.target)) return step;
    const metres = step.target.pace.per === 'km' ? 1000 : 1609.344;
    const speed = (seconds: number) => Math.round((metres * 1000) / seconds);
    return { ...step, target: { mmPerSecond: [speed(step.target.pace.to), speed(step.target.pace.from)] } };
}

/** What the strength workout must hold, from the JSON build's lift, sets expanded. */
function expectedLiftSteps(lift: ReturnType<typeof planToJson>['days'][number]['activities'][number] & { type: 'lift' }) {
    const steps: Partial<DecodedStep>[] = [];
    if (lift.warmup?.cardio !== undefined) steps.push({ durationType: 'time', durationValue: lift.warmup.cardio * 1000, intensity: 'warmup', exerciseCategory: 'cardio' });
    if (lift.warmup?.mobility !== undefined) steps.push({ durationType: 'time', durationValue: lift.warmup.mobility * 1000, intensity: 'warmup', exerciseCategory: 'warmUp' });
    for (const exercise of lift.exercises) {
        const load = exercise.load;
        const weight = load && 'value' in load ? { weight: Math.round((load.unit === 'lb' ? load.value * KG_PER_LB : load.value) * 100) / 100 } : {};
        const length = exercise.hold !== undefined
            ? { durationType: 'time', durationValue: exercise.hold * 1000 }
            : { durationType: 'reps', durationValue: (exercise as { repsMax?: number }).repsMax ?? exercise.reps };
        for (let set = 0; set < exercise.sets; set++) {
            steps.push({ ...length, intensity: 'active', ...weight });
            if (exercise.rest !== undefined) steps.push({ durationType: 'time', durationValue: exercise.rest * 1000, intensity: 'rest' });
        }
    }
    return steps;
}

function pick(step: DecodedStep, keys: string[]): Partial<DecodedStep> {
    return Object.fromEntries(keys.filter(key => key in step).map(key => [key, step[key as keyof DecodedStep]]));
}

describe('every example plan', () => {
    test.each(EXAMPLE_FILES)('%s: one clean workout file per run and lift, matching the plan step for step', async file => {
        const input = await exampleInput(file);
        const files = await fitEmitter.emitFiles(input);
        const json = planToJson(input.plan);
        const activities = scheduled(input.plan);
        const jsonActivities = json.days.flatMap(day => day.activities.filter(a => a.type !== 'rest'));
        expect(files.length).toBe(activities.length);
        expect(files.length).toBeGreaterThan(0);
        for (const [i, { day, activity, n }] of activities.entries()) {
            const slug = (activity.type === 'lift' ? activity.session : (activity as { kind: string }).kind).toLowerCase();
            expect(files[i].name).toBe(`${day.date.toString()}-${n}-${slug}.fit`);
            const workout = await bothReaders(files[i].content);
            expect(workout.fileType).toBe('workout');
            const jsonActivity = jsonActivities[i] as Record<string, any>;
            if (activity.type === 'lift') {
                expect([workout.sport, workout.subSport]).toEqual(['training', 'strengthTraining']);
                const expected = expectedLiftSteps(jsonActivity as never);
                const decoded = expandRepeats(workout.steps);
                expect(decoded.map((step, k) => pick(step, Object.keys(expected[k] ?? {})))).toEqual(expected);
            } else if (activity.type === 'run') {
                expect(workout.sport).toBe('running');
                // The JSON build's steps once it carries them; the resolved plan's until then.
                const steps: RunStep[] = jsonActivity.steps ?? activity.steps;
                expect(expandRepeats(workout.steps).map(asRunStep)).toEqual(steps.map(withSpeed));
            }
        }
    });

    test.each(EXAMPLE_FILES)('%s: byte-identical builds; time_created follows SOURCE_DATE_EPOCH, else the plan start', async file => {
        const first = await fitEmitter.emitFiles(await exampleInput(file));
        const second = await fitEmitter.emitFiles(await exampleInput(file));
        expect(second.map(f => f.name)).toEqual(first.map(f => f.name));
        second.forEach((f, i) => expect(Buffer.from(f.content).equals(Buffer.from(first[i].content))).toBe(true));
        const input = await exampleInput(file);
        expect(decodeWithSdk(first[0].content).timeCreated.toISOString()).toBe(`${input.plan.start.toString()}T00:00:00.000Z`);
        const stamped = await fitEmitter.emitFiles(await exampleInput(file, { sourceDateEpoch: 1_800_000_000 }));
        expect(decodeWithSdk(stamped[0].content).timeCreated.toISOString()).toBe(new Date(1_800_000_000_000).toISOString());
    });
});

const STRENGTH = `
warmup Gym { cardio rower 8min  mobility 5min "hip circles" }
exercise nordic-curl "Nordic curl" { pattern hinge  muscles hamstrings  level advanced }
session Mixed heavy {
    warmup Gym
    squat 3x5 @ 175lb rest 2min rir 2
    split-squat 2x8 each @ bw rest 60s
    plank 3x30s rest 45s rpe 7
    nordic-curl 1x6 @ bw
}
plan "Strength Days" {
    start 2027-01-04
    phase Base 1 weeks focus base { mon: lift Mixed at 18:00, run easy 30min at 07:00 }
}
`;

async function strengthWorkout(): Promise<{ plan: ResolvedPlan; files: { name: string; content: Uint8Array }[] }> {
    const plan = await resolved(STRENGTH);
    const input: EmitInput = { plan, diagnostics: [] };
    return { plan, files: await fitEmitter.emitFiles(input) };
}

describe('a lift as a strength workout', () => {
    test('numbers the day after its at times and names the file after the session', async () => {
        const { files } = await strengthWorkout();
        expect(files.map(f => f.name)).toEqual(['2027-01-04-1-easy.fit', '2027-01-04-2-mixed.fit']);
    });

    test('warm-up, then each exercise as a repeated set and rest, with the built-in exercise, load and notes', async () => {
        const { files } = await strengthWorkout();
        const workout = await bothReaders(files[1].content);
        expect(workout.name).toBe('Mixed');
        expect(workout.steps).toEqual([
            { name: 'Warm-up: rower', durationType: 'time', durationValue: 480_000, targetType: 'open', intensity: 'warmup', exerciseCategory: 'cardio' },
            { name: 'Warm-up: mobility', durationType: 'time', durationValue: 300_000, targetType: 'open', intensity: 'warmup', notes: 'hip circles', exerciseCategory: 'warmUp' },
            { name: 'Back squat', durationType: 'reps', durationValue: 5, targetType: 'open', intensity: 'active', notes: 'RIR 2', exerciseCategory: 'squat', exerciseName: 6, weight: 79.38, weightUnit: 'pound' },
            { name: 'Rest', durationType: 'time', durationValue: 120_000, targetType: 'open', intensity: 'rest' },
            { durationType: 'repeatUntilStepsCmplt', durationValue: 2, targetType: 'open', targetValue: 3, intensity: 'active' },
            { name: 'Split squat (each side)', durationType: 'reps', durationValue: 8, targetType: 'open', intensity: 'active', exerciseCategory: 'squat', exerciseName: 28 },
            { name: 'Rest', durationType: 'time', durationValue: 60_000, targetType: 'open', intensity: 'rest' },
            { durationType: 'repeatUntilStepsCmplt', durationValue: 5, targetType: 'open', targetValue: 2, intensity: 'active' },
            { name: 'Plank', durationType: 'time', durationValue: 30_000, targetType: 'open', intensity: 'active', notes: 'RPE 7', exerciseCategory: 'plank', exerciseName: 43 },
            { name: 'Rest', durationType: 'time', durationValue: 45_000, targetType: 'open', intensity: 'rest' },
            { durationType: 'repeatUntilStepsCmplt', durationValue: 8, targetType: 'open', targetValue: 3, intensity: 'active' },
            // Declared in the plan: its display name only. One set, no rest: one step.
            { name: 'Nordic curl', durationType: 'reps', durationValue: 6, targetType: 'open', intensity: 'active' }
        ]);
    });

    test('the rest after the last set is part of every round', async () => {
        const { files, plan } = await strengthWorkout();
        const lift = plan.days[0].activities.find(a => a.type === 'lift') as ResolvedLift;
        const rounds = expandRepeats(decodeWithSdk(files[1].content).steps).filter(s => s.intensity === 'rest');
        const rests = lift.exercises.flatMap((e: ResolvedExercise) => (e.rest === undefined ? [] : Array(e.sets).fill(e.rest * 1000)));
        expect(rounds.map(s => s.durationValue)).toEqual(rests);
    });
});

describe('a run as a running workout', () => {
    async function runWorkout(steps: RunStep[], note?: string): Promise<DecodedWorkout> {
        const [bytes] = await encodeWorkouts([{ fileName: 'x.fit', wktName: 'Intervals', sport: 'running', subSport: 'generic', steps: runWorkoutSteps(steps, { note }) }], new Date(Date.UTC(2027, 0, 4)));
        return bothReaders(bytes);
    }

    test('warm-up, a repeat block of work and recovery with a pace as a speed range, cool-down', async () => {
        const steps = runSteps('6x800m', {
            target: { pace: { from: 225, to: 235, per: 'km' } },
            recovery: { metres: 400 }, warmup: { seconds: 900 }, cooldown: { seconds: 600 }
        });
        const workout = await runWorkout(steps, 'even splits');
        expect(workout.steps).toEqual([
            { name: 'Warm-up', durationType: 'time', durationValue: 900_000, targetType: 'open', intensity: 'warmup' },
            // 3:45/km is 4444 mm/s, 3:55/km 4255 mm/s; low is the slower end.
            { name: 'Run', durationType: 'distance', durationValue: 80_000, targetType: 'speed', targetValue: 0, speedLow: 4255, speedHigh: 4444, intensity: 'active', notes: 'even splits' },
            { name: 'Recovery', durationType: 'distance', durationValue: 40_000, targetType: 'open', intensity: 'recovery' },
            { durationType: 'repeatUntilStepsCmplt', durationValue: 1, targetType: 'open', targetValue: 6, intensity: 'active' },
            { name: 'Cool-down', durationType: 'time', durationValue: 600_000, targetType: 'open', intensity: 'cooldown' }
        ]);
        expect(expandRepeats(workout.steps).map(asRunStep)).toEqual(steps.map(withSpeed));
    });

    test('a pace per mile and a heart-rate zone', async () => {
        const mile = await runWorkout(runSteps('40min', { target: { pace: { from: 480, to: 480, per: 'mi' } } }));
        expect(mile.steps[0]).toMatchObject({ targetType: 'speed', speedLow: 3353, speedHigh: 3353 });
        const zone = await runWorkout(runSteps('45min', { target: { zone: 2 } }));
        expect(zone.steps).toEqual([{ name: 'Run', durationType: 'time', durationValue: 2_700_000, targetType: 'heartRate', targetValue: 2, intensity: 'active' }]);
    });

    test('a race is a running workout named after it; without a distance its one step is open', async () => {
        const plan = await resolved(`plan "Race Day" {
    start 2027-01-04
    race "Town 10k" on 2027-01-10 priority B
    phase Base 1 weeks focus base { sun: run long 90min "easy" }
}`);
        const files = await fitEmitter.emitFiles({ plan, diagnostics: [] });
        expect(files.map(f => f.name)).toEqual(['2027-01-10-1-race.fit']);
        const race = await bothReaders(files[0].content);
        expect([race.name, race.sport]).toEqual(['Town 10k', 'running']);
        expect(race.steps).toEqual([{ name: 'Race', durationType: 'open', targetType: 'open', intensity: 'active' }]);
    });

    test('a repeat without recovery is one step repeated; a run without an amount is open', async () => {
        const hills = await runWorkout(runSteps('8x60s'));
        expect(hills.steps.map(s => [s.durationType, s.durationValue, s.targetValue])).toEqual([['time', 60_000, undefined], ['repeatUntilStepsCmplt', 0, 8]]);
        const open = await runWorkout(runSteps(undefined));
        expect(open.steps).toEqual([{ name: 'Run', durationType: 'open', targetType: 'open', intensity: 'active' }]);
    });
});

describe('cross sessions', () => {
    test.each([
        ['bike', 'cycling', 'generic', 'Ride'],
        ['Cycling', 'cycling', 'generic', 'Ride'],
        ['swim', 'swimming', 'generic', 'Swim'],
        ['row', 'rowing', 'generic', 'Rowing'],
        ['rower', 'rowing', 'generic', 'Rowing'],
        ['elliptical', 'fitnessEquipment', 'elliptical', 'Elliptical'],
        ['yoga', 'generic', 'generic', 'Workout']
    ])('%s is the watch sport %s/%s and the intervals.icu type %s', (kind, sport, subSport, type) => {
        expect(crossSport(kind)).toEqual({ sport, subSport });
        expect(crossIntervalsType(kind)).toBe(type);
    });
});
