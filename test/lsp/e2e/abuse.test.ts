// The server under abuse: 1,000 random edits sent as fast as it takes them, with
// formatting, hover, document symbol and completion requests between them. Every request
// is answered without an error, and the diagnostics it finally publishes equal those of a
// fresh `lift check` of the final text.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import {
    CompletionRequest, DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest, LogMessageNotification, type Diagnostic
} from 'vscode-languageserver-protocol';
import { lift } from '../../helpers/cli.js';
import { fileUri, LiftServer } from './lift-server.js';
import { copyOfExamples } from './workspace-copy.js';

const EDITS = 1000;

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}

const PIECES = ['{', '}', ':', ',', ' ', '\n', 'run easy 30min', 'lift', 'squat 3x5', '"', '// note\n', 'week 2 {', 'x'];

function edit(text: string, next: () => number, original: string): string {
    const at = Math.floor(next() * (text.length + 1));
    const length = 1 + Math.floor(next() * 12);
    const choice = next();
    if (choice < 0.02) return original; // undo everything, as an editor's revert does
    if (choice < 0.4) return text.slice(0, at) + text.slice(at + length);
    if (choice < 0.8) return text.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + text.slice(at);
    return text.slice(0, at) + text.slice(at, at + length) + text.slice(at);
}

function positionIn(text: string, next: () => number): { line: number; character: number } {
    const lines = text.split('\n');
    const line = Math.floor(next() * lines.length);
    return { line, character: Math.floor(next() * (lines[line].length + 1)) };
}

const summary = (d: { line: number; column: number; rule: string; message: string }) => `${d.line}:${d.column} ${d.rule} ${d.message}`;
const fromLsp = (d: Diagnostic) => summary({ line: d.range.start.line + 1, column: d.range.start.character + 1, rule: String(d.code), message: d.message });

describe('the server under abuse', () => {
    test(`${EDITS} random edits with requests between them: every request answered, final diagnostics equal lift check`, async () => {
        const folder = copyOfExamples();
        const original = readFileSync(join(folder, 'spring-marathon.lift'), 'utf8');
        const path = join(folder, 'abused.lift');
        const uri = fileUri(path);
        const server = await LiftServer.start([folder]);
        try {
            const next = random(20261201);
            // The server's console goes to the client as log messages (Langium warns there).
            const logs: string[] = [];
            server.connection.onNotification(LogMessageNotification.method, (params: { message: string }) => { logs.push(params.message); });
            let text = original;
            await server.open(uri, text);
            const answers: Array<Promise<unknown>> = [];
            const failures: string[] = [];
            for (let index = 0; index < EDITS; index++) {
                text = edit(text, next, original);
                await server.change(uri, text);
                if (index % 4 !== 0) continue;
                const position = positionIn(text, next);
                const requests = [
                    [DocumentFormattingRequest.method, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }],
                    [HoverRequest.method, { textDocument: { uri }, position }],
                    [DocumentSymbolRequest.method, { textDocument: { uri } }],
                    [CompletionRequest.method, { textDocument: { uri }, position }]
                ] as const;
                const [method, params] = requests[(index / 4) % requests.length];
                answers.push(server.request(method, params).catch((error: { code?: number; message?: string }) => {
                    failures.push(`edit ${index}, ${method}: ${error.code} ${error.message}`);
                }));
            }
            await Promise.all(answers);
            expect(failures).toEqual([]);

            writeFileSync(path, text);
            const checked = await lift(['check', 'abused.lift', '--format', 'json'], { cwd: folder });
            const expected = (JSON.parse(checked.stdout).files[0].diagnostics as Parameters<typeof summary>[0][]).map(summary).sort();
            // Publications of older texts may still arrive; wait for the one of the final text.
            await vi.waitFor(() => expect((server.published.get(uri)?.diagnostics ?? []).map(fromLsp).sort()).toEqual(expected), { timeout: 20000, interval: 100 });
            expect(server.stderr.join('')).not.toMatch(/Error|at .*\.js:\d+/);
            expect(logs.filter(message => /Error|Attempted reference resolution/.test(message))).toEqual([]);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    }, 120000);

    test('a string of 6 million characters, opened and in the workspace, is an error and the server keeps answering', async () => {
        const folder = copyOfExamples();
        const text = `plan "${'x'.repeat(6_000_000)}" {\n    start 2027-01-04\n    phase Base 2 weeks focus base { sat: run long 90min }\n}\n`;
        writeFileSync(join(folder, 'huge.lift'), text);
        const server = await LiftServer.start([folder]);
        try {
            const uri = fileUri(join(folder, 'huge.lift'));
            await server.open(uri, text);
            const diagnostics = await server.diagnostics(uri);
            expect(diagnostics.map(d => d.message)).toEqual([expect.stringContaining('6,000,000 characters long')]);
            const other = fileUri(join(folder, 'spring-marathon.lift'));
            await server.open(other, readFileSync(join(folder, 'spring-marathon.lift'), 'utf8'));
            const symbols = await server.request<Array<{ name: string }>>(DocumentSymbolRequest.method, { textDocument: { uri: other } });
            expect(symbols[0].name).toBe('Spring Marathon 2027');
        } finally {
            expect(await server.stop()).toBe(0);
        }
    }, 120000);
});
