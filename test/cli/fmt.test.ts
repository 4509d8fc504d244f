// `lift fmt PATH… [--check]`: formats in place atomically, lists what --check would change,
// refuses files with syntax errors, and exits 0, 1 or 2 as docs/language.md says.

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runFmt } from '../../packages/cli/src/commands/fmt-command.js';
import type { CliIo } from '../../packages/cli/src/cli-io.js';
import { UsageError } from '../../packages/cli/src/usage-error.js';

const MESSY = 'session A { squat 3x5   deadlift 3x5 }\n';
const TIDY = 'session A {\n    squat    3x5\n    deadlift 3x5\n}\n';
const BROKEN = 'session A {\n    squat 4x5 @ 80kg rest rir 2\n}\n';

interface CapturedIo extends CliIo {
    out: string;
    err: string;
}

function captureIo(cwd: string): CapturedIo {
    const plain = new Proxy({}, { get: () => (text: string) => text }) as CliIo['colors'];
    const io: CapturedIo = {
        cwd, env: {}, version: 'test', colors: plain, errorColors: plain,
        out: '', err: '',
        stdout: text => { io.out += text; },
        stderr: text => { io.err += text; },
        progress: () => undefined
    };
    return io;
}

let folder: string;

beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'lift-fmt-'));
});

function write(name: string, text: string): string {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
}

describe('formatting in place', () => {
    test('rewrites a file in the canonical layout, lists it, exits 0', async () => {
        const path = write('a.lift', MESSY);
        const io = captureIo(folder);
        expect(await runFmt(['a.lift'], {}, io)).toBe(0);
        expect(readFileSync(path, 'utf8')).toBe(TIDY);
        expect(io.out).toBe('a.lift\n');
    });

    test('leaves a formatted file alone and says nothing', async () => {
        const path = write('a.lift', TIDY);
        const io = captureIo(folder);
        expect(await runFmt(['a.lift'], {}, io)).toBe(0);
        expect(readFileSync(path, 'utf8')).toBe(TIDY);
        expect(io.out).toBe('');
    });

    test('formats a folder recursively and leaves no temporary files behind', async () => {
        write('plans/a.lift', MESSY);
        write('plans/lib/b.lift', MESSY);
        const io = captureIo(folder);
        expect(await runFmt(['plans'], {}, io)).toBe(0);
        expect(readFileSync(join(folder, 'plans/lib/b.lift'), 'utf8')).toBe(TIDY);
        expect(readdirSync(join(folder, 'plans'))).toEqual(['a.lift', 'lib']);
        expect(io.out.split('\n').filter(Boolean).sort()).toEqual(['plans/a.lift', 'plans/lib/b.lift']);
    });

    test('refuses a file with syntax errors: untouched, its errors printed, exit 1', async () => {
        const broken = write('broken.lift', BROKEN);
        const fine = write('fine.lift', MESSY);
        const io = captureIo(folder);
        expect(await runFmt(['broken.lift', 'fine.lift'], {}, io)).toBe(1);
        expect(readFileSync(broken, 'utf8')).toBe(BROKEN);
        expect(readFileSync(fine, 'utf8')).toBe(TIDY);
        expect(io.err).toContain('broken.lift:2:');
        expect(io.err).toContain('[syntax]');
        expect(io.err).toContain('not formatted');
    });
});

describe('--check', () => {
    test('lists the files that would change, changes nothing, exits 1', async () => {
        const messy = write('messy.lift', MESSY);
        write('tidy.lift', TIDY);
        const io = captureIo(folder);
        expect(await runFmt(['.'], { check: true }, io)).toBe(1);
        expect(io.out).toBe('messy.lift\n');
        expect(readFileSync(messy, 'utf8')).toBe(MESSY);
    });

    test('exits 0 when every file is formatted', async () => {
        write('tidy.lift', TIDY);
        const io = captureIo(folder);
        expect(await runFmt(['tidy.lift'], { check: true }, io)).toBe(0);
        expect(io.out).toBe('');
    });
});

describe('bad paths', () => {
    test('a missing path is a usage error with exit status 2', async () => {
        const failure = runFmt(['missing.lift'], {}, captureIo(folder));
        await expect(failure).rejects.toBeInstanceOf(UsageError);
        await expect(failure).rejects.toMatchObject({ exitCode: 2 });
    });

    test('a file that is not .lift is a usage error', async () => {
        write('notes.txt', 'hello');
        await expect(runFmt(['notes.txt'], {}, captureIo(folder))).rejects.toMatchObject({ exitCode: 2 });
    });
});

// The installed command, as a coach or CI runs it. It uses the build that `npm install`
// (prepare) and `npm run build` produce; vitest itself needs no build.
const LIFT = join(import.meta.dirname, '../../packages/cli/bin/lift.js');
const BUILT_FMT = join(import.meta.dirname, '../../packages/cli/out/commands/fmt-command.js');

describe('the lift command', () => {
    beforeAll(() => {
        if (!existsSync(BUILT_FMT)) throw new Error('packages/cli/out is missing or stale: run `npm run build` first (npm install does it too)');
    });

    const run = async (args: string[]) => {
        try {
            const { stdout } = await promisify(execFile)(process.execPath, [LIFT, ...args], { cwd: folder });
            return { code: 0, stdout };
        } catch (error) {
            const failure = error as { code: number; stdout: string; stderr: string };
            return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
        }
    };

    test('exit statuses: 1 for --check with work, 0 after formatting, 2 for a bad path', async () => {
        write('a.lift', MESSY);
        expect(await run(['fmt', '--check', 'a.lift'])).toMatchObject({ code: 1, stdout: 'a.lift\n' });
        expect((await run(['fmt', 'a.lift'])).code).toBe(0);
        expect((await run(['fmt', '--check', 'a.lift'])).code).toBe(0);
        expect((await run(['fmt', 'nowhere.lift'])).code).toBe(2);
    });
});
