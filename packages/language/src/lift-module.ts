// The Lift services: one Langium module used by the CLI, the language server, the VS Code
// extension and the tests alike. There is no second parser and no second validator.

import {
    inject, type DeepPartial, type LangiumSharedCoreServices, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { LiftGeneratedModule, LiftGeneratedSharedModule } from './generated/module.js';
import { ImportLoadingDocumentBuilder } from './lsp/import-loading-document-builder.js';
import { createLiftParser } from './parser/linear-hidden-tokens.js';
import { LiftLexer } from './parser/lift-lexer.js';
import { LiftParserErrorMessageProvider } from './parser/lift-parser-messages.js';
import { LiftValueConverter } from './parser/lift-value-converter.js';
import { parsedTokens } from './parser/parsed-tokens.js';
import { PlanResolver } from './plan/plan-resolver.js';
import { LiftDocumentValidator } from './validation/lift-document-validator.js';
import { LiftLinker, LiftReferenceDescriptionProvider, NoReferenceDescriptions } from './workspace/lift-linker.js';
import { LiftIndexManager, LiftScopeComputation, LiftScopeProvider } from './workspace/lift-scope.js';
import { LiftWorkspaceManager } from './workspace/lift-workspace-manager.js';

export interface LiftAddedServices {
    plan: {
        PlanResolver: PlanResolver;
    };
}

export type LiftServices = LangiumServices & LiftAddedServices;

export type LiftModuleExtension = Module<LiftServices, DeepPartial<LiftServices>>;

export const LiftModule: Module<LiftServices, PartialLangiumServices & LiftAddedServices> = {
    parser: {
        LangiumParser: services => createLiftParser(services),
        Lexer: services => new LiftLexer(services),
        ParserErrorMessageProvider: services => new LiftParserErrorMessageProvider(() => parsedTokens(services)),
        ValueConverter: () => new LiftValueConverter()
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
        DocumentValidator: services => new LiftDocumentValidator(services as LiftServices)
    },
    plan: {
        PlanResolver: services => new PlanResolver(services.shared)
    }
};

/**
 * What the `lift` commands change: they check and build, and never ask where a name is
 * used, so they keep no index of references (workspace/lift-linker.ts).
 */
export const CommandLineModule: LiftModuleExtension = {
    workspace: {
        ReferenceDescriptionProvider: services => new NoReferenceDescriptions(services)
    }
};

export const LiftSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        DocumentBuilder: services => new ImportLoadingDocumentBuilder(services),
        IndexManager: services => new LiftIndexManager(services as LangiumSharedCoreServices),
        WorkspaceManager: services => new LiftWorkspaceManager(services)
    }
};

/**
 * Creates the shared services and the Lift language services. `extensions` lets the
 * language server add its editor features without the CLI paying for them.
 */
export function createLiftServices(context: DefaultSharedModuleContext, ...extensions: LiftModuleExtension[]): {
    shared: LangiumSharedServices;
    Lift: LiftServices;
} {
    const shared = inject(createDefaultSharedModule(context), LiftGeneratedSharedModule, LiftSharedModule);
    const Lift = inject(createDefaultModule({ shared }), LiftGeneratedModule, LiftModule, ...extensions as Module<LiftServices>[]);
    shared.ServiceRegistry.register(Lift);
    return { shared, Lift };
}
