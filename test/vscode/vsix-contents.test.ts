// The packaged extension (.vsix): what ships and what must not, and that the language
// server inside it runs on its own (built-in library and rule pages found in the bundle,
// `lift/build` answering for the preview and the exports).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ensureVsix, repositoryRoot } from './packaged-extension.js';
import { readZipEntries, type ZipEntry } from './zip-reader.js';

let entries: ZipEntry[];
let names: string[];

beforeAll(() => {
    entries = readZipEntries(readFileSync(ensureVsix()));
    names = entries.map(entry => entry.name);
}, 120_000);

function entry(name: string): ZipEntry {
    const found = entries.find(e => e.name === name);
    if (!found) throw new Error(`${name} is not in the .vsix`);
    return found;
}

describe('the .vsix', () => {
    test('ships what the extension needs at run time', () => {
        for (const required of [
            'extension/package.json',
            'extension/dist/extension.cjs',
            'extension/dist/server.cjs',
            'extension/dist/builtin/exercises.lift',
            'extension/syntaxes/lift.tmLanguage.json',
            'extension/language-configuration.json',
            'extension/snippets/lift.code-snippets',
            'extension/images/icon.png',
            'extension/images/lift-file.svg',
            'extension/readme.md',
            'extension/changelog.md',
            'extension/LICENSE.txt'
        ]) {
            expect(names, required).toContain(required);
        }
    });

    test('ships no sources, tests, dependencies, maps or build leftovers', () => {
        const forbidden = names.filter(name =>
            /\.(ts|tsx|mts|cts)$/.test(name)
            || /\.map$/.test(name)
            || /(^|\/)node_modules\//.test(name)
            || /^extension\/(src|scripts|test|tests|out)\//.test(name)
            || /\.test\.|\.spec\./.test(name)
            || /(^|\/)(tsconfig[^/]*\.json|\.vscodeignore|\.gitignore|\.eslintrc[^/]*)$/.test(name)
            || /\.vsix$/.test(name));
        expect(forbidden).toEqual([]);
    });

    test('every file the manifest names is in the package', () => {
        const manifest = JSON.parse(entry('extension/package.json').read().toString('utf8'));
        const referenced: string[] = [manifest.main, manifest.icon];
        for (const language of manifest.contributes.languages) {
            referenced.push(language.configuration, language.icon.light, language.icon.dark);
        }
        for (const grammar of manifest.contributes.grammars) referenced.push(grammar.path);
        for (const snippet of manifest.contributes.snippets) referenced.push(snippet.path);
        for (const path of referenced) {
            expect(names, path).toContain(`extension/${path.replace(/^\.\//, '')}`);
        }
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.activationEvents).toContain('onLanguage:lift');
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(
            expect.arrayContaining(['lift.openCalendarPreview', 'lift.exportCalendar', 'lift.exportJson']));
        expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(
            expect.arrayContaining(['lift.inlayHints.enabled', 'lift.trace.server']));
    });

    test('the bundles are release builds: minified, no source map links', () => {
        for (const bundle of ['extension/dist/extension.cjs', 'extension/dist/server.cjs']) {
            const text = entry(bundle).read().toString('utf8');
            expect(text, bundle).not.toMatch(/sourceMappingURL/);
            // Minified: long lines (template literals keep some line breaks).
            expect(text.length / text.split('\n').length, bundle).toBeGreaterThan(500);
        }
        // The client leaves `vscode` to VS Code and does not carry the language server.
        const client = entry('extension/dist/extension.cjs').read().toString('utf8');
        expect(client).toMatch(/require\("vscode"\)/);
        expect(client).not.toMatch(/chevrotain/i);
    });

    test('Garmin\'s FIT SDK (FIT licence) is in no bundle: the server builds no FIT files', () => {
        for (const bundle of ['extension/dist/extension.cjs', 'extension/dist/server.cjs']) {
            const text = entry(bundle).read().toString('utf8');
            expect(text, bundle).not.toMatch(/alternatingDumbbellChestPressOnSwissBall|Interoperable Data Transfer/);
        }
        expect(names.filter(name => /fitsdk/i.test(name))).toEqual([]);
    });

    test('the grammar and the built-in library are the repository\'s', () => {
        expect(entry('extension/syntaxes/lift.tmLanguage.json').read().toString('utf8'))
            .toBe(readFileSync(join(repositoryRoot, 'syntaxes', 'lift.tmLanguage.json'), 'utf8'));
        expect(entry('extension/dist/builtin/exercises.lift').read().toString('utf8'))
            .toBe(readFileSync(join(repositoryRoot, 'packages', 'language', 'builtin', 'exercises.lift'), 'utf8'));
    });
});

