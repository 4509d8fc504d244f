// Go to definition, find references and rename for sessions, warm-ups and exercises, across
// imported files; definition on a built-in exercise opens the bundled library file.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'langium';
import { expectFindReferences, expectGoToDefinition } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { ResponseError, type Location, type LocationLink, type WorkspaceEdit } from 'vscode-languageserver';
import { builtinLibrarySource, type LiftServices } from '@lift/language';
import { lspServices, openFiles, positionParams } from './lsp-services.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

const LIBRARY = 'warmup Standard { cardio 10min mobility 6min }\nsession StrengthA {\n    warmup Standard\n    nordic 3x5\n}\nexercise nordic "Nordic curl" { pattern hinge }\n';
const PLAN = 'import "lib/strength.lift"\nplan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift StrengthA\n        fri: lift StrengthA\n    }\n}\n';

async function workspace() {
    return openFiles(services, { 'plan.lift': PLAN, 'lib/strength.lift': LIBRARY });
}

describe('go to definition', () => {
    test('within a file (langium/test)', async () => {
        await expectGoToDefinition(services)({
            text: 'session <|A|> { squat 3x5 }\nplan "P" {\n    start 2027-01-04\n    phase B 1 week focus base {\n        tue: lift <|>A\n    }\n}',
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
    });

    test('a session declared in an imported file', async () => {
        const { 'plan.lift': plan, 'lib/strength.lift': library } = await workspace();
        const links = await services.lsp.DefinitionProvider!.getDefinition(plan, positionParams(plan, PLAN.indexOf('StrengthA') + 2)) as LocationLink[];
        expect(links).toHaveLength(1);
        expect(links[0].targetUri).toBe(library.uri.toString());
        expect(library.textDocument.getText(links[0].targetSelectionRange)).toBe('StrengthA');
    });

    test('a built-in exercise opens the bundled library, a real file', async () => {
        const { 'x.lift': document } = await openFiles(services, { 'x.lift': 'session A {\n    deadlift 3x5\n}\n' });
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, positionParams(document, 20)) as LocationLink[];
        expect(links[0].targetUri).toBe(builtinLibrarySource().uri.toString());
        expect(existsSync(fileURLToPath(links[0].targetUri))).toBe(true);
        const line = builtinLibrarySource().text.split('\n')[links[0].targetSelectionRange.start.line];
        expect(line).toMatch(/^exercise deadlift "Deadlift"/);
    });
});

describe('find references', () => {
    test('within a file (langium/test)', async () => {
        await expectFindReferences(services)({
            text: 'warmup <|W|> { cardio 10min mobility 6min }\nsession A { warmup <|W|> squat 3x5 }\nsession B { warmup <|W<|>|> squat 3x5 }',
            includeDeclaration: true, disposeAfterCheck: true
        });
    });

    test('a session used by a plan in another file', async () => {
        const { 'lib/strength.lift': library, 'plan.lift': plan } = await workspace();
        const locations = await services.lsp.ReferencesProvider!.findReferences(library, {
            ...positionParams(library, LIBRARY.indexOf('StrengthA')), context: { includeDeclaration: false }
        }) as Location[];
        expect(locations.map(location => location.uri)).toEqual([plan.uri.toString(), plan.uri.toString()]);
    });
});

describe('rename', () => {
    const applyAll = (edit: WorkspaceEdit | undefined, documents: Record<string, { textDocument: TextDocument }>) =>
        Object.fromEntries(Object.entries(documents).map(([path, document]) =>
            [path, TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.textDocument.uri] ?? [])]));

    test('a session, from its use in the plan: declaration and every use, across files', async () => {
        const documents = await workspace();
        const plan = documents['plan.lift'];
        const params = { ...positionParams(plan, PLAN.indexOf('StrengthA')), newName: 'Legs' };
        expect(await services.lsp.RenameProvider!.prepareRename(plan, params)).toMatchObject({ start: { line: 4 } });
        const texts = applyAll(await services.lsp.RenameProvider!.rename(plan, params), documents);
        expect(texts['plan.lift']).toContain('tue: lift Legs\n        fri: lift Legs');
        expect(texts['lib/strength.lift']).toContain('session Legs {');
        const renamed = await openFiles(services, texts);
        expect(renamed['plan.lift'].diagnostics?.filter(d => d.code === 'unresolved-reference')).toEqual([]);
    });

    test('an exercise and a warm-up, from their declarations', async () => {
        const documents = await workspace();
        const library = documents['lib/strength.lift'];
        const exercise = await services.lsp.RenameProvider!.rename(library, { ...positionParams(library, LIBRARY.indexOf('exercise nordic') + 10), newName: 'nordic-curl' });
        expect(applyAll(exercise, documents)['lib/strength.lift']).toContain('    nordic-curl 3x5\n}\nexercise nordic-curl "Nordic curl"');
        const warmup = await services.lsp.RenameProvider!.rename(library, { ...positionParams(library, 8), newName: 'Full' });
        expect(applyAll(warmup, documents)['lib/strength.lift']).toMatch(/^warmup Full \{[\s\S]*warmup Full\n/);
    });

    test('a built-in exercise cannot be renamed, and says why', async () => {
        const { 'x.lift': document } = await openFiles(services, { 'x.lift': 'session A {\n    deadlift 3x5\n}\n' });
        const params = { ...positionParams(document, 20), newName: 'dl' };
        expect(() => services.lsp.RenameProvider!.prepareRename(document, params)).toThrow(/built-in exercise/);
    });

    test('a new name must be an identifier; plans and phases are not renamed', async () => {
        const documents = await workspace();
        const plan = documents['plan.lift'];
        await expect(services.lsp.RenameProvider!.rename(plan, { ...positionParams(plan, PLAN.indexOf('StrengthA')), newName: 'Strength A' }))
            .rejects.toBeInstanceOf(ResponseError);
        expect(await services.lsp.RenameProvider!.prepareRename(plan, positionParams(plan, PLAN.indexOf('Base')))).toBeUndefined();
    });
});
