// The bundled command is ASCII only (scripts/bundle-cli.mjs escapes what esbuild leaves,
// in regular expressions and comments): a single other character would make V8 keep its
// two megabytes of source at two bytes a character, and every start decode it slowly.
// The escaped expressions must still mean what they meant: `4×5` is `4x5`.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertFreshBuild } from '../helpers/fresh-build.js';
import { liftProcess, REPO_ROOT, tempFolder } from '../helpers/cli.js';

const plan = (repetition: string) => `
session StrengthA heavy { squat ${repetition} @ 80kg rest 2min rir 2 }
plan "Club Plan" {
    start 2027-01-04
    phase Base 2 weeks focus base { tue: lift StrengthA }
}
`;

describe('the bundled command', () => {
    test('is ASCII only', () => {
        assertFreshBuild();
        const bundle = readFileSync(join(REPO_ROOT, 'packages/cli/dist/lift.cjs'));
        const first = bundle.findIndex(byte => byte > 0x7f);
        expect(first, first < 0 ? '' : bundle.subarray(Math.max(0, first - 60), first + 20).toString()).toBe(-1);
    });

    test('reads the multiplication sign of a repetition as an x', () => {
        const folder = tempFolder({ 'times.lift': plan('4×5'), 'x.lift': plan('4x5') });
        const times = liftProcess(['build', 'times.lift', '--format', 'md'], { cwd: folder });
        const x = liftProcess(['build', 'x.lift', '--format', 'md'], { cwd: folder });
        expect(times.stderr).toBe('');
        expect(times.code).toBe(0);
        expect(times.stdout).toContain('Back squat 4×5 @ 80kg');
        expect(times.stdout).toBe(x.stdout);
    });
});
