// The benchmark runner: times parse + link + resolve + every rule for generated plans of
// growing size, in process, and the `lift check` command as a whole process. Each figure
// is also given as a ratio to a baseline measured alongside in the same run (the shipped
// spring-marathon example for the in-process figures, a bare `node` start for the
// process ones), because these machines are shared and absolute times drift.
//
//   npm run build && npm run bench

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createLiftServices, emitterFormats, findEmitter, loadDocuments } from '../packages/language/out/index.js';
import { generateLibrary, generatePlan } from './generate-plan.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** Fresh services each round: the figure includes parsing, linking, resolving and rules. */
async function checkOnce(path) {
    const services = createLiftServices(NodeFileSystem).Lift;
    const start = performance.now();
    const { documents } = await loadDocuments(services, [URI.file(path)], async uri => {
        try { return await readFile(uri.fsPath, 'utf8'); } catch { return undefined; }
    });
    const elapsed = performance.now() - start;
    const plan = services.plan.PlanResolver.resolve(documents[0]);
    return { elapsed, services, document: documents[0], plan };
}

async function timeCheck(path) {
    const times = [];
    let last;
    for (let round = 0; round < ROUNDS; round++) {
        last = await checkOnce(path);
        times.push(last.elapsed);
    }
    return { ms: median(times), last };
}

function timeEmit(plan, diagnostics) {
    const figures = {};
    for (const format of emitterFormats()) {
        const emitter = findEmitter(format);
        const times = [];
        for (let round = 0; round < ROUNDS; round++) {
            const start = performance.now();
            emitter.emit({ plan, diagnostics, sourceDateEpoch: 0 });
            times.push(performance.now() - start);
        }
        figures[format] = median(times);
    }
    return figures;
}

function timeProcess(args) {
    const times = [];
    for (let round = 0; round < Math.max(3, Math.floor(ROUNDS / 2)); round++) {
        const start = performance.now();
        try { execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' }); } catch { /* exit 1 is expected for mistakes */ }
        times.push(performance.now() - start);
    }
    return median(times);
}

const folder = mkdtempSync(join(tmpdir(), 'lift-bench-'));
const sizes = [
    { weeks: 16, sessions: 10 },
    { weeks: 52, sessions: 40 },
    { weeks: 156, sessions: 120 }
];

// Warm the JIT once so the first row is not penalised.
await checkOnce(join(ROOT, 'examples/spring-marathon.lift'));
const baseline = await timeCheck(join(ROOT, 'examples/spring-marathon.lift'));
console.log(`Lift benchmark — ${ROUNDS} rounds, median times; ratios are to a baseline measured in this run.\n`);
console.log(`baseline: check examples/spring-marathon.lift in process: ${baseline.ms.toFixed(1)} ms\n`);
console.log('| plan | lines | check (ms) | × baseline | ' + emitterFormats().map(f => `${f} (ms)`).join(' | ') + ' |');
console.log('| --- | --- | --- | --- | ' + emitterFormats().map(() => '---').join(' | ') + ' |');
for (const size of sizes) {
    const dir = mkdtempSync(join(folder, `w${size.weeks}-`));
    writeFileSync(join(dir, 'library.lift'), generateLibrary(size.sessions));
    const text = generatePlan(size);
    const path = join(dir, 'plan.lift');
    writeFileSync(path, text);
    const { ms, last } = await timeCheck(path);
    const emit = last.plan ? timeEmit(last.plan, last.document.diagnostics ?? []) : {};
    const lines = text.split('\n').length + generateLibrary(size.sessions).split('\n').length;
    console.log(`| ${size.weeks} weeks, ${size.sessions} sessions | ${lines} | ${ms.toFixed(1)} | ${(ms / baseline.ms).toFixed(2)} | ` +
        emitterFormats().map(f => (emit[f] ?? NaN).toFixed(1)).join(' | ') + ' |');
}

const nodeStart = timeProcess(['-e', '']);
const checkExamples = timeProcess([join(ROOT, 'packages/cli/bin/lift.js'), 'check', 'examples']);
const buildMarathon = timeProcess([join(ROOT, 'packages/cli/bin/lift.js'), 'build', 'examples/spring-marathon.lift']);
console.log(`\nprocess baseline: node -e '' ${nodeStart.toFixed(0)} ms`);
console.log(`lift check examples (${pathToFileURL(ROOT).pathname}examples): ${checkExamples.toFixed(0)} ms = ${(checkExamples / nodeStart).toFixed(1)} × node start`);
console.log(`lift build examples/spring-marathon.lift: ${buildMarathon.toFixed(0)} ms = ${(buildMarathon / nodeStart).toFixed(1)} × node start`);
