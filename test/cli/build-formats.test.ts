// `lift build FILE --format json|ics|html|md [-o OUT]` (docs/language.md, "The command line"):
// every format writes its file with -o, and a plan with an error writes nothing — an
// existing OUT keeps its bytes.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emitterFormats } from '@lift/language';
import { lift, liftProcess, tempFolder } from '../helpers/cli.js';

const FORMATS = ['json', 'ics', 'html', 'md', 'intervals'] as const;

const GOOD = `
session StrengthA heavy { squat 4x5 @ 80kg rest 2min rir 2 }
plan "Club Plan" {
    start 2027-01-04
    timezone "Europe/Berlin"
    race "Town 10k" on 2027-01-17 priority B
    phase Base 2 weeks focus base {
        tue: run intervals 6x800m at 07:00, lift StrengthA at 18:00
        sat: run long 90min
    }
}
`;

const BROKEN = `
plan "Club Plan" {
    start 2027-02-30
    phase Base 2 weeks focus base { tue: lift NoSuchSession }
}
`;

/** What each format's output starts with, to tell them apart. */
const SIGNATURE: Record<(typeof FORMATS)[number], RegExp> = {
    json: /^\{\n {2}"plan": "Club Plan"/,
    ics: /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/,
    html: /^<!DOCTYPE html>\n<html lang="en">/,
    md: /^# Club Plan\n/,
    intervals: /^\[\n {2}\{\n {4}"category": "WORKOUT"/
};

describe('lift build --format', () => {
    test('offers exactly the registered formats', async () => {
        // fit writes a folder of files: test/cli/build-fit.test.ts.
        expect(emitterFormats()).toEqual([...FORMATS, 'fit']);
        const result = await lift(['build', 'plan.lift', '--format', 'pdf'], { cwd: tempFolder({ 'plan.lift': GOOD }) });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('json, ics, html, md, intervals, fit');
    });

    test.each(FORMATS)('%s: -o writes the same bytes that standard output gets', async format => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const printed = await lift(['build', 'plan.lift', '--format', format], { cwd: folder });
        expect(printed.code).toBe(0);
        expect(printed.stdout).toMatch(SIGNATURE[format]);
        const written = await lift(['build', 'plan.lift', '--format', format, '-o', `out.${format}`], { cwd: folder });
        expect(written.code).toBe(0);
        expect(written.stdout).toBe('');
        expect(readFileSync(join(folder, `out.${format}`), 'utf8')).toBe(printed.stdout);
        // Nothing but the plan and the output: no temporary file left behind.
        expect(readdirSync(folder).sort()).toEqual([`out.${format}`, 'plan.lift']);
    });

    test.each(FORMATS)('%s: -o replaces an existing file', async format => {
        const folder = tempFolder({ 'plan.lift': GOOD, [`out.${format}`]: 'old contents' });
        expect((await lift(['build', 'plan.lift', '--format', format, '-o', `out.${format}`], { cwd: folder })).code).toBe(0);
        expect(readFileSync(join(folder, `out.${format}`), 'utf8')).toMatch(SIGNATURE[format]);
    });

    test.each(FORMATS)('%s: a plan with an error exits 1 and leaves an existing OUT untouched', async format => {
        const folder = tempFolder({ 'plan.lift': BROKEN });
        const out = join(folder, `out.${format}`);
        writeFileSync(out, 'the coach\'s last good build\n');
        const before = statSync(out);
        const result = await lift(['build', 'plan.lift', '--format', format, '-o', `out.${format}`], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain('nothing was built');
        expect(readFileSync(out, 'utf8')).toBe('the coach\'s last good build\n');
        expect(statSync(out).mtimeMs).toBe(before.mtimeMs);
        expect(readdirSync(folder).sort()).toEqual([`out.${format}`, 'plan.lift']);
    });

    test.each(FORMATS)('%s: a plan with an error and no OUT creates none', async format => {
        const folder = tempFolder({ 'plan.lift': BROKEN });
        const result = await lift(['build', 'plan.lift', '--format', format, '-o', `out.${format}`], { cwd: folder });
        expect(result.code).toBe(1);
        expect(readdirSync(folder)).toEqual(['plan.lift']);
    });

    test('a SOURCE_DATE_EPOCH that is not whole seconds is a usage error, as lift/build refuses it', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const result = await lift(['build', 'plan.lift', '--format', 'ics'], { cwd: folder, env: { SOURCE_DATE_EPOCH: 'yesterday' } });
        expect(result).toMatchObject({ code: 2, stdout: '' });
        expect(result.stderr).toBe("lift: SOURCE_DATE_EPOCH must be whole seconds since 1970 up to 253402300799 (the end of 9999), not 'yesterday'\n");
    });

    test('ics: SOURCE_DATE_EPOCH sets DTSTAMP; two builds are byte-identical', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const env = { SOURCE_DATE_EPOCH: '1798761600' };
        const first = await lift(['build', 'plan.lift', '--format', 'ics'], { cwd: folder, env });
        const second = await lift(['build', 'plan.lift', '--format', 'ics'], { cwd: folder, env });
        expect(first.stdout).toContain('DTSTAMP:20270101T000000Z\r\n');
        expect(second.stdout).toBe(first.stdout);
        expect(first.stdout).toContain('DTSTART;TZID=Europe/Berlin:20270105T180000\r\n');
    });

    test.each(FORMATS)('%s: the built command (the single-file bundle) writes what the sources write', async format => {
        // The bundle has no __dirname, where @touch4it/ical-timezones looks for its zone files.
        const folder = tempFolder({ 'plan.lift': GOOD });
        const built = liftProcess(['build', 'plan.lift', '--format', format], { cwd: folder });
        expect(built.stderr).toBe('');
        expect(built.code).toBe(0);
        expect(built.stdout).toBe((await lift(['build', 'plan.lift', '--format', format], { cwd: folder })).stdout);
    });

    test('-o into a folder that does not exist is a usage error and writes nothing', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const result = await lift(['build', 'plan.lift', '--format', 'html', '-o', 'missing/out.html'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("cannot write 'missing/out.html'");
        expect(readdirSync(folder)).toEqual(['plan.lift']);
    });
});
