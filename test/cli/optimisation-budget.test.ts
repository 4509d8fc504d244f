// The launcher (packages/cli/bin/lift.js) gives V8 a larger optimisation budget for the
// commands, which end within seconds, and leaves V8's default to the language server,
// which runs for hours. The probe records what the launcher asks of node:v8.

import { describe, expect, test } from 'vitest';
import { liftWithProbe } from '../helpers/cli.js';

const PROBE = `
const v8 = require('node:v8');
const set = v8.setFlagsFromString;
const calls = [];
v8.setFlagsFromString = flags => { calls.push(flags); return set(flags); };
process.on('exit', () => require('node:fs').writeFileSync(process.env.LIFT_PROBE_OUT, JSON.stringify(calls)));
`;

/** The V8 flags the launcher set while running `args`, and the command's output. */
function v8FlagsSetBy(args: string[]): { flags: string[]; stdout: string } {
    const result = liftWithProbe(PROBE, args);
    return { flags: JSON.parse(result.probed) as string[], stdout: result.stdout };
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
