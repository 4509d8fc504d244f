// The server's start-up build: the files open in the editor, with what they import, are
// parsed, linked and checked before the rest of the folder is even read; the rest is
// checked in the same build. A file that cannot be read by then leaves the workspace
// instead of stopping the build.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { NodeFileSystemProvider } from 'langium/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test } from 'vitest';
import { ast, createLiftServices, LiftLspModule } from '@lift/language';

const LIBRARY = 'warmup W { cardio 10min mobility 6min }\nsession Legs {\n    warmup W\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n';
const plan = (name: string, library = 'lib.lift') => `import "${library}"\nplan "${name}" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift Legs\n        thu: run easy 40min\n    }\n}\n`;

function onDisk(files: Record<string, string>): string {
    const folder = mkdtempSync(join(tmpdir(), 'lift-startup-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(folder, path, '..'), { recursive: true });
        writeFileSync(join(folder, path), text);
    }
    return folder;
}

const uriOf = (folder: string, path: string) => URI.parse(pathToFileURL(join(folder, path)).href);

function server(fileSystemProvider = () => new NodeFileSystemProvider()) {
    const { shared } = createLiftServices({ ...NodeFileSystem, fileSystemProvider }, LiftLspModule);
    // As `lift lsp` does: every file of the workspace is checked at start-up.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    return shared;
}

describe('the start-up build', () => {
    test('checks the open file and its imports before it reads the rest of the workspace, then checks the rest', async () => {
        const folder = onDisk({ 'open.lift': plan('Open'), 'lib.lift': LIBRARY, 'other.lift': plan('Other'), 'more/another.lift': plan('Another', '../lib.lift') });
        const shared = server();
        const open = uriOf(folder, 'open.lift');
        // The editor has the file open (with unsaved text) before the workspace is loaded.
        shared.workspace.TextDocuments!.set(TextDocument.create(open.toString(), 'lift', 1, plan('Open, edited')));
        const statesWhenOpenChecked = new Map<string, DocumentState>();
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() !== open.toString()) return;
            for (const other of shared.workspace.LangiumDocuments.all) statesWhenOpenChecked.set(other.uri.path.slice(folder.length + 1), other.state);
        });

        await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: pathToFileURL(folder).href, name: 'plans' }]);

        // The import was linked before the open plan was checked; the other plans not even parsed.
        expect(statesWhenOpenChecked.get('lib.lift')).toBeGreaterThanOrEqual(DocumentState.IndexedReferences);
        expect(statesWhenOpenChecked.get('other.lift')).toBe(DocumentState.Changed);
        expect(statesWhenOpenChecked.get('more/another.lift')).toBe(DocumentState.Changed);
        // In the end every file is checked, and the open one from the editor's text.
        const documents = ['open.lift', 'lib.lift', 'other.lift', 'more/another.lift'].map(path => shared.workspace.LangiumDocuments.getDocument(uriOf(folder, path))!);
        for (const document of documents) {
            expect(document.state).toBe(DocumentState.Validated);
            expect(codes(document)).not.toContain('unresolved-reference');
            expect(codes(document)).not.toContain('import-not-found');
        }
        expect((documents[0].parseResult.value as ast.LiftFile).plans[0].name).toBe('Open, edited');
    });

    test('a workspace file that cannot be read when it is built leaves the workspace; the others are checked', async () => {
        const folder = onDisk({ 'lib.lift': LIBRARY, 'plan.lift': plan('Plan'), 'gone.lift': plan('Gone') });
        const gone = uriOf(folder, 'gone.lift');
        class GoneMeanwhile extends NodeFileSystemProvider {
            override async readFile(uri: URI): Promise<string> {
                if (uri.toString() === gone.toString()) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${uri.fsPath}'`), { code: 'ENOENT' });
                return super.readFile(uri);
            }
        }
        const shared = server(() => new GoneMeanwhile());

        await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: pathToFileURL(folder).href, name: 'plans' }]);

        expect(shared.workspace.LangiumDocuments.hasDocument(gone)).toBe(false);
        const checked = shared.workspace.LangiumDocuments.getDocument(uriOf(folder, 'plan.lift'))!;
        expect(checked.state).toBe(DocumentState.Validated);
        expect(codes(checked)).not.toContain('import-not-found');
    });
});

function codes(document: LangiumDocument): unknown[] {
    return (document.diagnostics ?? []).map(d => d.code);
}
