// Scoping (docs/language.md, "Top level of a file"): sessions, warm-ups and exercises are
// exported; a reference sees the file's own declarations (local scope), then the built-in
// library and the files the document imports directly (global scope, filtered).
//
// Every scope is a map by name, built once per document state and reference type. Langium's
// default scopes are streams searched from the start for each reference, which made linking
// quadratic: a library of 16,000 sessions took 39 s to link. Where a name is declared twice,
// the first declaration wins, as it did with the streams (duplicate-name reports the second).

import {
    AstUtils, Cancellation, DefaultIndexManager, MultiMap, DefaultScopeComputation, DefaultScopeProvider, EMPTY_STREAM, WorkspaceCache,
    interruptAndCheck, stream,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument,
    type LangiumSharedCoreServices, type LocalSymbols, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { isExercise, isSession, isWarmup } from '../generated/ast.js';
import { builtinLibrarySource } from '../builtin/builtin-library.js';
import { importedUris } from './imports.js';

export function isDeclaration(node: AstNode): boolean {
    return isSession(node) || isWarmup(node) || isExercise(node);
}

export class LiftScopeComputation extends DefaultScopeComputation {
    /**
     * Declarations stand at the top of a file only, and nothing refers to other named
     * things (plans, phases, athletes): the local symbols are the file's declarations.
     * Langium's default describes every named node of the tree, which cost a keystroke in
     * a long plan several milliseconds for names no one looks up.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        await interruptAndCheck(cancelToken);
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const node of AstUtils.streamContents(document.parseResult.value)) {
            if (isDeclaration(node)) this.addLocalSymbol(node, document, symbols);
        }
        return symbols;
    }

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

    /** Local names by the document's current local symbols (replaced whenever scopes are computed anew), then by container and type. */
    private readonly localNames = new WeakMap<object, Map<AstNode, Map<string, Map<string, AstNodeDescription>>>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        let result = this.getGlobalScope(referenceType, context);
        if (!localSymbols) return result;
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols.has(node)) containers.push(node);
        }
        // Outermost first, so that inner declarations shadow outer ones.
        for (const container of containers.reverse()) {
            result = new NameMapScope(this.namesIn(localSymbols, container, referenceType), result);
        }
        return result;
    }

    private namesIn(localSymbols: NonNullable<LangiumDocument['localSymbols']>, container: AstNode, referenceType: string): Map<string, AstNodeDescription> {
        let byContainer = this.localNames.get(localSymbols);
        if (!byContainer) this.localNames.set(localSymbols, byContainer = new Map());
        let byType = byContainer.get(container);
        if (!byType) byContainer.set(container, byType = new Map());
        let names = byType.get(referenceType);
        if (!names) {
            names = firstByName(localSymbols.getStream(container).filter(description => this.reflection.isSubtype(description.type, referenceType)));
            byType.set(referenceType, names);
        }
        return names;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        return this.visibleScopes.get(`${document.uri.toString()}|${referenceType}`, () => {
            const uris = new Set([builtinLibrarySource().uri.toString(), ...importedUris(document)]);
            uris.delete(document.uri.toString());
            return new NameMapScope(firstByName(this.indexManager.allElements(referenceType, uris)));
        });
    }
}

/** One description per name, the first one given. */
function firstByName(descriptions: Iterable<AstNodeDescription>): Map<string, AstNodeDescription> {
    const byName = new Map<string, AstNodeDescription>();
    for (const description of descriptions) {
        if (!byName.has(description.name)) byName.set(description.name, description);
    }
    return byName;
}

/** A scope over a prepared map of names (Langium's MapScope copies its elements on every construction). */
class NameMapScope implements Scope {
    constructor(private readonly names: Map<string, AstNodeDescription>, private readonly outer?: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.names.get(name) ?? this.outer?.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const own = this.names.get(name);
        const rest = this.outer ? this.outer.getElements(name) : EMPTY_STREAM;
        return own ? stream([own]).concat(rest) : rest;
    }

    getAllElements(): Stream<AstNodeDescription> {
        const own = stream(this.names).map(([, description]) => description);
        return this.outer ? own.concat(this.outer.getAllElements()) : own;
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
