// The language server's workspace: every `.lift` file of the folders and the built-in
// library (loaded first, so a folder that contains it does not load it twice). Build
// output folders are skipped: a bundle's copy of the built-in library (the VS Code
// extension's dist/builtin/) would otherwise declare every exercise a second time.
//
// The folders' files are listed at start-up but neither read nor parsed: the first build
// does that, after the files open in the editor (ImportLoadingDocumentBuilder), so a large
// folder does not hold up the open plan's diagnostics.

import {
    DefaultWorkspaceManager, DocumentState, UriUtils,
    type FileSystemNode, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type URI
} from 'langium';

const SKIPPED_FOLDERS = new Set(['dist', 'out', 'node_modules']);
import type { WorkspaceFolder } from 'vscode-languageserver-types';
import { ensureBuiltinLibrary, builtinLibrarySource } from '../builtin/builtin-library.js';

export class LiftWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedCoreServices;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.shared = services;
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        const { uri } = builtinLibrarySource();
        if (!this.shared.workspace.LangiumDocuments.hasDocument(uri)) collector(ensureBuiltinLibrary(this.shared));
    }

    /** Documents not parsed yet (state Changed), as Langium's builder makes for files it learns of in an update. */
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        for (const uri of uris) {
            const document = this.shared.workspace.LangiumDocumentFactory.fromModel({ $type: 'INVALID' }, uri);
            document.state = DocumentState.Changed;
            collector(document);
        }
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory && SKIPPED_FOLDERS.has(UriUtils.basename(entry.uri))) return false;
        return super.shouldIncludeEntry(entry);
    }
}
