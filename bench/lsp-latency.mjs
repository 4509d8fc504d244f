// Latency of the language server as an editor feels it, over stdio with the built command:
// start-up, time to the first diagnostics of the marathon example, a re-check after an
// edit, and completion and hover round trips. Prints medians; asserts nothing.
//
//   npm run build && node bench/lsp-latency.mjs

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const EXAMPLES = `${ROOT}examples`;
const MARATHON = `${EXAMPLES}/spring-marathon.lift`;
const MARATHON_URI = pathToFileURL(MARATHON).href;
const TEXT = readFileSync(MARATHON, 'utf8');

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function ms(value) {
    return `${value.toFixed(1)} ms`;
}

async function startServer(folder) {
    const started = performance.now();
    const child = spawn(process.execPath, [`${ROOT}packages/cli/bin/lift.js`, 'lsp', '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiters = [];
    connection.onNotification('textDocument/publishDiagnostics', params => {
        for (const waiter of [...waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                waiters.splice(waiters.indexOf(waiter), 1);
                waiter.resolve(performance.now());
            }
        }
    });
    connection.onRequest(() => null);
    connection.listen();
    const diagnostics = (uri, accept = () => true) => new Promise(resolve => waiters.push({ uri, accept, resolve }));
    const firstMarathonDiagnostics = diagnostics(MARATHON_URI);
    const folders = folder ? [{ uri: pathToFileURL(folder).href, name: 'examples' }] : null;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: folders?.[0].uri ?? null, workspaceFolders: folders, capabilities: {} });
    const initialized = performance.now();
    await connection.sendNotification('initialized', {});
    return { child, connection, diagnostics, started, initialized, firstMarathonDiagnostics };
}

async function stop(server) {
    const exited = new Promise(resolve => server.child.on('exit', resolve));
    await server.connection.sendRequest('shutdown');
    await server.connection.sendNotification('exit');
    await exited;
}

async function timed(action) {
    const start = performance.now();
    await action();
    return performance.now() - start;
}

// 1. A workspace of the examples: start-up and the marathon's first diagnostics.
const startups = [];
const firstDiagnostics = [];
for (let round = 0; round < Math.min(ROUNDS, 5); round++) {
    const server = await startServer(EXAMPLES);
    startups.push(server.initialized - server.started);
    firstDiagnostics.push((await server.firstMarathonDiagnostics) - server.started);
    await stop(server);
}

// 2. One file opened in an editor with no folder: didOpen → diagnostics (imports loaded from disk).
const openToDiagnostics = [];
for (let round = 0; round < Math.min(ROUNDS, 5); round++) {
    const server = await startServer(undefined);
    const sent = performance.now();
    const arrived = server.diagnostics(MARATHON_URI);
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: MARATHON_URI, languageId: 'lift', version: 1, text: TEXT } });
    openToDiagnostics.push((await arrived) - sent);
    await stop(server);
}

// 3. A warm server: an edit re-checked, completion and hover.
const server = await startServer(EXAMPLES);
await server.firstMarathonDiagnostics;
await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: MARATHON_URI, languageId: 'lift', version: 1, text: TEXT } });
const edits = [];
for (let version = 2; version < ROUNDS + 2; version++) {
    const text = TEXT.replace('max squat 120kg', `max squat ${100 + version}kg`);
    const sent = performance.now();
    const arrived = server.diagnostics(MARATHON_URI);
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: MARATHON_URI, version }, contentChanges: [{ text }] });
    edits.push((await arrived) - sent);
}
const lines = TEXT.split('\n');
const liftLine = lines.findIndex(line => line.includes('lift StrengthA at 18:00'));
const liftColumn = lines[liftLine].indexOf('StrengthA');
const completions = [];
const hovers = [];
for (let round = 0; round < ROUNDS; round++) {
    completions.push(await timed(() => server.connection.sendRequest('textDocument/completion', { textDocument: { uri: MARATHON_URI }, position: { line: liftLine, character: liftColumn } })));
    hovers.push(await timed(() => server.connection.sendRequest('textDocument/hover', { textDocument: { uri: MARATHON_URI }, position: { line: liftLine, character: liftColumn + 2 } })));
}
await stop(server);

console.log(`lift lsp --stdio, ${ROUNDS} rounds, Node ${process.version}`);
console.log(`  start-up (spawn → initialize answered):                  ${ms(median(startups))}`);
console.log(`  first diagnostics of spring-marathon.lift (from spawn):  ${ms(median(firstDiagnostics))}`);
console.log(`  didOpen → diagnostics, no workspace folder (cold):       ${ms(median(openToDiagnostics))}`);
console.log(`  didChange → diagnostics (warm):                          ${ms(median(edits))}`);
console.log(`  completion after \`lift \`:                                ${ms(median(completions))}`);
console.log(`  hover on \`lift StrengthA\` (resolved loads):              ${ms(median(hovers))}`);
