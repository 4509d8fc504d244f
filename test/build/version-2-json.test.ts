// The JSON build of version 2 plans: every new field named as docs/language.md names it, and
// valid against the published schema.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parseDate, planToJson } from '@lift/language';
import { REPO_ROOT } from '../helpers/cli.js';
import { resolved } from '../helpers/services.js';

const PLAN = `
warmup W { cardio 10min  mobility 6min }
session S { warmup W  squat 3x4-6 @ 70% rest 2min rir 1-2 progress +2.5%/week "slow down"  push-up 3x6 @ bw rpe 7-8 }
plan "V2" {
    athlete "Sam" { max squat 100kg  lifting-since 2024-09-01 }
    start 2027-01-04
    race "Marathon" on 2027-01-31 at 08:30 distance 42.195km priority A
    phase Base 4 weeks focus base {
        mon: lift S "gym" at 18:00
        tue: run intervals 2x400m @ 4:10-4:00/km rec 200m warmup 10min cooldown 5min
        wed: cross bike 45min
        thu: cross swim 30min hard
        fri: rest "sleep"
        sat: run long 2h hard
        sun: run easy 40min @ z2
        week 3 deload { mon: lift S }
    }
}`;

async function build() {
    return planToJson(await resolved(PLAN));
}

describe('version 2 JSON', () => {
    test('races carry at and distance in metres; the race run carries the same at and the distance as written', async () => {
        const json = await build();
        expect(json.races).toEqual([{ name: 'Marathon', date: '2027-01-31', priority: 'A', at: '08:30', distance: 42195 }]);
        const raceDay = json.days.find(day => day.date === '2027-01-31')!;
        expect(raceDay.activities).toEqual([
            { type: 'run', kind: 'race', amount: '42.195km', quality: true, race: 'Marathon', at: '08:30', steps: [{ kind: 'work', metres: 42195 }] }
        ]);
    });

    test('every run has quality; cross sessions as docs/language.md shows them', async () => {
        const json = await build();
        const week1 = json.days.filter(day => day.week === 1);
        const first = (weekday: string) => week1.find(day => day.weekday === weekday)!.activities[0];
        expect(first('wed')).toEqual({ type: 'cross', kind: 'bike', amount: '45min', quality: false });
        expect(first('thu')).toEqual({ type: 'cross', kind: 'swim', amount: '30min', quality: true });
        expect(first('sat')).toMatchObject({ type: 'run', kind: 'long', quality: true });
        expect(first('sun')).toEqual({ type: 'run', kind: 'easy', amount: '40min', quality: false, target: { zone: 2 }, steps: [{ kind: 'work', seconds: 2400, target: { zone: 2 } }] });
        expect(first('fri')).toEqual({ type: 'rest', note: 'sleep' });
    });

    test('structured runs: target, recovery, warmup, cooldown and steps', async () => {
        const json = await build();
        const pace = { pace: { from: 240, to: 250, per: 'km' } };
        expect(json.days[1].activities[0]).toEqual({
            type: 'run', kind: 'intervals', amount: '2x400m', quality: true,
            target: pace, recovery: { metres: 200 }, warmup: { seconds: 600 }, cooldown: { seconds: 300 },
            steps: [
                { kind: 'warmup', seconds: 600 },
                { kind: 'work', metres: 400, target: pace }, { kind: 'recovery', metres: 200 },
                { kind: 'work', metres: 400, target: pace }, { kind: 'recovery', metres: 200 },
                { kind: 'cooldown', seconds: 300 }
            ]
        });
    });

    test('lift notes, ranges, percent of the week and ofMax; deload weeks on the phase', async () => {
        const json = await build();
        expect(json.phases[0].deloadWeeks).toEqual([3]);
        expect(json.athlete).toEqual({ name: 'Sam', level: 'intermediate', liftingSince: '2024-09-01' });
        const liftIn = (week: number) => json.days.find(day => day.week === week && day.weekday === 'mon')!.activities[0];
        expect(liftIn(1)).toMatchObject({ type: 'lift', note: 'gym', at: '18:00' });
        const squat = (week: number) => (liftIn(week) as { exercises: Array<Record<string, unknown>> }).exercises[0];
        expect(squat(1)).toEqual({
            exercise: 'squat', name: expect.any(String), sets: 3, reps: 4, repsMax: 6, rest: 120, rir: 1, rirMax: 2, note: 'slow down',
            load: { value: 70, unit: 'kg', percent: 70, ofMax: 70 }
        });
        // Week 3 is a deload: it lifts like week 2, and week 4 goes one step further.
        expect([2, 3, 4].map(week => squat(week).load)).toEqual([
            { value: 72.5, unit: 'kg', percent: 72.5, ofMax: 72.5 },
            { value: 72.5, unit: 'kg', percent: 72.5, ofMax: 72.5 },
            { value: 75, unit: 'kg', percent: 75, ofMax: 75 }
        ]);
        const pushUp = (liftIn(1) as { exercises: Array<Record<string, unknown>> }).exercises[1];
        expect(pushUp).toMatchObject({ rpe: 7, rpeMax: 8, load: { unit: 'bw' } });
    });

    test('validates against the published schema', async () => {
        const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: (text: string) => parseDate(text) !== undefined } });
        const validate = ajv.compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schema/lift-plan.schema.json'), 'utf8')));
        const json = await build();
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });
});
