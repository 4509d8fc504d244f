// The language server's workspace: every `.lift` file of the folders and the built-in
// library (loaded first, so a folder that contains it does not load it twice).

import { DefaultWorkspaceManager, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
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
}
