// The CLI's view of the files it checks or builds: the shared Lift services over the real
// file system, with every imported file loaded too.

import '@lift/language/core';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CommandLineModule, createLiftCoreServices, loadDocuments, readFailureReason, type LiftCoreServices } from '@lift/language/core';
import type { Diagnostic } from 'vscode-languageserver-types';
import { readLiftFile, type LiftFileContent } from './files/read-lift-file.js';
import { UsageError } from './usage-error.js';

export interface CheckedFile {
    /** The path as given on the command line. */
    path: string;
    document: LangiumDocument;
    text: string;
    diagnostics: Diagnostic[];
    /** The file as read from disk (files named on the command line only). */
    content?: LiftFileContent;
}

export interface LiftWorkspace {
    services: LiftCoreServices;
    files: CheckedFile[];
    /** Every loaded document by URI, imports included. */
    byUri: Map<string, LangiumDocument>;
}

export async function openWorkspace(files: Array<{ display: string; absolute: string }>): Promise<LiftWorkspace> {
    const services = createLiftCoreServices(NodeFileSystem, CommandLineModule).Lift;
    const uris = files.map(file => URI.parse(pathToFileURL(file.absolute).href));
    // The files asked for are read first: one that cannot be read is the user's mistake (exit 2).
    const contents = new Map<string, LiftFileContent>();
    for (const [index, file] of files.entries()) contents.set(uris[index].toString(), await readNamedFile(file.display, file.absolute));
    const loaded = await loadDocuments(services, uris, async uri => {
        const known = contents.get(uri.toString());
        return known ? known.text : (await readLiftFile(uri.fsPath)).text;
    });
    const byUri = new Map(loaded.all.map(document => [document.uri.toString(), document]));
    const checked = files.map((file, index) => {
        const document = byUri.get(uris[index].toString())!;
        const content = contents.get(uris[index].toString());
        return { path: file.display, document, text: document.textDocument.getText(), diagnostics: document.diagnostics ?? [], content };
    });
    return { services, files: checked, byUri };
}

async function readNamedFile(display: string, absolute: string): Promise<LiftFileContent> {
    try {
        return await readLiftFile(absolute);
    } catch (error) {
        throw new UsageError(`lift: cannot read '${display}': ${readFailureReason(error) ?? 'no such file'}`);
    }
}

/**
 * Imported files (directly or not) that were not named on the command line and have
 * errors, with only those errors: `lift check` reports them so that it never passes a plan
 * that `lift build` refuses.
 */
export function importedFilesWithErrors(workspace: LiftWorkspace, cwd: string): CheckedFile[] {
    const named = new Set(workspace.files.map(file => file.document.uri.toString()));
    return [...workspace.byUri.values()]
        .filter(document => !named.has(document.uri.toString()) && document.uri.scheme === 'file')
        .map(document => ({ path: relative(cwd, document.uri.fsPath), document, text: document.textDocument.getText(), diagnostics: (document.diagnostics ?? []).filter(d => d.severity === 1) }))
        .filter(file => file.diagnostics.length > 0);
}
