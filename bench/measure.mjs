// Measuring helpers shared by the benchmarks: medians and percentiles, whole-process timing
// interleaved with a baseline, peak memory of a process.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LIFT = join(ROOT, 'packages/cli/bin/lift.js');

export function percentile(values, fraction) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

export const median = values => percentile(values, 0.5);

/** CPU time (user + system) of this process's finished children so far, in ms (Linux /proc). */
function childrenCpuMs() {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, clock ticks of 10 ms
}

/**
 * Wall and CPU time of one process run to its exit, in ms (its exit status does not
 * matter: a plan with errors exits 1). CPU time is the steadier figure on a loaded machine.
 */
export function timeProcess(args, env = {}) {
    const cpu = childrenCpuMs();
    const start = performance.now();
    spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
    return { wall: performance.now() - start, cpu: childrenCpuMs() - cpu };
}

/**
 * Medians of `args` and of the baseline `node -e 0`, run in turn `rounds` times each, so
 * both see the same load on a shared machine; the ratio is what to compare across runs.
 */
export function timeAgainstNode(args, rounds, env = {}) {
    const own = [];
    const node = [];
    timeProcess(args, env); // the first run also warms the file cache (and the code cache)
    for (let round = 0; round < rounds; round++) {
        node.push(timeProcess(['-e', '0']));
        own.push(timeProcess(args, env));
    }
    const ms = median(own.map(t => t.wall));
    const baseline = median(node.map(t => t.wall));
    const cpu = median(own.map(t => t.cpu));
    const baselineCpu = median(node.map(t => t.cpu));
    return { ms, baseline, ratio: ms / baseline, cpu, baselineCpu, cpuRatio: cpu / baselineCpu };
}

/** Peak resident memory of one process run, in MB. */
export function peakRss(args) {
    const folder = mkdtempSync(join(tmpdir(), 'lift-rss-'));
    const file = join(folder, 'rss');
    spawnSync(process.execPath, ['--import', pathToFileURL(join(ROOT, 'bench/peak-rss.mjs')).href, ...args], {
        cwd: ROOT, stdio: 'ignore', env: { ...process.env, LIFT_BENCH_RSS_FILE: file }
    });
    const kilobytes = Number(readFileSync(file, 'utf8'));
    rmSync(folder, { recursive: true, force: true });
    return kilobytes / 1024;
}

export function fixed(value, digits = 0) {
    return Number.isFinite(value) ? value.toFixed(digits) : '–';
}
