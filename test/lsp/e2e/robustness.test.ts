// The server survives what editors do to it: text that is broken at every keystroke,
// requests that go stale and are cancelled, and the end of the session.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import { DocumentFormattingRequest, DocumentSymbolRequest, HoverRequest, LSPErrorCodes, type DocumentSymbol, type TextEdit } from 'vscode-languageserver-protocol';
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

    test('a cancelled request is answered as cancelled, and the next one is answered', async () => {
        // Before `initialized` the server answers nothing, so the cancellation surely
        // arrives while the request waits: the outcome is the same on every run.
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder], { initialized: false });
        try {
            const text = readFileSync(join(folder, 'spring-marathon.lift'), 'utf8');
            const uri = fileUri(join(folder, 'spring-marathon.lift'));
            await server.open(uri, text);
            const source = new CancellationTokenSource();
            const stale = server.connection.sendRequest(DocumentFormattingRequest.method, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }, source.token);
            source.cancel();
            await server.initialized();
            const outcome = await stale.then(result => ({ result }), (error: unknown) => ({ error }));
            expect(outcome).toHaveProperty('error');
            const error = (outcome as { error: unknown }).error;
            expect(error).toBeInstanceOf(ResponseError);
            expect((error as ResponseError<unknown>).code).toBe(LSPErrorCodes.RequestCancelled);
            const hover = await server.request(HoverRequest.method, { textDocument: { uri }, position: { line: 21, character: 9 } });
            expect(hover).toBeTruthy();
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('formatting right after didOpen and didChange formats the text just sent', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder]);
        try {
            const uri = fileUri(join(folder, 'unformatted.lift'));
            const options = { tabSize: 4, insertSpaces: true };
            await server.open(uri, 'warmup W {\ncardio bike 10min\n  mobility 6min\n}\n');
            const afterOpen = await server.request<TextEdit[]>(DocumentFormattingRequest.method, { textDocument: { uri }, options });
            expect(afterOpen.length).toBeGreaterThan(0);
            await server.change(uri, 'warmup W {\n    cardio bike 10min\n    mobility 6min\n}\nsession S light {\nwarmup W\n}\n');
            const afterChange = await server.request<TextEdit[]>(DocumentFormattingRequest.method, { textDocument: { uri }, options });
            // The old text was formatted after the first answer; only the session of the new text needs edits.
            expect(afterChange.length).toBeGreaterThan(0);
            expect(Math.min(...afterChange.map(edit => edit.range.start.line))).toBeGreaterThanOrEqual(3);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('published diagnostics carry the version of the text they are about', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder]);
        try {
            const uri = fileUri(join(folder, 'versioned.lift'));
            await server.open(uri, 'session S {\n    squat 3x10\n}\n');
            await server.diagnostics(uri, list => list.some(d => d.code === 'rep-range'));
            expect(server.published.get(uri)!.version).toBe(1);
            await server.change(uri, 'session S {\n    squat 3x5\n}\n');
            await server.diagnostics(uri, list => !list.some(d => d.code === 'rep-range'));
            expect(server.published.get(uri)!.version).toBe(2);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('the server exits with status 0 after shutdown and exit', async () => {
        const server = await LiftServer.start([]);
        expect(await server.stop()).toBe(0);
    });
});
