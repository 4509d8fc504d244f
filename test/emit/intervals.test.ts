// `lift build --format intervals` (docs/language.md, "Workout files"): one JSON array for
// intervals.icu's bulk event upload — the shape per activity, race categories, types,
// times, the calendar UID as external_id, and the workout text of repeats, paces and zones.

import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { findEmitter, planToIcs, planToIntervals, planToJson, type RunStep } from '@lift/language';
import { workoutText } from '../../packages/language/src/emit/intervals/workout-text.js';
import { runSteps } from '../../packages/language/src/plan/run-steps.js';
import { resolved } from '../helpers/services.js';
import { EXAMPLE_FILES, exampleInput } from './example-plans.js';

const KEYS = ['category', 'start_date_local', 'type', 'name', 'description', 'external_id'];

describe('every example plan', () => {
    test.each(EXAMPLE_FILES)('%s: one event per run and lift in date order, keyed by its calendar UID', async file => {
        const input = await exampleInput(file);
        const text = findEmitter('intervals')!.emit(input);
        const events = JSON.parse(text) as Record<string, string>[];
        const json = planToJson(input.plan);
        const expected = json.days.flatMap(day => day.activities.filter(a => a.type !== 'rest').map(activity => ({ day, activity })));
        expect(events.length).toBe(expected.length);
        const uids = new ICAL.Component(ICAL.parse(planToIcs(input))).getAllSubcomponents('vevent').map(e => String(e.getFirstPropertyValue('uid')));
        events.forEach((event, i) => {
            const { day, activity } = expected[i];
            expect(Object.keys(event)).toEqual(KEYS);
            const at = 'at' in activity && activity.at ? `${activity.at}:00` : '00:00:00';
            expect(event.start_date_local).toBe(`${day.date}T${at}`);
            expect(event.external_id).toBe(uids[i]);
            if (activity.type === 'lift') {
                expect([event.category, event.type]).toEqual(['WORKOUT', 'WeightTraining']);
                for (const exercise of activity.exercises) expect(event.description).toContain(exercise.name);
            } else if (activity.type === 'run') {
                expect(event.type).toBe('Run');
                const race = json.races.find(r => r.name === activity.race);
                expect(event.category).toBe(race ? `RACE_${race.priority}` : 'WORKOUT');
            }
        });
        expect(new Set(events.map(e => e.external_id)).size).toBe(events.length);
    });
});

describe('a small plan', () => {
    const PLAN = `
session StrengthA heavy { squat 4x5 @ 80kg rest 2min rir 2 }
plan "Club Plan" {
    start 2027-01-04
    race "Town 10k" on 2027-01-17 priority B
    phase Base 2 weeks focus base {
        tue: run hills 8x60s "jog down" at 07:00, lift StrengthA at 18:00
        wed: rest
        sun: run long 90min
    }
}
`;

    test('runs, lifts and races with their categories, types and times; rest days are not sent', async () => {
        const events = planToIntervals(await resolved(PLAN));
        expect(events.map(e => [e.start_date_local, e.category, e.type, e.name])).toEqual([
            ['2027-01-05T07:00:00', 'WORKOUT', 'Run', 'Hills 8x60s'],
            ['2027-01-05T18:00:00', 'WORKOUT', 'WeightTraining', 'StrengthA (heavy)'],
            ['2027-01-10T00:00:00', 'WORKOUT', 'Run', 'Long 90min'],
            ['2027-01-12T07:00:00', 'WORKOUT', 'Run', 'Hills 8x60s'],
            ['2027-01-12T18:00:00', 'WORKOUT', 'WeightTraining', 'StrengthA (heavy)'],
            ['2027-01-17T00:00:00', 'RACE_B', 'Run', 'Town 10k']
        ]);
        expect(events[0].description).toBe('jog down\n\n8x\n- 1m');
        expect(events[0].external_id).toBe('20270105-run-hills-1@club-plan-5b9f69b0.lift');
        expect(events[1].description).toBe('1. Back squat 4×5 @ 80kg · rest 2min · RIR 2');
        expect(events[2].description).toBe('- 1h30m');
        // A race without a distance has no step to follow.
        expect(events[5].description).toBe('Priority B race');
    });
});

describe('workout text', () => {
    test('warm-up, a repeat block with a pace and a distance recovery, cool-down', () => {
        const steps = runSteps('6x800m', {
            target: { pace: { from: 230, to: 230, per: 'km' } }, recovery: { metres: 400 },
            warmup: { seconds: 900 }, cooldown: { seconds: 600 }
        });
        expect(workoutText(steps)).toBe('Warmup\n- 15m\n\n6x\n- 800mtr 3:50/km Pace\n- 400mtr\n\nCooldown\n- 10m');
    });

    test('a pace range per mile, a zone, whole kilometres and mixed durations', () => {
        expect(workoutText(runSteps('3x10min', { target: { pace: { from: 250, to: 260, per: 'mi' } }, recovery: { seconds: 90 } })))
            .toBe('3x\n- 10m 4:10-4:20/mi Pace\n- 1m30s');
        expect(workoutText(runSteps('45min', { target: { zone: 2 } }))).toBe('- 45m Z2 HR');
        expect(workoutText(runSteps('10km'))).toBe('- 10km');
        expect(workoutText(runSteps('1h30min'))).toBe('- 1h30m');
    });

    test('steps that are not one pattern repeated stay as they are', () => {
        const steps: RunStep[] = [{ kind: 'work', seconds: 600 }, { kind: 'work', seconds: 300, target: { zone: 4 } }];
        expect(workoutText(steps)).toBe('- 10m\n- 5m Z4 HR');
        expect(workoutText(runSteps(undefined))).toBe('');
    });
});
