// `lift build FILE --format fit -o DIR`: -o is required; DIR is created (parents too), or
// replaced when it holds only .fit files, and refused (exit 2, untouched) otherwise; the
// folder appears whole or not at all — a failed build or write leaves nothing behind.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeFolderAtomically } from '../../packages/cli/src/files/folder-write.js';
import { lift, liftProcess, REPO_ROOT, tempFolder } from '../helpers/cli.js';

const PLAN = `
session StrengthA heavy { squat 4x5 @ 80kg rest 2min rir 2 }
plan "Club Plan" {
    start 2027-01-04
    race "Town 10k" on 2027-01-17 priority B
    phase Base 2 weeks focus base {
        tue: run intervals 6x800m at 07:00, lift StrengthA at 18:00
        wed: rest
        sat: run long 90min
    }
}
`;

const NAMES = [
    '2027-01-05-1-intervals.fit', '2027-01-05-2-strengtha.fit', '2027-01-09-1-long.fit',
    '2027-01-12-1-intervals.fit', '2027-01-12-2-strengtha.fit', '2027-01-16-1-long.fit', '2027-01-17-1-race.fit'
];

function visible(folder: string): string[] {
    return readdirSync(folder).sort();
}

describe('lift build --format fit', () => {
    test('writes one file per run and lift into a new folder, parents included', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN });
        const result = await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'watch/workouts'], { cwd: folder });
        expect(result).toMatchObject({ code: 0, stdout: '' });
        expect(visible(join(folder, 'watch/workouts'))).toEqual(NAMES);
        expect(visible(folder)).toEqual(['plan.lift', 'watch']);
    });

    test('without -o is bad usage', async () => {
        const result = await lift(['build', 'plan.lift', '--format', 'fit'], { cwd: tempFolder({ 'plan.lift': PLAN }) });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('-o DIR');
        expect(result.stdout).toBe('');
    });

    test('replaces a folder of earlier .fit files, and accepts an empty one', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN, 'out/old-workout.fit': 'old' });
        expect((await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'out'], { cwd: folder })).code).toBe(0);
        expect(visible(join(folder, 'out'))).toEqual(NAMES);
        mkdirSync(join(folder, 'empty'));
        expect((await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'empty'], { cwd: folder })).code).toBe(0);
        expect(visible(join(folder, 'empty'))).toEqual(NAMES);
        expect(visible(folder)).toEqual(['empty', 'out', 'plan.lift']);
    });

    test('refuses a folder with anything else in it, and a file, leaving them as they were', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN, 'out/notes.txt': 'mine', 'out/a.fit': 'a', 'file.fit': 'x' });
        const result = await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'out'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("cannot write 'out'");
        expect(result.stderr).toContain('notes.txt');
        expect(visible(join(folder, 'out'))).toEqual(['a.fit', 'notes.txt']);
        expect((await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'file.fit'], { cwd: folder })).code).toBe(2);
        expect(readFileSync(join(folder, 'file.fit'), 'utf8')).toBe('x');
    });

    test('a plan with errors writes no folder and keeps an old one', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN.replace('StrengthA at', 'NoSuchSession at'), 'out/old.fit': 'old' });
        const result = await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'new'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(existsSync(join(folder, 'new'))).toBe(false);
        expect((await lift(['build', 'plan.lift', '--format', 'fit', '-o', 'out'], { cwd: folder })).code).toBe(1);
        expect(visible(join(folder, 'out'))).toEqual(['old.fit']);
        expect(visible(folder)).toEqual(['out', 'plan.lift']);
    });

    test('a write that fails midway leaves no partial folder and the old one intact', async () => {
        const folder = tempFolder({ 'out/old.fit': 'old' });
        const files = [{ name: 'a.fit', content: new Uint8Array([1]) }, { name: 'no/such/b.fit', content: new Uint8Array([2]) }];
        await expect(writeFolderAtomically(join(folder, 'out'), files, '.fit')).rejects.toThrow();
        await expect(writeFolderAtomically(join(folder, 'deep/new'), files, '.fit')).rejects.toThrow();
        expect(visible(folder)).toEqual(['out']);
        expect(visible(join(folder, 'out'))).toEqual(['old.fit']);
    });

    test('the CLI bundle leaves Garmin\'s FIT SDK in node_modules and imports it only when needed', () => {
        const bundle = readFileSync(join(REPO_ROOT, 'packages/cli/dist/lift.cjs'), 'utf8');
        expect(bundle).not.toMatch(/alternatingDumbbellChestPressOnSwissBall|Interoperable Data Transfer/);
        expect(bundle).toContain('__liftDynamicImport("@garmin/fitsdk")');
        expect(bundle).not.toMatch(/^import .*@garmin\/fitsdk/m);
    });

    test('the built command loads the FIT SDK from node_modules and writes byte-identical files', () => {
        const folder = tempFolder({ 'plan.lift': PLAN });
        const env = { SOURCE_DATE_EPOCH: '1800000000' };
        expect(liftProcess(['build', 'plan.lift', '--format', 'fit', '-o', 'a'], { cwd: folder, env }).code).toBe(0);
        expect(liftProcess(['build', 'plan.lift', '--format', 'fit', '-o', 'b'], { cwd: folder, env }).code).toBe(0);
        for (const name of NAMES) expect(readFileSync(join(folder, 'b', name)).equals(readFileSync(join(folder, 'a', name)))).toBe(true);
        writeFileSync(join(folder, 'a', 'extra.txt'), '');
        const refused = liftProcess(['build', 'plan.lift', '--format', 'fit', '-o', 'a'], { cwd: folder, env });
        expect(refused.code).toBe(2);
        expect(refused.stderr).not.toMatch(/\n\s+at /);
    });
});
