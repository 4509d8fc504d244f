// The Lift services: one Langium module used by the CLI, the language server, the VS Code
// extension and the tests alike. There is no second parser and no second validator.
//
// The Lift module itself is in lift-core-module.ts, on Langium's core services (what the
// CLI runs); this file puts it under Langium's LSP module for the editor.

import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices
} from 'langium/lsp';
import { LiftGeneratedModule, LiftGeneratedSharedModule } from './generated/module.js';
import { LiftModule, LiftSharedModule, type LiftAddedServices } from './lift-core-module.js';

export * from './lift-core-module.js';

/** The Lift services with the editor's (language server, VS Code, tests of editor features). */
export type LiftServices = LangiumServices & LiftAddedServices;

export type LiftModuleExtension = Module<LiftServices, DeepPartial<LiftServices>>;

/**
 * Creates the shared services and the Lift language services. `extensions` lets the
 * language server add its editor features without the CLI paying for them.
 */
export function createLiftServices(context: DefaultSharedModuleContext, ...extensions: LiftModuleExtension[]): {
    shared: LangiumSharedServices;
    Lift: LiftServices;
} {
    // The core modules' factories read core services only, which the full services include.
    const sharedModule = LiftSharedModule as Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>>;
    const liftModule = LiftModule as unknown as LiftModuleExtension;
    const shared = inject(createDefaultSharedModule(context), LiftGeneratedSharedModule, sharedModule);
    const Lift = inject(createDefaultModule({ shared }), LiftGeneratedModule, liftModule, ...extensions as Module<LiftServices>[]);
    shared.ServiceRegistry.register(Lift);
    return { shared, Lift };
}
