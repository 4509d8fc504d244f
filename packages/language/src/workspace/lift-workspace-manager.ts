// The language server's workspace: every `.lift` file of the folders and the built-in
// library (loaded first, so a folder that contains it does not load it twice). Build
// output folders are skipped: a bundle's copy of the built-in library (the VS Code
// extension's dist/builtin/) would otherwise declare every exercise a second time.

import { DefaultWorkspaceManager, UriUtils, type FileSystemNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

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

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (entry.isDirectory && SKIPPED_FOLDERS.has(UriUtils.basename(entry.uri))) return false;
        return super.shouldIncludeEntry(entry);
    }
}
