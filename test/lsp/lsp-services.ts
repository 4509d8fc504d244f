// The language server's services without a connection: the same Lift services with the
// editor features (LiftLspModule), over an empty file system, with the built-in library
// loaded, for langium/test's expectCompletion, expectHover, … helpers.

import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createLiftServices, ensureBuiltinLibrary, LiftLspModule, type LiftServices } from '@lift/language';

export async function lspServices(): Promise<LiftServices> {
    const { Lift, shared } = createLiftServices(EmptyFileSystem, LiftLspModule);
    await shared.workspace.DocumentBuilder.build([ensureBuiltinLibrary(shared)], { validation: true });
    return Lift;
}

let counter = 0;

/** Adds files at the given paths (in a new folder file:///ws-N/) and builds them together with validation. */
export async function openFiles(services: LiftServices, files: Record<string, string>): Promise<Record<string, LangiumDocument>> {
    const shared = services.shared.workspace;
    const documents: Record<string, LangiumDocument> = {};
    const folder = `file:///ws-${++counter}`;
    for (const [path, text] of Object.entries(files)) {
        documents[path] = shared.LangiumDocumentFactory.fromString(text, URI.parse(`${folder}/${path}`));
        shared.LangiumDocuments.addDocument(documents[path]);
    }
    await shared.DocumentBuilder.build(Object.values(documents), { validation: true });
    return documents;
}

export function positionParams(document: LangiumDocument, offset: number) {
    return { textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset) };
}
