// Latency of the language server as an editor feels it, over stdio with the built command:
// spawn → first diagnostics of the marathon example (opened as soon as the server is
// initialized, as an editor restoring its tab does), keystrokes on a 2,000-line plan
// (each edit → its diagnostics; p50, p95 and the server's CPU time per keystroke), and the
// server's resident memory after opening 20 plans. Asserts nothing. `npm run bench` prints
// these rows with the others; run alone:
//
//   npm run build && node bench/lsp-latency.mjs

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { generateOfLines } from './generate-plan.mjs';
import { LIFT, median, percentile, ROOT, timeAgainstNode } from './measure.mjs';

const EXAMPLES = join(ROOT, 'examples');
const MARATHON_URI = pathToFileURL(join(EXAMPLES, 'spring-marathon.lift')).href;

async function startServer(folder, watchUri, { open = false } = {}) {
    const started = performance.now();
    const child = spawn(process.execPath, [LIFT, 'lsp', '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiters = [];
    connection.onNotification('textDocument/publishDiagnostics', params => {
        if (process.env.LSP_DEBUG) console.error(params.uri, params.version);
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(performance.now());
            }
        }
    });
    connection.onRequest(() => null);
    connection.listen();
    const diagnostics = uri => new Promise(resolve => waiters.push({ uri, resolve }));
    const firstDiagnostics = watchUri ? diagnostics(watchUri) : undefined;
    const folders = folder ? [{ uri: pathToFileURL(folder).href, name: 'plans' }] : null;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: folders?.[0].uri ?? null, workspaceFolders: folders, capabilities: {} });
    await connection.sendNotification('initialized', {});
    if (open) {
        const text = readFileSync(new URL(watchUri), 'utf8');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: watchUri, languageId: 'lift', version: 1, text } });
    }
    return { child, connection, diagnostics, started, firstDiagnostics };
}

async function stop(server) {
    const exited = new Promise(resolve => server.child.on('exit', resolve));
    await server.connection.sendRequest('shutdown');
    await server.connection.sendNotification('exit');
    await exited;
}

/** User plus system CPU time of a process so far, in ms (Linux /proc). */
function cpuMs(pid) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
}

function residentMb(pid) {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find(l => l.startsWith('VmRSS:'));
    return Number(line.split(/\s+/)[1]) / 1024;
}

/**
 * Spawn → the marathon's first diagnostics, with the examples folder as the workspace and
 * the marathon open in the editor.
 */
export async function firstDiagnostics(rounds) {
    const times = [];
    for (let round = 0; round < rounds; round++) {
        const server = await startServer(EXAMPLES, MARATHON_URI, { open: true });
        times.push((await server.firstDiagnostics) - server.started);
        await stop(server);
    }
    return median(times);
}

/**
 * Typing in a 2,000-line plan: each keystroke changes the text (a digit of the athlete's
 * squat max, so every edit is a real re-check) and waits for the diagnostics of that
 * version before the next, as a steady typist would see them. (Langium publishes no
 * version number, so the next diagnostics of the file after an edit count as its answer.)
 */
export async function keystrokes(count) {
    const folder = mkdtempSync(join(tmpdir(), 'lift-lsp-bench-'));
    const { library, plan } = generateOfLines(2000);
    writeFileSync(join(folder, 'library.lift'), library);
    writeFileSync(join(folder, 'plan.lift'), plan);
    const uri = pathToFileURL(join(folder, 'plan.lift')).href;
    const server = await startServer(folder, uri);
    await server.firstDiagnostics;
    const opened = server.diagnostics(uri);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'lift', version: 1, text: plan } });
    await opened;
    const times = [];
    const cpuBefore = cpuMs(server.child.pid);
    for (let version = 2; version < count + 2; version++) {
        const text = plan.replace('max squat 120kg', `max squat ${100 + version}kg`);
        const sent = performance.now();
        const arrived = server.diagnostics(uri);
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        times.push((await arrived) - sent);
    }
    const cpuPerKeystroke = (cpuMs(server.child.pid) - cpuBefore) / count;
    await stop(server);
    return { p50: median(times), p95: percentile(times, 0.95), cpuPerKeystroke };
}

/** Resident memory of a server with 20 plans open (copies of the marathon example). */
export async function residentWithPlans(count = 20) {
    const folder = mkdtempSync(join(tmpdir(), 'lift-lsp-plans-'));
    cpSync(join(EXAMPLES, 'lib'), join(folder, 'lib'), { recursive: true });
    const text = readFileSync(join(EXAMPLES, 'spring-marathon.lift'), 'utf8');
    const uris = [];
    for (let index = 0; index < count; index++) {
        const path = join(folder, `athlete-${index + 1}.lift`);
        writeFileSync(path, text.replace('Spring Marathon 2027', `Spring Marathon 2027, athlete ${index + 1}`));
        uris.push(pathToFileURL(path).href);
    }
    const server = await startServer(folder, uris.at(-1));
    await server.firstDiagnostics;
    for (const uri of uris) {
        const arrived = server.diagnostics(uri);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'lift', version: 1, text: readFileSync(new URL(uri), 'utf8') } });
        await arrived;
    }
    await new Promise(resolve => setTimeout(resolve, 300));
    const mb = residentMb(server.child.pid);
    await stop(server);
    return mb;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
    const node = timeAgainstNode(['-e', '0'], rounds).baseline;
    const first = await firstDiagnostics(rounds);
    const typing = await keystrokes(30);
    const resident = await residentWithPlans();
    console.log(`lift lsp --stdio, Node ${process.version}; node -e 0 = ${node.toFixed(0)} ms`);
    console.log(`  spawn → first diagnostics (marathon):    ${first.toFixed(0)} ms = ${(first / node).toFixed(1)} × node -e 0`);
    console.log(`  keystroke → diagnostics, 2,000 lines:    p50 ${typing.p50.toFixed(0)} ms, p95 ${typing.p95.toFixed(0)} ms, CPU ${typing.cpuPerKeystroke.toFixed(0)} ms each`);
    console.log(`  resident memory, 20 plans open:          ${resident.toFixed(0)} MB`);
}
