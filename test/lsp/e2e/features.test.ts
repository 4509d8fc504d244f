// The editor features over stdio, as any LSP client asks for them.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, CompletionRequest, DefinitionRequest, DocumentFormattingRequest, DocumentSymbolRequest,
    FoldingRangeRequest, HoverRequest, InlayHintRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
    SemanticTokensRequest, type CodeAction, type CompletionList, type Diagnostic, type DocumentSymbol, type FoldingRange,
    type Hover, type InlayHint, type Location, type LocationLink, type SemanticTokens, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-protocol';
import { ErrorCodes } from 'vscode-jsonrpc';
import { fileUri, LiftServer } from './lift-server.js';
import { copyOfExamples } from './workspace-copy.js';

let server: LiftServer;
let folder: string;
let marathon: { uri: string; text: string };

beforeAll(async () => {
    folder = copyOfExamples();
    server = await LiftServer.start([folder]);
    const path = join(folder, 'spring-marathon.lift');
    marathon = { uri: fileUri(path), text: readFileSync(path, 'utf8') };
    await server.open(marathon.uri, marathon.text);
    await server.diagnostics(marathon.uri);
});

afterAll(async () => {
    expect(await server.stop()).toBe(0);
});

function positionOf(text: string, marker: string, shift = 0) {
    const offset = text.indexOf(marker) + shift;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

const at = (marker: string, shift = 0) => ({ textDocument: { uri: marathon.uri }, position: positionOf(marathon.text, marker, shift) });

test('the server announces its features', () => {
    const capabilities = server.initializeResult!.capabilities;
    expect(capabilities).toMatchObject({
        hoverProvider: true, definitionProvider: true, referencesProvider: true, documentSymbolProvider: true,
        foldingRangeProvider: true, codeActionProvider: true, documentFormattingProvider: true,
        documentRangeFormattingProvider: true, renameProvider: { prepareProvider: true }, inlayHintProvider: {}
    });
    expect(capabilities.completionProvider).toBeDefined();
    expect(capabilities.semanticTokensProvider?.legend.tokenTypes).toContain('enumMember');
});

describe('completion', () => {
    test('sessions after `lift`, from the imported library', async () => {
        const uri = fileUri(join(folder, 'completing.lift'));
        const text = 'import "lib/strength.lift"\nplan "C" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift \n    }\n}\n';
        await server.open(uri, text);
        const list = await server.request<CompletionList>(CompletionRequest.method, { textDocument: { uri }, position: positionOf(text, 'lift \n', 5) });
        expect(list.items.map(item => item.label)).toEqual(expect.arrayContaining(['StrengthA', 'StrengthB', 'Maintenance', 'PowerPrimer']));
    });

    test('run kinds after `run`', async () => {
        const uri = fileUri(join(folder, 'completing-run.lift'));
        const text = 'plan "C" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: run \n    }\n}\n';
        await server.open(uri, text);
        const list = await server.request<CompletionList>(CompletionRequest.method, { textDocument: { uri }, position: positionOf(text, 'run \n', 4) });
        expect(list.items.map(item => item.label)).toContain('intervals');
    });
});

describe('hover and navigation', () => {
    test('hover on `lift StrengthA` shows that week\'s resolved loads', async () => {
        const hover = await server.request<Hover>(HoverRequest.method, at('lift StrengthA at 18:00', 6));
        const value = (hover.contents as { value: string }).value;
        // 75 % of the 120 kg max, +2.5 kg a week over the Base weeks; week 4 is a deload,
        // so week 6 is four steps up, not five.
        // The answer first: each exercise's load in the first and the last week it covers.
        expect(value).toMatch(/^\*\*Session StrengthA\*\* · heavy · Back squat 90kg → 100kg, /);
        expect(value).toContain('· warm-up Standard');
        // Each week's load with the share of the max it really is.
        expect(value).toMatch(/\| Back squat \| 4×5 \| 90kg \(75%\) \| 92.5kg \(77%\) \| … \| 100kg \(83%\) \|/);
    });

    test('definition of a built-in exercise opens the bundled library file', async () => {
        const strength = join(folder, 'lib/strength.lift');
        const text = readFileSync(strength, 'utf8');
        const links = await server.request<LocationLink[]>(DefinitionRequest.method, { textDocument: { uri: fileUri(strength) }, position: positionOf(text, 'goblet-squat', 2) });
        expect(links[0].targetUri).toMatch(/builtin\/exercises\.lift$/);
        expect(existsSync(fileURLToPath(links[0].targetUri))).toBe(true);
    });

    test('references to a library session come from the plans that lift it', async () => {
        const strength = join(folder, 'lib/strength.lift');
        const text = readFileSync(strength, 'utf8');
        const locations = await server.request<Location[]>(ReferencesRequest.method, {
            textDocument: { uri: fileUri(strength) }, position: positionOf(text, 'session StrengthA', 9), context: { includeDeclaration: false }
        });
        expect(new Set(locations.map(location => location.uri.slice(location.uri.lastIndexOf('/') + 1)))).toContain('spring-marathon.lift');
    });

    test('rename a session across the library and the plans', async () => {
        expect(await server.request(PrepareRenameRequest.method, at('lift Maintenance', 6))).toMatchObject({ start: { line: positionOf(marathon.text, 'lift Maintenance').line } });
        const edit = await server.request<WorkspaceEdit>(RenameRequest.method, { ...at('lift Maintenance', 6), newName: 'Upkeep' });
        const files = Object.keys(edit.changes ?? {}).map(uri => uri.slice(uri.lastIndexOf('/') + 1));
        expect(files).toEqual(expect.arrayContaining(['spring-marathon.lift', 'strength.lift']));
    });
});

test('an invalid new name is refused with an LSP error, not a result', async () => {
    const refused = server.request(RenameRequest.method, { ...at('lift StrengthB', 6), newName: 'Strength B' });
    await expect(refused).rejects.toMatchObject({ code: ErrorCodes.InvalidParams, message: expect.stringContaining('not a valid name') });
});

describe('structure', () => {
    test('document symbols, folding ranges and semantic tokens', async () => {
        const symbols = await server.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri: marathon.uri } });
        expect(symbols[0].name).toBe('Spring Marathon 2027');
        expect(symbols[0].children?.filter(child => child.detail?.includes('focus')).map(child => child.name)).toEqual(['Base', 'Build', 'Race prep', 'Taper']);
        const folds = await server.request<FoldingRange[]>(FoldingRangeRequest.method, { textDocument: { uri: marathon.uri } });
        expect(folds.length).toBeGreaterThan(8);
        const tokens = await server.request<SemanticTokens>(SemanticTokensRequest.method, { textDocument: { uri: marathon.uri } });
        expect(tokens.data.length % 5).toBe(0);
        expect(tokens.data.length).toBeGreaterThan(5 * 40);
    });

    test('inlay hints give each phase its dates', async () => {
        const hints = await server.request<InlayHint[]>(InlayHintRequest.method, { textDocument: { uri: marathon.uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
        expect(hints.map(hint => hint.label)).toEqual(expect.arrayContaining(['Mon 2027-01-04 – Sun 2027-02-14']));
    });
});

describe('formatting and quick fixes', () => {
    test('formatting returns the canonical layout as edits', async () => {
        const uri = fileUri(join(folder, 'formatting.lift'));
        await server.open(uri, 'session A { squat 3x5 }');
        const edits = await server.request<TextEdit[]>(DocumentFormattingRequest.method, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits.map(edit => edit.newText)).toEqual(['\n    ', '\n', '\n']);
    });

    test('a quick fix arrives for a real diagnostic, keyed on its rule id', async () => {
        const uri = fileUri(join(folder, 'fixing.lift'));
        await server.open(uri, 'warmup W { cardio 10min mobility 6min }\nsession A {\n    warmup W\n    squat 3x12 @ 60kg rest 2min rir 2\n}\n');
        const [diagnostic] = await server.diagnostics(uri, list => list.some(d => d.code === 'rep-range')).then(list => list.filter(d => d.code === 'rep-range')) as Diagnostic[];
        const actions = await server.request<CodeAction[]>(CodeActionRequest.method, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
        expect(actions.map(action => action.title)).toEqual(['Change to 3x6 (3–6 reps)', 'Ignore rep-range here (// lift-ignore)', 'Ignore rep-range in this file (// lift-ignore-file)']);
        expect(actions[0].edit?.changes?.[uri]).toEqual([{ range: diagnostic.range, newText: '3x6' }]);
    });
});

describe('lift/build shares the pipeline of `lift build`', () => {
    test('a SOURCE_DATE_EPOCH that is not whole seconds is refused, not ignored', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
        try {
            const uri = fileUri(join(folder, 'spring-marathon.lift'));
            await server.open(uri, readFileSync(join(folder, 'spring-marathon.lift'), 'utf8'));
            const result = await server.request<{ reason?: string; message?: string }>('lift/build', { uri, format: 'ics' });
            expect(result).toMatchObject({ reason: 'invalid-source-date-epoch', message: "SOURCE_DATE_EPOCH must be whole seconds since 1970 up to 253402300799 (the end of 9999), not 'yesterday'" });
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('with a valid SOURCE_DATE_EPOCH the calendar is stamped with it', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([folder], { env: { SOURCE_DATE_EPOCH: '1798761600' } });
        try {
            const uri = fileUri(join(folder, 'spring-marathon.lift'));
            await server.open(uri, readFileSync(join(folder, 'spring-marathon.lift'), 'utf8'));
            const result = await server.request<{ content: string }>('lift/build', { uri, format: 'ics' });
            expect(result.content).toContain('DTSTAMP:20270101T000000Z\r\n');
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });
});
