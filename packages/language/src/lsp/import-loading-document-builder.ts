// The editor's workspace is the folders it opened, but a plan may import a file outside
// them, or the client may open a single file with no folder at all. Before every build,
// the files that the built documents import (directly or through each other) and that
// exist on disk are loaded, so `import-not-found` only ever reports a file that is missing.
// The CLI loads imports itself (loadDocuments), so there this finds nothing to do.

import {
    DefaultDocumentBuilder, DocumentState, OperationCancelled, URI, UriUtils, interruptAndCheck, type BuildOptions, type LangiumDocument
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
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
        const imported = await this.loadImportedFiles(documents, cancelToken);
        await super.buildDocuments([...documents, ...imported], options, cancelToken);
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

    /** A changed document is parsed here rather than in the build's first phase: its imports are needed now. */
    private async parseEarly(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        if (document.state >= DocumentState.Parsed) return;
        await interruptAndCheck(cancelToken);
        await this.langiumDocumentFactory.update(document, cancelToken);
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
