// Loading `.lift` files outside an editor (the CLI, tests, benchmarks): the files asked
// for, every file they import (followed transitively, since each import must be checked
// too), and the built-in library; then one build with validation.

import { URI, type LangiumDocument } from 'langium';
import type { LiftCoreServices } from '../lift-core-module.js';
import { ensureBuiltinLibrary } from '../builtin/builtin-library.js';
import { importedUris } from './imports.js';
import { readFailureReason, recordReadable, recordUnreadable } from './unreadable-files.js';

export interface LoadedDocuments {
    /** The documents asked for, in the order given. */
    documents: LangiumDocument[];
    /** Every document loaded, imports and the built-in library included. */
    all: LangiumDocument[];
}

/**
 * Loads and builds the given files. `readFile` returns undefined (or throws ENOENT) for a
 * file that does not exist, and throws for one that cannot be read; such an import is left
 * unloaded and `import-not-found` reports it (with the reason, when it exists).
 */
export async function loadDocuments(services: LiftCoreServices, uris: URI[], readFile: (uri: URI) => Promise<string | undefined>): Promise<LoadedDocuments> {
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const all: LangiumDocument[] = [ensureBuiltinLibrary(services.shared)];
    const pending = [...uris];
    const documents: LangiumDocument[] = [];
    const asked = new Set(uris.map(uri => uri.toString()));
    while (pending.length > 0) {
        const uri = pending.shift()!;
        if (langiumDocuments.hasDocument(uri)) {
            const existing = langiumDocuments.getDocument(uri)!;
            if (asked.has(uri.toString()) && !documents.includes(existing)) documents.push(existing);
            continue;
        }
        const text = await readOrRecord(readFile, uri);
        if (text === undefined) continue;
        const document = factory.fromString(text, uri);
        langiumDocuments.addDocument(document);
        all.push(document);
        if (asked.has(uri.toString())) documents.push(document);
        for (const imported of importedUris(document)) pending.push(URI.parse(imported));
    }
    await services.shared.workspace.DocumentBuilder.build(all, { validation: true });
    return { documents, all };
}

async function readOrRecord(readFile: (uri: URI) => Promise<string | undefined>, uri: URI): Promise<string | undefined> {
    try {
        const text = await readFile(uri);
        if (text !== undefined) recordReadable(uri.toString());
        return text;
    } catch (error) {
        const reason = readFailureReason(error);
        if (reason) recordUnreadable(uri.toString(), reason);
        return undefined;
    }
}

/** Loads one text as a document at `uri` (tests, the playground). */
export async function parseAndValidate(services: LiftCoreServices, text: string, uri = URI.parse('file:///memory/plan.lift')): Promise<LangiumDocument> {
    const builtin = ensureBuiltinLibrary(services.shared);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([builtin, document], { validation: true });
    return document;
}
