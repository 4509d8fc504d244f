// The benchmark: every row of docs/performance.md, as medians and as ratios to a baseline
// measured in the same run (these machines are shared and absolute times drift):
//   - process rows (`lift check`, the language server) against a bare `node -e 0`, run in turn;
//   - the ICS emitter against the JSON emitter on the same resolved plan;
//   - growth with size as the ratio of the largest to the smallest.
// Bounded to a few minutes. Asserts nothing; tests never time anything.
//
//   npm run build && npm run bench           BENCH_ROUNDS=N for more or fewer rounds

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createLiftServices, findEmitter, loadDocuments } from '../packages/language/out/index.js';
import { generateLibrary, generateOfLines, generatePlan } from './generate-plan.mjs';
import { firstDiagnostics, keystrokes, residentWithPlans } from './lsp-latency.mjs';
import { fixed, LIFT, median, peakRss, timeAgainstNode } from './measure.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const folder = mkdtempSync(join(tmpdir(), 'lift-bench-'));

function row(what, value, baseline, ratio, cpu = '') {
    console.log(`| ${what} | ${value} | ${baseline} | ${ratio} | ${cpu} |`);
}

/** The CPU column of a process row: the process's CPU time and its ratio to node -e 0's. */
const cpuCell = timed => `${fixed(timed.cpu)} ms, ${fixed(timed.cpuRatio, 1)} ×`;

/** Writes a plan and its library into a folder of their own; returns the plan's path. */
function writePlan(name, library, plan) {
    const dir = join(folder, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'library.lift'), library);
    writeFileSync(join(dir, 'plan.lift'), plan);
    return join(dir, 'plan.lift');
}

console.log(`Lift benchmark: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${ROUNDS} rounds; medians.\n`);
console.log('| what | median | baseline (same run) | ratio | CPU: median, ratio |');
console.log('| --- | --- | --- | --- | --- |');

// 1. `lift check` as a whole process: start-up (the marathon) and growth with size.
const marathon = timeAgainstNode([LIFT, 'check', 'examples/spring-marathon.lift'], ROUNDS);
row('`lift check examples/spring-marathon.lift`, cold process', `${fixed(marathon.ms)} ms`, `node -e 0: ${fixed(marathon.baseline)} ms`, `${fixed(marathon.ratio, 2)} ×`, cpuCell(marathon));
// The same without the launcher's V8 code cache (packages/cli/bin/run-bundle.js): what it saves.
const uncached = timeAgainstNode([LIFT, 'check', 'examples/spring-marathon.lift'], ROUNDS, { LIFT_CODE_CACHE: '0' });
row('the same without the code cache (`LIFT_CODE_CACHE=0`)', `${fixed(uncached.ms)} ms`, `node -e 0: ${fixed(uncached.baseline)} ms`, `${fixed(uncached.ratio, 2)} ×`, cpuCell(uncached));

const sized = {};
for (const lines of [2000, 5000, 20000]) {
    const { library, plan } = generateOfLines(lines);
    const path = writePlan(`lines-${lines}`, library, plan);
    const rounds = lines >= 20000 ? 3 : Math.max(3, Math.floor(ROUNDS / 2));
    const timed = timeAgainstNode([LIFT, 'check', path], rounds);
    const rss = peakRss([LIFT, 'check', path]);
    sized[lines] = { ...timed, rss };
    row(`\`lift check\`, generated ${lines.toLocaleString('en')}-line plan`, `${fixed(timed.ms)} ms`, `node -e 0: ${fixed(timed.baseline)} ms`, `${fixed(timed.ratio, 1)} ×`, cpuCell(timed));
    row(`peak RSS of that \`lift check\``, `${fixed(rss)} MB`, '', '');
}
row('growth, 20,000 lines / 2,000 lines', `${fixed(sized[20000].ms / sized[2000].ms, 1)} ×`, '10 × the lines', '', `${fixed(sized[20000].cpu / sized[2000].cpu, 1)} ×`);

