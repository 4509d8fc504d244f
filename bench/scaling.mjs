// Linear-time check: times `lift check` (the built command, a whole process) on libraries
// of growing size and on a plan file of about 10 MB, each next to a bare `node` start as
// the baseline of the same run. Doubling the size should about double the time.
//
//   npm run build && node bench/scaling.mjs [path/to/lift.js]

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateLibrary } from './generate-plan.mjs';

const LIFT = process.argv[2] ?? fileURLToPath(new URL('../packages/cli/bin/lift.js', import.meta.url));
const SIZES = (process.env.SCALING_SIZES ?? '1000,4000,8000,16000').split(',').map(Number);
const folder = mkdtempSync(join(tmpdir(), 'lift-scaling-'));

function seconds(args) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    const elapsed = (performance.now() - started) / 1000;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return elapsed;
}

const baseline = seconds(['-e', '']);
console.log(`node start (baseline): ${baseline.toFixed(2)} s`);
for (const size of SIZES) {
    const path = join(folder, `library-${size}.lift`);
    writeFileSync(path, generateLibrary(size));
    const time = seconds([LIFT, 'check', path]);
    console.log(`lift check, ${size} sessions (${(statSync(path).size / 1e6).toFixed(1)} MB): ${time.toFixed(2)} s = ${(time / baseline).toFixed(0)}× baseline`);
}
const big = join(folder, 'library-10mb.lift');
let sessions = 1000;
while (generateLibrary(sessions).length < 10e6) sessions *= 2;
writeFileSync(big, generateLibrary(sessions));
const time = seconds([LIFT, 'check', big]);
console.log(`lift check, ${(statSync(big).size / 1e6).toFixed(1)} MB (${sessions} sessions): ${time.toFixed(2)} s = ${(time / baseline).toFixed(0)}× baseline`);