describe('the language server inside the .vsix', () => {
    let unpacked: string;
    let server: ChildProcess;
    let connection: MessageConnection;
    const diagnostics = new Map<string, Diagnostic[]>();
    const examples = join(repositoryRoot, 'examples');
    const uriOf = (file: string) => pathToFileURL(join(examples, file)).href;

    beforeAll(async () => {
        unpacked = mkdtempSync(join(tmpdir(), 'lift-vsix-'));
        for (const member of entries.filter(e => e.name.startsWith('extension/') && !e.name.endsWith('/'))) {
            const target = join(unpacked, member.name);
            mkdirSync(dirname(target), { recursive: true });
            writeFileSync(target, member.read());
        }
        // Run from elsewhere: nothing may be found through the repository's folders.
        server = spawn(process.execPath, [join(unpacked, 'extension', 'dist', 'server.cjs'), '--stdio'], {
            cwd: tmpdir(), stdio: ['pipe', 'pipe', 'inherit']
        });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            diagnostics.set(params.uri, params.diagnostics);
        });
        connection.listen();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(examples).href,
            workspaceFolders: [{ uri: pathToFileURL(examples).href, name: 'examples' }],
            capabilities: {}
        });
        connection.sendNotification('initialized', {});
        for (const file of ['spring-marathon.lift', 'mistakes/calendar-mix-ups.lift']) {
            connection.sendNotification('textDocument/didOpen', {
                textDocument: { uri: uriOf(file), languageId: 'lift', version: 1, text: readFileSync(join(examples, file), 'utf8') }
            });
        }
    }, 60_000);

    afterAll(async () => {
        if (connection && server.exitCode === null) {
            const exited = new Promise(resolve => server.once('exit', resolve));
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5000))]);
        }
        connection?.dispose();
        server?.kill();
        if (unpacked) rmSync(unpacked, { recursive: true, force: true });
    });

    test('lift/build compiles a plan to JSON with the shipped built-in library', async () => {
        const result = await connection.sendRequest<{ content: string; extension: string }>('lift/build', { uri: uriOf('spring-marathon.lift'), format: 'json' });
        expect(result.extension).toBe('.json');
        const plan = JSON.parse(result.content);
        expect(plan.plan).toBe('Spring Marathon 2027');
        const squat = plan.days.flatMap((day: { activities: Array<{ exercises?: Array<{ exercise: string; name: string }> }> }) =>
            day.activities.flatMap(activity => activity.exercises ?? [])).find((e: { exercise: string }) => e.exercise === 'squat');
        // The display name comes from dist/builtin/exercises.lift.
        expect(squat.name).toBe('Back squat');
    });

    test('lift/build compiles a plan to a calendar (.ics)', async () => {
        const result = await connection.sendRequest<{ content: string; extension: string }>('lift/build', { uri: uriOf('spring-marathon.lift'), format: 'ics' });
        expect(result.extension).toBe('.ics');
        expect(result.content).toMatch(/^BEGIN:VCALENDAR/);
        expect(result.content).toMatch(/SUMMARY:/);
    });

    test('lift/build refuses a plan with errors and counts them as the Problems panel does', async () => {
        const uri = uriOf('mistakes/calendar-mix-ups.lift');
        const result = await connection.sendRequest<{ reason: string; errorCount: number; message: string }>('lift/build', { uri, format: 'ics' });
        expect(result.reason).toBe('errors');
        const published = diagnostics.get(uri) ?? [];
        expect(result.errorCount).toBe(published.filter(d => d.severity === 1).length);
        expect(result.errorCount).toBeGreaterThan(0);
        expect(result.message).toBe(`calendar-mix-ups.lift has ${result.errorCount} errors`);
    });

    test('lift/build names the formats it knows when asked for another', async () => {
        const result = await connection.sendRequest<{ reason: string; message: string }>('lift/build', { uri: uriOf('spring-marathon.lift'), format: 'pdf' });
        expect(result.reason).toBe('unknown-format');
        expect(result.message).toMatch(/json/);
    });

    test('rule diagnostics link to the rule pages shipped in the package', async () => {
        // A build request returns only after the document's diagnostics were published.
        await connection.sendRequest('lift/build', { uri: uriOf('mistakes/calendar-mix-ups.lift'), format: 'json' });
        const published = diagnostics.get(uriOf('mistakes/calendar-mix-ups.lift')) ?? [];
        const linked = published.find(d => d.code === 'duplicate-day');
        expect(linked?.codeDescription?.href).toBe(pathToFileURL(join(unpacked, 'extension', 'dist', 'docs', 'rules', 'duplicate-day.md')).href);
    });
});