// A 10 MB file (a library of 36,000 sessions): the size docs/security.md promises to check
// in seconds. One timed run (after the warming one): it takes a while.
{
    const library = generateLibrary(36000);
    const dir = join(folder, 'ten-megabytes');
    mkdirSync(dir);
    const path = join(dir, 'library.lift');
    writeFileSync(path, library);
    const timed = timeAgainstNode([LIFT, 'check', path], 1);
    const rss = peakRss([LIFT, 'check', path]);
    row(`\`lift check\`, a ${fixed(library.length / 1e6, 1)} MB library (36,000 sessions)`, `${fixed(timed.ms)} ms`, `node -e 0: ${fixed(timed.baseline)} ms`, `${fixed(timed.ratio, 1)} ×`, cpuCell(timed));
    row('peak RSS of that `lift check`', `${fixed(rss)} MB`, '', '');
}

// 2. Emitters in process on plans of 16, 52 and 156 weeks: ICS against JSON.
const services = createLiftServices(NodeFileSystem).Lift;
const ics = findEmitter('ics');
const json = findEmitter('json');
const icsTimes = {};
for (const [weeks, sessions] of [[16, 10], [52, 40], [156, 120]]) {
    const path = writePlan(`weeks-${weeks}`, generateLibrary(sessions), generatePlan({ weeks, sessions }));
    const { documents } = await loadDocuments(services, [URI.file(path)], async uri => readFileSync(uri.fsPath, 'utf8'));
    const input = { plan: services.plan.PlanResolver.resolve(documents[0]), diagnostics: documents[0].diagnostics ?? [], sourceDateEpoch: 0 };
    // Each round times both emitters in turn, so both see the same load.
    json.emit(input); ics.emit(input); // warm up
    const jsonTimes = [];
    const icsRoundTimes = [];
    for (let round = 0; round < 2 * ROUNDS; round++) {
        let start = performance.now();
        json.emit(input);
        jsonTimes.push(performance.now() - start);
        start = performance.now();
        ics.emit(input);
        icsRoundTimes.push(performance.now() - start);
    }
    const jsonMs = median(jsonTimes);
    const icsMs = median(icsRoundTimes);
    icsTimes[weeks] = icsMs;
    row(`\`--format ics\`, ${weeks} weeks (in process)`, `${fixed(icsMs, 1)} ms`, `json emitter: ${fixed(jsonMs, 1)} ms`, `${fixed(icsMs / jsonMs, 1)} ×`);
}
row('ICS growth, 16 → 52 → 156 weeks', `1 → ${fixed(icsTimes[52] / icsTimes[16], 1)} → ${fixed(icsTimes[156] / icsTimes[16], 1)} ×`, 'weeks: 1 → 3.3 → 9.8 ×', '');

// 3. The language server over stdio.
const lspRounds = Math.max(3, Math.floor(ROUNDS / 2));
const node = timeAgainstNode(['-e', '0'], lspRounds).baseline;
const first = await firstDiagnostics(lspRounds);
row('language server, spawn → first diagnostics (marathon)', `${fixed(first)} ms`, `node -e 0: ${fixed(node)} ms`, `${fixed(first / node, 1)} ×`);
const typing = await keystrokes(40);
row('language server, 2,000-line plan, keystroke → diagnostics', `p50 ${fixed(typing.p50)} ms, p95 ${fixed(typing.p95)} ms`, `node -e 0: ${fixed(node)} ms`, `p95 ${fixed(typing.p95 / node, 1)} ×`);
row('language server CPU per keystroke (2,000 lines)', `${fixed(typing.cpuPerKeystroke)} ms`, '', '');
const resident = await residentWithPlans(20);
const bareRss = peakRss(['-e', '0']);
row('language server resident memory, 20 plans open', `${fixed(resident)} MB`, `node -e 0 peak: ${fixed(bareRss)} MB`, `${fixed(resident / bareRss, 1)} ×`);
