// The server loads the files a plan imports from disk when they are not part of the
// workspace yet (a file outside the opened folders, or no folder at all), so
// `import-not-found` is never reported for a file that exists.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, test } from 'vitest';
import { createLiftServices, ensureBuiltinLibrary, LiftLspModule } from '@lift/language';

function onDisk(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'lift-imports-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(folder, path, '..'), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
    return folder;
}

const PLAN = 'import "../lib/strength.lift"\nplan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift Legs\n    }\n}\n';

async function openOnly(folder: string, path: string, text?: string) {
    const { shared } = createLiftServices(NodeFileSystem, LiftLspModule);
    // The server's workspace manager loads the built-in library at start-up.
    await shared.workspace.DocumentBuilder.build([ensureBuiltinLibrary(shared)]);
    const uri = URI.parse(pathToFileURL(join(folder, path)).href);
    // As an editor opens a file: only that one document, with the text the editor shows.
    const document = text === undefined
        ? await shared.workspace.LangiumDocuments.getOrCreateDocument(uri)
        : shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    if (!shared.workspace.LangiumDocuments.hasDocument(uri)) shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { shared, document };
}

describe('imported files are loaded on demand', () => {
    test('an imported file on disk is loaded, linked and checked: no import-not-found, the session resolves', async () => {
        const folder = onDisk({
            'plans/plan.lift': PLAN,
            'lib/strength.lift': 'import "warmups.lift"\nsession Legs {\n    warmup Standard\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n',
            'lib/warmups.lift': 'warmup Standard { cardio 10min mobility 6min }\n'
        });
        const { shared, document } = await openOnly(folder, 'plans/plan.lift');
        const codes = (document.diagnostics ?? []).map(d => d.code);
        expect(codes).not.toContain('import-not-found');
        expect(codes).not.toContain('unresolved-reference');
        // The imported file's own import was followed too, so it is checked cleanly.
        const library = shared.workspace.LangiumDocuments.getDocument(URI.parse(pathToFileURL(join(folder, 'lib/strength.lift')).href))!;
        expect((library.diagnostics ?? []).map(d => d.message)).toEqual([]);
    });

    test('a file that is really missing is still import-not-found', async () => {
        const folder = onDisk({ 'plans/plan.lift': PLAN });
        const { document } = await openOnly(folder, 'plans/plan.lift');
        expect((document.diagnostics ?? []).filter(d => d.code === 'import-not-found')).toHaveLength(1);
    });

    test('an import typed into an open document is loaded on the next update', async () => {
        const folder = onDisk({ 'plans/plan.lift': '', 'lib/strength.lift': 'session Legs { squat 3x5 }\n' });
        const { shared, document } = await openOnly(folder, 'plans/plan.lift', PLAN.replace('import "../lib/strength.lift"\n', ''));
        expect((document.diagnostics ?? []).map(d => d.code)).toContain('unresolved-reference');
        // The editor changes the text: the document builder's update path, as on didChange.
        const changed = shared.workspace.LangiumDocumentFactory.fromString(PLAN, document.uri);
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        shared.workspace.LangiumDocuments.addDocument(changed);
        await shared.workspace.DocumentBuilder.update([document.uri], []);
        const codes = (changed.diagnostics ?? []).map(d => d.code);
        expect(codes).not.toContain('import-not-found');
        expect(codes).not.toContain('unresolved-reference');
    });
});
