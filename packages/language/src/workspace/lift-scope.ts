// Scoping (LANGUAGE.md, "Top level of a file"): sessions, warm-ups and exercises are
// exported; a reference sees the file's own declarations (local scope), then the built-in
// library and the files the document imports directly (global scope, filtered).

import {
    AstUtils, DefaultIndexManager, DefaultScopeComputation, DefaultScopeProvider, WorkspaceCache,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument,
    type LangiumSharedCoreServices, type ReferenceInfo, type Scope
} from 'langium';
import { isExercise, isSession, isWarmup } from '../generated/ast.js';
import { builtinLibrarySource } from '../builtin/builtin-library.js';
import { importedUris } from './imports.js';

export function isDeclaration(node: AstNode): boolean {
    return isSession(node) || isWarmup(node) || isExercise(node);
}

export class LiftScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (isDeclaration(node)) super.addExportedSymbol(node, exports, document);
    }
}

export class LiftScopeProvider extends DefaultScopeProvider {
    // Cleared on any change in the workspace, not only the document's own: a plan's scope
    // holds what its imported files declare, and must not outlive an edit to one of them.
    private readonly visibleScopes: WorkspaceCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.visibleScopes = new WorkspaceCache(services.shared);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        return this.visibleScopes.get(`${document.uri.toString()}|${referenceType}`, () => {
            const uris = new Set([builtinLibrarySource().uri.toString(), ...importedUris(document)]);
            uris.delete(document.uri.toString());
            return this.createScope(this.indexManager.allElements(referenceType, uris).toArray());
        });
    }
}

/** A plan that imports a library is affected when that library changes, even where no reference resolved yet. */
export class LiftIndexManager extends DefaultIndexManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        return importedUris(document).some(uri => changedUris.has(uri)) || super.isAffected(document, changedUris);
    }
}
