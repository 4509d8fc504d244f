// The CLI's view of the files it checks or builds: the shared Lift services over the real
// file system, with every imported file loaded too.

import '@lift/language';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createLiftServices, loadDocuments, type LiftServices } from '@lift/language';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface CheckedFile {
    /** The path as given on the command line. */
    path: string;
    document: LangiumDocument;
    text: string;
    diagnostics: Diagnostic[];
}

export interface LiftWorkspace {
    services: LiftServices;
    files: CheckedFile[];
    /** Every loaded document by URI, imports included. */
    byUri: Map<string, LangiumDocument>;
}

export async function openWorkspace(files: Array<{ display: string; absolute: string }>): Promise<LiftWorkspace> {
    const services = createLiftServices(NodeFileSystem).Lift;
    const uris = files.map(file => URI.parse(pathToFileURL(file.absolute).href));
    const loaded = await loadDocuments(services, uris, async uri => {
        try {
            return await readFile(uri.fsPath, 'utf8');
        } catch {
            return undefined;
        }
    });
    const byUri = new Map(loaded.all.map(document => [document.uri.toString(), document]));
    const checked = files.map((file, index) => {
        const document = byUri.get(uris[index].toString())!;
        return { path: file.display, document, text: document.textDocument.getText(), diagnostics: document.diagnostics ?? [] };
    });
    return { services, files: checked, byUri };
}
