// The server survives what editors do to it: text that is broken at every keystroke,
// requests that go stale and are cancelled, and the end of the session.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import { CompletionRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, type CompletionList, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { fileUri, LiftServer } from './lift-server.js';
import { copyOfExamples } from './workspace-copy.js';

describe('robustness', () => {
    test('typing a whole plan, one character at a time, never kills the server', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder]);
        try {
            const text = readFileSync(join(folder, 'spring-marathon.lift'), 'utf8');
            const uri = fileUri(join(folder, 'typed.lift'));
            await server.open(uri, '');
            for (let length = 1; length <= text.length; length++) await server.change(uri, text.slice(0, length));
            // Every prefix was sent; the server still answers, and what it answers is about the whole text.
            const symbols = await server.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri } });
            expect(symbols[0].name).toBe('Spring Marathon 2027');
            const diagnostics = await server.diagnostics(uri, list => !list.some(d => d.code === 'syntax'));
            expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
            expect(server.stderr.join('')).not.toMatch(/Error|at .*\.js:\d+/);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('a stale request is cancelled cleanly and the next one is answered', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder]);
        try {
            const text = readFileSync(join(folder, 'spring-marathon.lift'), 'utf8');
            const uri = fileUri(join(folder, 'spring-marathon.lift'));
            await server.open(uri, text);
            await server.change(uri, `${text}\n`);
            const source = new CancellationTokenSource();
            const stale = server.connection.sendRequest(CompletionRequest.method, { textDocument: { uri }, position: { line: 20, character: 13 } }, source.token);
            source.cancel();
            const outcome = await stale.then(result => ({ result }), (error: unknown) => ({ error }));
            if ('error' in outcome) {
                expect(outcome.error).toBeInstanceOf(ResponseError);
                expect([LSPErrorCodes.RequestCancelled, LSPErrorCodes.ServerCancelled]).toContain((outcome.error as ResponseError<unknown>).code);
            } else {
                // The answer may win the race with the cancellation; then it must be a real answer.
                expect((outcome.result as CompletionList).items).toBeDefined();
            }
            const hover = await server.request(HoverRequest.method, { textDocument: { uri }, position: { line: 21, character: 9 } });
            expect(hover).toBeTruthy();
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('the server exits with status 0 after shutdown and exit', async () => {
        const server = await LiftServer.start([]);
        expect(await server.stop()).toBe(0);
    });
});
