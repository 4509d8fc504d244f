// `-o` and `fmt` write a file without changing what the name is: a symbolic link is written
// through, mode and owner are kept, hard links, devices, FIFOs, folders and read-only files
// are refused (exit 2), no temporary file is left behind (not even after SIGKILL), and
// `fmt` never overwrites an edit made while it ran.

import { spawn, spawnSync } from 'node:child_process';
import {
    chmodSync, chownSync, existsSync, linkSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, test, vi } from 'vitest';
import { lift, tempFolder } from '../helpers/cli.js';
import { writeFileAtomically } from '../../packages/cli/src/files/atomic-write.js';

const GOOD = `
session StrengthA heavy { squat 4x5 @ 80kg rest 2min rir 2 }
plan "Club Plan" {
    start 2027-01-04
    phase Base 2 weeks focus base {
        tue: lift StrengthA
        sat: run long 90min
    }
}
`;
const MESSY = 'session A { squat 3x5   deadlift 3x5 }\n';
const TIDY = 'session A {\n    squat    3x5\n    deadlift 3x5\n}\n';

const noTemporaries = (folder: string) => readdirSync(folder).filter(name => name.endsWith('.tmp'));

describe('-o keeps the target file what it is', () => {
    test('keeps the mode of the file it replaces', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD, 'out.json': 'old' });
        chmodSync(join(folder, 'out.json'), 0o600);
        expect((await lift(['build', 'plan.lift', '-o', 'out.json'], { cwd: folder })).code).toBe(0);
        expect(statSync(join(folder, 'out.json')).mode & 0o777).toBe(0o600);
        expect(readFileSync(join(folder, 'out.json'), 'utf8')).toContain('"plan": "Club Plan"');
    });

    test.skipIf(process.getuid?.() !== 0)('keeps the owner of the file it replaces (as root)', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD, 'out.json': 'old' });
        chownSync(join(folder, 'out.json'), 1234, 4321);
        expect((await lift(['build', 'plan.lift', '-o', 'out.json'], { cwd: folder })).code).toBe(0);
        expect(statSync(join(folder, 'out.json'))).toMatchObject({ uid: 1234, gid: 4321 });
    });

    test('writes through a symbolic link to its target and keeps the link', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD, 'real/out.json': 'old' });
        symlinkSync('real/out.json', join(folder, 'link.json'));
        expect((await lift(['build', 'plan.lift', '-o', 'link.json'], { cwd: folder })).code).toBe(0);
        expect(lstatSync(join(folder, 'link.json')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(folder, 'real/out.json'), 'utf8')).toContain('"plan": "Club Plan"');
        expect(noTemporaries(folder)).toEqual([]);
        expect(noTemporaries(join(folder, 'real'))).toEqual([]);
    });

    test('refuses a read-only file, even for root, and leaves it as it was', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD, 'out.json': 'old' });
        chmodSync(join(folder, 'out.json'), 0o444);
        const result = await lift(['build', 'plan.lift', '-o', 'out.json'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("cannot write 'out.json': the file is read-only");
        expect(readFileSync(join(folder, 'out.json'), 'utf8')).toBe('old');
    });

    test('refuses a file with several hard links rather than split them', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD, 'out.json': 'old' });
        linkSync(join(folder, 'out.json'), join(folder, 'other.json'));
        const result = await lift(['build', 'plan.lift', '-o', 'out.json'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('hard links');
        expect(statSync(join(folder, 'out.json')).ino).toBe(statSync(join(folder, 'other.json')).ino);
    });

    test('refuses a device: /dev/null stays a device', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const result = await lift(['build', 'plan.lift', '-o', '/dev/null'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("cannot write '/dev/null': it is a device, not a regular file; to write to standard output use '-o -'");
        expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    });

    test('refuses a FIFO and a folder, naming them, and no temporary file shows in the message', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        spawnSync('mkfifo', [join(folder, 'pipe.json')]);
        const fifo = await lift(['build', 'plan.lift', '-o', 'pipe.json'], { cwd: folder });
        expect(fifo.code).toBe(2);
        expect(fifo.stderr).toContain('it is a FIFO (named pipe), not a regular file');
        const dir = await lift(['build', 'plan.lift', '-o', '.'], { cwd: folder });
        expect(dir.code).toBe(2);
        expect(dir.stderr).toBe("lift: cannot write '.': it is a folder; name a file\n");
    });

    test("'-o -' is standard output and '-o \"\"' a usage error", async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const dash = await lift(['build', 'plan.lift', '-o', '-'], { cwd: folder });
        expect(dash.code).toBe(0);
        expect(dash.stdout).toContain('"plan": "Club Plan"');
        expect(existsSync(join(folder, '-'))).toBe(false);
        const empty = await lift(['build', 'plan.lift', '-o', ''], { cwd: folder });
        expect(empty.code).toBe(2);
        expect(empty.stdout).toBe('');
        expect(empty.stderr).toContain('-o needs a file name');
    });

    test('-o /proc/version is refused as read-only, not as a missing folder', async () => {
        const folder = tempFolder({ 'plan.lift': GOOD });
        const result = await lift(['build', 'plan.lift', '-o', '/proc/version'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).not.toContain('folder does not exist');
        expect(result.stderr).toContain("cannot write '/proc/version'");
    });

    test('a temporary file left by a killed process is removed by the next write', async () => {
        const folder = tempFolder({ 'out.json': 'old' });
        // A process id that cannot be running (above the kernel's maximum).
        const stale = join(folder, '.out.json.4194305.0123456789ab.tmp');
        writeFileSync(stale, 'half');
        await writeFileAtomically(join(folder, 'out.json'), 'new');
        expect(readdirSync(folder)).toEqual(['out.json']);
    });

    test('an interrupted write (SIGTERM) removes its temporary file', async () => {
        const folder = tempFolder({});
        const helper = join(tempFolder({}), 'atomic-write.mjs');
        buildSync({ entryPoints: [fileURLToPath(new URL('../../packages/cli/src/files/atomic-write.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: helper, logLevel: 'silent' });
        // A child that starts a write of 400 MB and is stopped while writing.
        const script = `
            import { writeFileAtomically } from ${JSON.stringify(helper)};
            process.stdout.write('go\\n');
            await writeFileAtomically(${JSON.stringify(join(folder, 'big.json'))}, Buffer.alloc(400 * 1024 * 1024, 97));
        `;
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>(resolve => child.stdout.once('data', () => resolve()));
        await vi.waitFor(() => expect(readdirSync(folder).length).toBe(1), { timeout: 10000, interval: 5 });
        child.kill('SIGTERM');
        const signal = await new Promise(resolve => child.on('exit', (_code, signal) => resolve(signal)));
        expect(signal).toBe('SIGTERM');
        expect(readdirSync(folder)).toEqual([]);
    });
});

describe('fmt keeps the file it formats', () => {
    test('formats the target of a symbolic link and keeps the link and the mode', async () => {
        const folder = tempFolder({ 'lib/a.lift': MESSY });
        chmodSync(join(folder, 'lib/a.lift'), 0o640);
        symlinkSync('lib/a.lift', join(folder, 'a.lift'));
        expect((await lift(['fmt', 'a.lift'], { cwd: folder })).code).toBe(0);
        expect(lstatSync(join(folder, 'a.lift')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(folder, 'lib/a.lift'), 'utf8')).toBe(TIDY);
        expect(statSync(join(folder, 'lib/a.lift')).mode & 0o777).toBe(0o640);
    });

    test('refuses a read-only file', async () => {
        const folder = tempFolder({ 'a.lift': MESSY });
        chmodSync(join(folder, 'a.lift'), 0o444);
        const result = await lift(['fmt', 'a.lift'], { cwd: folder });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("cannot write 'a.lift': the file is read-only");
        expect(readFileSync(join(folder, 'a.lift'), 'utf8')).toBe(MESSY);
    });

    test('does not overwrite a file that changed while it was formatted', async () => {
        const folder = tempFolder({ 'a.lift': MESSY });
        const path = join(folder, 'a.lift');
        await expect(writeFileAtomically(path, TIDY, { display: 'a.lift', unchangedSince: Buffer.from('something else') }))
            .rejects.toThrow("cannot write 'a.lift': the file changed on disk while lift was working on it");
        expect(readFileSync(path, 'utf8')).toBe(MESSY);
        expect(noTemporaries(folder)).toEqual([]);
    });
});
