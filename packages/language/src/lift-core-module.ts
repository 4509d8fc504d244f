// The Lift services on Langium's core services: parsing, linking, validation and the
// resolved plan — everything `lift check`, `build` and `fmt` use. The editor features are
// added on top by lift-module.ts; keeping them out of this file lets the CLI's bundle
// leave the language server's stack (Langium's LSP module, vscode-languageserver)
// unevaluated for every command but `lift lsp` (see core.ts).

import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject, type DeepPartial, type DefaultSharedCoreModuleContext,
    type LangiumCoreServices, type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices
} from 'langium';
import { LiftGeneratedModule, LiftGeneratedSharedModule } from './generated/module.js';
import { ImportLoadingDocumentBuilder } from './lsp/import-loading-document-builder.js';
import { createLiftParser } from './parser/linear-hidden-tokens.js';
import { LiftLexer } from './parser/lift-lexer.js';
import { LiftParserErrorMessageProvider } from './parser/lift-parser-messages.js';
import { LiftTokenBuilder } from './parser/lift-token-builder.js';
import { LiftValueConverter } from './parser/lift-value-converter.js';
import { parsedTokens } from './parser/parsed-tokens.js';
import { PlanResolver } from './plan/plan-resolver.js';
import type { LiftServices } from './lift-module.js';
import { LiftDocumentValidator } from './validation/lift-document-validator.js';
import { LiftLinker, LiftReferenceDescriptionProvider, NoReferenceDescriptions } from './workspace/lift-linker.js';
import { LiftIndexManager, LiftScopeComputation, LiftScopeProvider } from './workspace/lift-scope.js';
import { LiftWorkspaceManager } from './workspace/lift-workspace-manager.js';

export interface LiftAddedServices {
    plan: {
        PlanResolver: PlanResolver;
    };
}

/** The Lift services without the editor's: all that checking, building and formatting read. */
export type LiftCoreServices = LangiumCoreServices & LiftAddedServices;

export const LiftModule: Module<LiftCoreServices, PartialLangiumCoreServices & LiftAddedServices> = {
    parser: {
        LangiumParser: services => createLiftParser(services),
        Lexer: services => new LiftLexer(services),
        ParserErrorMessageProvider: services => new LiftParserErrorMessageProvider(() => parsedTokens(services)),
        ValueConverter: () => new LiftValueConverter(),
        TokenBuilder: () => new LiftTokenBuilder()
    },
    references: {
        Linker: services => new LiftLinker(services),
        ScopeComputation: services => new LiftScopeComputation(services),
        ScopeProvider: services => new LiftScopeProvider(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new LiftReferenceDescriptionProvider(services)
    },
    validation: {
        // The validator declares the full services but reads only core ones.
        DocumentValidator: services => new LiftDocumentValidator(services as LiftServices)
    },
    plan: {
        PlanResolver: services => new PlanResolver(services.shared)
    }
};

/** A module that changes some of the core services (the commands' CommandLineModule). */
export type LiftCoreModuleExtension = Module<LiftCoreServices, DeepPartial<LiftCoreServices>>;

/**
 * What the `lift` commands change: they check and build, and never ask where a name is
 * used, so they keep no index of references (workspace/lift-linker.ts).
 */
export const CommandLineModule: LiftCoreModuleExtension = {
    workspace: {
        ReferenceDescriptionProvider: services => new NoReferenceDescriptions(services)
    }
};

export const LiftSharedModule: Module<LangiumSharedCoreServices, DeepPartial<LangiumSharedCoreServices>> = {
    workspace: {
        DocumentBuilder: services => new ImportLoadingDocumentBuilder(services),
        IndexManager: services => new LiftIndexManager(services),
        WorkspaceManager: services => new LiftWorkspaceManager(services)
    }
};

/**
 * Creates the shared services and the Lift language services without the editor features
 * (the CLI's, with CommandLineModule). Parsing, linking, validation and the resolved plan are those of
 * `createLiftServices`.
 */
export function createLiftCoreServices(context: DefaultSharedCoreModuleContext, ...extensions: LiftCoreModuleExtension[]): {
    shared: LangiumSharedCoreServices;
    Lift: LiftCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), LiftGeneratedSharedModule, LiftSharedModule);
    const Lift = inject(createDefaultCoreModule({ shared }), LiftGeneratedModule, LiftModule, ...extensions as Module<LiftCoreServices>[]);
    shared.ServiceRegistry.register(Lift);
    return { shared, Lift };
}
