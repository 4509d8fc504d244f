// Files that are hostile by accident: unreadable, not a regular file, not UTF-8, huge, or
// past Lift's limits. Each ends in a clear message and the right exit status; nothing is
// truncated or rewritten in silence, and nothing crashes (exit 70) or hangs.

import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lift, liftProcess, REPO_ROOT, tempFolder } from '../helpers/cli.js';

const PLAN = (phase = 'phase Base 2 weeks focus base { sat: run long 90min }', start = '2027-01-04') =>
    `plan "P" {\n    start ${start}\n    ${phase}\n}\n`;

// Root reads any file whatever its mode; the permission tests need an ordinary user.
const asRoot = process.getuid?.() === 0;

describe('files that cannot be read', () => {
    test.skipIf(asRoot)('a file without read permission is a usage error (exit 2) that says so', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN() });
        chmodSync(join(folder, 'plan.lift'), 0o000);
        const result = await lift(['check', 'plan.lift'], { cwd: folder });
        expect(result).toMatchObject({ code: 2, stderr: "lift: cannot read 'plan.lift': permission denied\n" });
    });

    test.skipIf(!asRoot)('a file without read permission is a usage error for an ordinary user (the built command)', () => {
        const folder = tempFolder({ 'plan.lift': PLAN() });
        chmodSync(folder, 0o755);
        chmodSync(join(folder, 'plan.lift'), 0o000);
        const result = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/bin/lift.js'), 'check', 'plan.lift'], { cwd: folder, uid: 65534, gid: 65534, encoding: 'utf8' });
        expect(result.stderr).toBe("lift: cannot read 'plan.lift': permission denied\n");
        expect(result.status).toBe(2);
    });

    test('a folder named like a plan is a usage error, not an internal error', async () => {
        const folder = tempFolder({ 'plan.lift/inner.txt': '' });
        const result = await lift(['build', 'plan.lift'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).not.toContain('internal error');
    });

    test('an import that exists but cannot be read says so, and why', async () => {
        const folder = tempFolder({ 'plan.lift': `import "lib.lift"\n${PLAN()}` });
        spawnSync('mkfifo', [join(folder, 'lib.lift')]);
        const result = await lift(['check', 'plan.lift'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('"lib.lift" exists but cannot be read (it is a FIFO (named pipe), not a regular file)');
        expect(result.stdout).not.toContain('was not found');
    });

    test('a FIFO named x.lift is skipped with a message instead of hanging check', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN() });
        spawnSync('mkfifo', [join(folder, 'x.lift')]);
        const result = await lift(['check', 'plan.lift', 'x.lift'], { cwd: folder });
        expect(result.code).toBe(0);
        expect(result.stderr).toContain("lift: skipping 'x.lift': it is a FIFO (named pipe), not a regular file");
    });
});

describe('text that is not UTF-8', () => {
    const latin1 = Buffer.concat([Buffer.from('session Caf'), Buffer.from([0xe9]), Buffer.from(' { squat 3x5 }\n')]);

    test('check reports the bytes at their place', async () => {
        const folder = tempFolder({});
        writeFileSync(join(folder, 'a.lift'), latin1);
        const result = await lift(['check', 'a.lift', '--format', 'json'], { cwd: folder });
        expect(result.code).toBe(1);
        const diagnostics = JSON.parse(result.stdout).files[0].diagnostics;
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'syntax', line: 1, column: 12, message: expect.stringContaining('not valid UTF-8') }));
    });

    test('fmt refuses to rewrite the file', async () => {
        const folder = tempFolder({});
        writeFileSync(join(folder, 'a.lift'), latin1);
        const result = await lift(['fmt', 'a.lift'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('not valid UTF-8');
        expect(readFileSync(join(folder, 'a.lift'))).toEqual(latin1);
    });
});

