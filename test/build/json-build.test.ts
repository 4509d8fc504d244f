// `lift build --format json`: the resolved calendar, valid against the published schema,
// and nothing written when the plan has errors.

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parseDate, planJsonSchemaDocument } from '@lift/language';
import { lift, REPO_ROOT, tempFolder } from '../helpers/cli.js';

const PUBLISHED = join(REPO_ROOT, 'schema/lift-plan.schema.json');

function validator() {
    const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: (text: string) => parseDate(text) !== undefined } });
    return ajv.compile(JSON.parse(readFileSync(PUBLISHED, 'utf8')));
}

const examplePlans = readdirSync(join(REPO_ROOT, 'examples')).filter(name => name.endsWith('.lift'));

describe('the published schema', () => {
    test('equals the TypeBox definition (regenerate with `node scripts/generate-schema.mjs`)', () => {
        expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(planJsonSchemaDocument());
    });

    test('has an $id and is JSON Schema 2020-12', () => {
        const schema = JSON.parse(readFileSync(PUBLISHED, 'utf8'));
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.$id).toMatch(/^urn:lift:/);
    });

    test('there are example plans to build', () => {
        expect(examplePlans.length).toBeGreaterThanOrEqual(3);
    });

    test.each(examplePlans)('the build of examples/%s validates', async name => {
        const result = await lift(['build', `examples/${name}`]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const validate = validator();
        const json = JSON.parse(result.stdout);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        expect(json.days.length).toBeGreaterThan(0);
    });

    test('the schema rejects a malformed calendar', async () => {
        const validate = validator();
        expect(validate({ plan: 'x', athlete: { level: 'pro' }, start: '2027-02-30', end: '2027-01-01', races: [], phases: [], days: [] })).toBe(false);
    });
});

describe('lift build --format json', () => {
    const PLAN = `warmup W {
    cardio rower 10min
    mobility 6min
}
session StrengthA heavy {
    warmup W
    squat 4x5 @ 80kg rest 2min rir 2 progress +2.5kg/week
}
plan "Spring Marathon 2027" {
    athlete "Sam Rivera" { level intermediate }
    start 2027-01-04
    race "City Marathon" on 2027-01-17 priority B
    phase Base 2 weeks focus base {
        tue: run intervals 6x800m, lift StrengthA
        sat: rest
    }
}
`;

    test('prints the calendar of docs/language.md', async () => {
        const cwd = tempFolder({ 'plan.lift': PLAN });
        const result = await lift(['build', 'plan.lift'], { cwd });
        const json = JSON.parse(result.stdout);
        expect(json).toMatchObject({
            plan: 'Spring Marathon 2027',
            athlete: { name: 'Sam Rivera', level: 'intermediate' },
            start: '2027-01-04', end: '2027-01-17',
            races: [{ name: 'City Marathon', date: '2027-01-17', priority: 'B' }],
            phases: [{ name: 'Base', focus: 'base', start: '2027-01-04', end: '2027-01-17', weeks: 2 }]
        });
        expect(json.days[0]).toEqual({
            date: '2027-01-05', weekday: 'tue', week: 1, phase: 'Base',
            activities: [
                { type: 'run', kind: 'intervals', amount: '6x800m', quality: true, steps: Array.from({ length: 6 }, () => ({ kind: 'work', metres: 800 })) },
                {
                    type: 'lift', session: 'StrengthA', intensity: 'heavy',
                    warmup: { name: 'W', cardio: 600, cardioKind: 'rower', mobility: 360 },
                    exercises: [{ exercise: 'squat', name: expect.any(String), sets: 4, reps: 5, load: { value: 80, unit: 'kg' }, rest: 120, rir: 2 }]
                }
            ]
        });
        expect(json.days[1]).toMatchObject({ date: '2027-01-09', activities: [{ type: 'rest' }] });
        expect(json.days[2].activities[1].exercises[0].load).toEqual({ value: 82.5, unit: 'kg' });
        expect(json.days.at(-1)).toEqual({ date: '2027-01-17', weekday: 'sun', week: 2, phase: 'Base', activities: [{ type: 'run', kind: 'race', quality: true, race: 'City Marathon', steps: [{ kind: 'work' }] }] });
    });

    test('-o writes the file; with errors nothing is written, an existing file is untouched, exit 1', async () => {
        const cwd = tempFolder({ 'plan.lift': PLAN, 'broken.lift': PLAN.replace('start 2027-01-04', 'start 2027-02-30') });
        expect((await lift(['build', 'plan.lift', '-o', 'out.json'], { cwd })).code).toBe(0);
        expect(JSON.parse(readFileSync(join(cwd, 'out.json'), 'utf8')).plan).toBe('Spring Marathon 2027');
        writeFileSync(join(cwd, 'keep.json'), 'previous build');
        const failed = await lift(['build', 'broken.lift', '-o', 'keep.json'], { cwd });
        expect(failed.code).toBe(1);
        expect(failed.stdout).toBe('');
        expect(failed.stderr).toContain('[invalid-date]');
        expect(failed.stderr).toContain('nothing was built');
        expect(readFileSync(join(cwd, 'keep.json'), 'utf8')).toBe('previous build');
        expect(readdirSync(cwd).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('an error in an imported library blocks the build too', async () => {
        const cwd = tempFolder({
            'plan.lift': 'import "lib.lift"\nplan "P" { start 2027-01-04 phase B 1 week focus base { mon: run easy 30min } }',
            'lib.lift': 'session S { squat 3x5 }\nsession S { squat 3x5 }'
        });
        const result = await lift(['build', 'plan.lift'], { cwd });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('lib.lift');
    });

    test('a library, a missing file, an unknown format and an unwritable target are usage errors', async () => {
        const cwd = tempFolder({ 'lib.lift': 'warmup W { cardio 10min mobility 6min }', 'plan.lift': PLAN });
        expect(await lift(['build', 'lib.lift'], { cwd })).toMatchObject({ code: 2, stderr: expect.stringContaining('has no plan to build') });
        expect(await lift(['build', 'nope.lift'], { cwd })).toMatchObject({ code: 2, stderr: "lift: cannot read 'nope.lift': no such file or folder\n" });
        expect((await lift(['build', 'plan.lift', '--format', 'pdf'], { cwd })).code).toBe(2);
        const unwritable = await lift(['build', 'plan.lift', '-o', 'no/such/folder/out.json'], { cwd });
        expect(unwritable).toMatchObject({ code: 2, stderr: "lift: cannot write 'no/such/folder/out.json': its folder does not exist\n" });
        expect(existsSync(join(cwd, 'no'))).toBe(false);
    });
});
