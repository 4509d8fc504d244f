// The editor's workspace is the folders it opened, but a plan may import a file outside
// them, or the client may open a single file with no folder at all. Before every build,
// the files that the built documents import (directly or through each other) and that
// exist on disk are loaded, so `import-not-found` only ever reports a file that is missing.
// The CLI loads imports itself (loadDocuments), so there this finds nothing to do.
//
// The files open in the editor are built first: a build that holds open documents takes
// them, the files they import and the built-in library through every phase (parsed,
// linked, validated, diagnostics published) before it even parses the rest of the
// workspace. Nothing the open files' checks read comes from the rest: a file sees only
// its own declarations, the built-in library and what it imports. At start-up the coach
// thus sees the problems of the plan in front of them without waiting for every file of
// the folder; the others follow in the same build.

import {
    DefaultDocumentBuilder, DocumentState, OperationCancelled, isOperationCancelled, URI, UriUtils, interruptAndCheck, type BuildOptions, type LangiumDocument
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isBuiltinLibrary } from '../builtin/builtin-library.js';
import { importedUris } from '../workspace/imports.js';
import { readFailureReason, recordReadable, recordUnreadable, unreadableReason } from '../workspace/unreadable-files.js';

export class ImportLoadingDocumentBuilder extends DefaultDocumentBuilder {
    /**
     * A request for a file the editor has just opened can arrive before the build that
     * creates its document (a new, unsaved file is nowhere else). Langium answers it with
     * "No document found" (-32802); the request waits for the document instead.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        if (this.langiumDocuments.hasDocument(uri) || !this.textDocuments?.get(uri.toString())) {
            return super.awaitDocumentState(state, uri, cancelToken);
        }
        return new Promise((resolve, reject) => {
            const phase = this.onDocumentPhase(state, document => {
                if (!UriUtils.equals(document.uri, uri)) return;
                phase.dispose();
                cancel.dispose();
                resolve(uri);
            });
            const cancel = cancelToken.onCancellationRequested(() => {
                phase.dispose();
                cancel.dispose();
                reject(OperationCancelled);
            });
        });
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const first = await this.openDocumentsAndImports(documents, cancelToken);
        if (first.length === 0 || first.length === documents.length) {
            await this.buildWithImports(documents, options, cancelToken);
            return;
        }
        await this.buildWithImports(first, options, cancelToken);
        const rest = documents.filter(document => !first.includes(document));
        // The open documents' build left the workspace state at Validated; requests that wait
        // for the whole workspace (references, workspace symbols) must wait for the rest too.
        this.currentState = Math.min(...rest.map(document => document.state));
        await this.buildWithImports(rest, options, cancelToken);
    }

    private async buildWithImports(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        const imported = await this.loadImportedFiles(documents, cancelToken);
        // A file that could not be read has left the workspace (see parseEarly).
        const readable = documents.filter(document => this.langiumDocuments.hasDocument(document.uri));
        await super.buildDocuments([...readable, ...imported], options, cancelToken);
    }

    /**
     * Of the documents to build, those open in the editor, the built-in library and what
     * the open ones import (directly or through each other); none when no document is open.
     */
    private async openDocumentsAndImports(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<LangiumDocument[]> {
        const open = documents.filter(document => this.textDocuments?.get(document.uri.toString()));
        if (open.length === 0) return [];
        const toBuild = new Map(documents.map(document => [document.uri.toString(), document]));
        const first = new Set([...open, ...documents.filter(document => isBuiltinLibrary(document.uri))]);
        const pending = [...open];
        while (pending.length > 0) {
            const document = pending.shift()!;
            await this.parseEarly(document, cancelToken);
            for (const uri of importedUris(document)) {
                const target = toBuild.get(uri);
                if (target && !first.has(target)) {
                    first.add(target);
                    pending.push(target);
                }
            }
        }
        return [...first];
    }

    /** Follows the imports of the documents and loads every imported file that is on disk but not yet loaded. */
    protected async loadImportedFiles(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<LangiumDocument[]> {
        const loaded: LangiumDocument[] = [];
        const pending = [...documents];
        const seen = new Set(documents.map(document => document.uri.toString()));
        while (pending.length > 0) {
            const document = pending.shift()!;
            await this.parseEarly(document, cancelToken);
            for (const uri of importedUris(document)) {
                if (seen.has(uri)) continue;
                seen.add(uri);
                const target = await this.loadFromDisk(URI.parse(uri), cancelToken);
                if (target) {
                    loaded.push(target);
                    pending.push(target);
                }
            }
        }
        return loaded;
    }

    /**
     * A changed document is parsed here rather than in the build's first phase: its imports
     * are needed now. A workspace file is read here for the first time (the workspace
     * manager lists files without reading them); one that cannot be read any more (deleted
     * since) leaves the workspace instead of failing the whole build.
     */
    private async parseEarly(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        if (document.state >= DocumentState.Parsed) return;
        await interruptAndCheck(cancelToken);
        try {
            await this.langiumDocumentFactory.update(document, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error) || this.textDocuments?.get(document.uri.toString())) throw error;
            const reason = readFailureReason(error);
            if (reason) recordUnreadable(document.uri.toString(), reason);
            this.langiumDocuments.deleteDocument(document.uri);
            this.cleanUpDeleted(document);
            return;
        }
        document.state = DocumentState.Parsed;
        await this.notifyDocumentPhase(document, DocumentState.Parsed, cancelToken);
    }

    private async loadFromDisk(uri: URI, cancelToken: CancellationToken): Promise<LangiumDocument | undefined> {
        if (this.langiumDocuments.hasDocument(uri)) return undefined;
        try {
            if (!await this.fileSystemProvider.exists(uri)) return undefined;
            // Reading a FIFO named `x.lift` would block the build forever.
            if (!(await this.fileSystemProvider.stat(uri)).isFile) {
                recordUnreadable(uri.toString(), unreadableReason(uri.toString()) ?? 'it is not a regular file');
                return undefined;
            }
            const document = await this.langiumDocuments.getOrCreateDocument(uri, cancelToken);
            recordReadable(uri.toString());
            return document;
        } catch (error) {
            // Unreadable (a folder, no permission, an exotic URI scheme): import-not-found explains it.
            const reason = readFailureReason(error);
            if (reason) recordUnreadable(uri.toString(), reason);
            return undefined;
        }
    }
}