describe('bounds: refused at the place, never truncated', () => {
    const errorsOf = async (text: string) => {
        const folder = tempFolder({ 'plan.lift': text });
        const result = await lift(['check', 'plan.lift', '--format', 'json'], { cwd: folder });
        return { code: result.code, diagnostics: JSON.parse(result.stdout).files[0].diagnostics as Array<{ rule: string; line: number; message: string }> };
    };

    test('a phase of 521 weeks is an error at its length (and build refuses it)', async () => {
        const { code, diagnostics } = await errorsOf(PLAN('phase Base 521 weeks focus base { sat: run long 90min }'));
        expect(code).toBe(1);
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'syntax', line: 3, message: expect.stringContaining('at most 520 weeks') }));
        const folder = tempFolder({ 'plan.lift': PLAN('phase Base 521 weeks focus base { sat: run long 90min }') });
        expect((await lift(['build', 'plan.lift'], { cwd: folder })).code).toBe(1);
    });

    test('a 400-digit load is an error, not Infinity', async () => {
        const text = `session S { squat 3x5 @ ${'9'.repeat(400)}kg }\n${PLAN('phase Base 2 weeks focus base { sat: lift S }')}`;
        const { diagnostics } = await errorsOf(text);
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'syntax', line: 1, message: expect.stringContaining('is too large') }));
    });

    test('a running repeat of more than 100 repetitions is an error at the amount', async () => {
        const { code, diagnostics } = await errorsOf(PLAN('phase Base 2 weeks focus base { tue: run intervals 150x400m }'));
        expect(code).toBe(1);
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'syntax', line: 3, message: expect.stringContaining('at most 100 repetitions, not 150') }));
        expect((await errorsOf(PLAN('phase Base 2 weeks focus base { tue: run intervals 100x400m }'))).code).toBe(0);
    });

    test('a 21-digit repeat count is an error, and nothing tries to write out its repetitions', async () => {
        // Found by `npm run fuzz`: the calendar expanded 7×10^20 steps and ran out of memory.
        const { code, diagnostics } = await errorsOf(PLAN('phase Base 4 weeks focus base { tue: run intervals 699999999999999999999x800m }'));
        expect(code).toBe(1);
        expect(diagnostics.map(d => d.message)).toEqual([expect.stringContaining('is too large')]);
    });

    test('a plan that runs past 9999-12-31 is an error at the phase that crosses it', async () => {
        const { diagnostics } = await errorsOf(PLAN('phase Base 52 weeks focus base { sat: run long 90min }', '9999-06-07'));
        expect(diagnostics).toContainEqual(expect.objectContaining({ rule: 'syntax', line: 3, message: expect.stringContaining('after 9999-12-31') }));
    });

    test('a string of 6 million characters is an error, not a stack overflow', async () => {
        const text = `plan "${'x'.repeat(6_000_000)}" {\n    start 2027-01-04\n    phase Base 2 weeks focus base { sat: run long 90min }\n}\n`;
        const { code, diagnostics } = await errorsOf(text);
        expect(code).toBe(1);
        expect(diagnostics.map(d => d.message)).toEqual([expect.stringContaining('This text is 6,000,000 characters long')]);
    });

    test('a file over 16 MB is a usage error that names the limit', async () => {
        const folder = tempFolder({ 'plan.lift': '' });
        // A sparse file: its size is what is checked, before anything is read.
        truncateSync(join(folder, 'plan.lift'), 17 * 1024 * 1024);
        const result = await lift(['check', 'plan.lift'], { cwd: folder });
        expect(result).toMatchObject({ code: 2, stderr: "lift: cannot read 'plan.lift': it is 17.0 MB; Lift reads files of at most 16 MB\n" });
    });

    test('a file the process has not the memory to check is refused up front, with the way to raise the limit', () => {
        const folder = tempFolder({ 'plan.lift': `// ${'x'.repeat(1024 * 1024)}\n${PLAN()}` });
        const result = liftProcess(['check', 'plan.lift'], { cwd: folder, env: { NODE_OPTIONS: '--max-old-space-size=100' } });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^lift: cannot read 'plan\.lift': it is 1\.0 MB, and checking it needs about 0\.2 GB of memory, more than the 0\.\d GB this Node process may use: run lift with NODE_OPTIONS=--max-old-space-size=\d+\n$/);
        const raised = liftProcess(['check', 'plan.lift'], { cwd: folder, env: { NODE_OPTIONS: '--max-old-space-size=1024' } });
        expect(raised.code).toBe(0);
    });

    test('a SOURCE_DATE_EPOCH past the year 9999 is a usage error, not a crash', async () => {
        const folder = tempFolder({ 'plan.lift': PLAN() });
        const result = await lift(['build', 'plan.lift', '--format', 'ics'], { cwd: folder, env: { SOURCE_DATE_EPOCH: '99999999999999999' } });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('SOURCE_DATE_EPOCH');
    });
});
