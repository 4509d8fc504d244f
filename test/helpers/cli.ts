// Runs the `lift` command line in process (from the sources) with captured output, or as a
// real subprocess from the build for what only a process shows (exit status, no stack).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createColors } from 'picocolors';
import { run } from '../../packages/cli/src/program.js';
import { assertFreshBuild } from './fresh-build.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
    code: number;
    stdout: string;
    stderr: string;
}

export async function lift(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; color?: boolean } = {}): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const colors = createColors(options.color ?? false);
    const code = await run(args, {
        cwd: options.cwd ?? REPO_ROOT,
        env: options.env ?? {},
        version: '0.0.0-test',
        colors,
        errorColors: colors,
        stdout: text => { stdout += text; },
        stderr: text => { stderr += text; },
        progress: () => undefined
    });
    return { code, stdout, stderr };
}

/** The built command as a child process (needs `npm run build`, which `npm install` runs). */
export function liftProcess(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
    assertFreshBuild();
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'packages/cli/bin/lift.js'), ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        env: { PATH: process.env.PATH, ...options.env },
        input: options.input,
        encoding: 'utf8'
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The built command run with `probe` (CommonJS source) preloaded by `--require`: the probe
 * watches the process from inside and writes what it saw to the file named by
 * LIFT_PROBE_OUT, which is returned as text.
 */
export function liftWithProbe(probe: string, args: string[]): CliResult & { probed: string } {
    assertFreshBuild();
    const folder = mkdtempSync(join(tmpdir(), 'lift-probe-'));
    const probeFile = join(folder, 'probe.cjs');
    const out = join(folder, 'probed.txt');
    writeFileSync(probeFile, probe);
    const result = spawnSync(process.execPath, ['--require', probeFile, join(REPO_ROOT, 'packages/cli/bin/lift.js'), ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, LIFT_PROBE_OUT: out },
        input: '',
        encoding: 'utf8'
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, probed: readFileSync(out, 'utf8') };
}

/** A temporary folder holding the given files. */
export function tempFolder(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'lift-test-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}
