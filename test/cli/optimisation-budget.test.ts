// The launcher (packages/cli/bin/lift.js) gives V8 a larger optimisation budget for the
// commands, which end within seconds, and leaves V8's default to the language server,
// which runs for hours. The probe records what the launcher asks of node:v8.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

const PROBE = `
const v8 = require('node:v8');
const set = v8.setFlagsFromString;
const calls = [];
v8.setFlagsFromString = flags => { calls.push(flags); return set(flags); };
process.on('exit', () => require('node:fs').writeFileSync(process.env.LIFT_PROBE_OUT, JSON.stringify(calls)));
`;

/** The V8 flags the launcher set while running `args`, and the command's output. */
function v8FlagsSetBy(args: string[]): { flags: string[]; stdout: string } {
    const folder = mkdtempSync(join(tmpdir(), 'lift-v8-flags-'));
    const probe = join(folder, 'probe.cjs');
    const out = join(folder, 'flags.json');
    writeFileSync(probe, PROBE);
    const result = spawnSync(process.execPath, ['--require', probe, join(REPO_ROOT, 'packages/cli/bin/lift.js'), ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, LIFT_PROBE_OUT: out },
        input: '',
        encoding: 'utf8'
    });
    return { flags: JSON.parse(readFileSync(out, 'utf8')) as string[], stdout: result.stdout };
}

describe('the optimisation budget', () => {
    test('a command runs with four times V8\'s interrupt budget, and does its work', () => {
        const { flags, stdout } = v8FlagsSetBy(['check', 'examples/spring-marathon.lift']);
        expect(flags).toEqual(['--interrupt-budget=270336']);
        expect(stdout).toContain('1 file checked');
    });

    test('the language server keeps V8\'s defaults', () => {
        expect(v8FlagsSetBy(['lsp', '--stdio']).flags).toEqual([]);
    });
});
