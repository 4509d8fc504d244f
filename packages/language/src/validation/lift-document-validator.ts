// Lift validates a document through its rule runner only: parser and linker errors are
// reported by the `syntax` and `unresolved-reference` rules, so that every diagnostic
// carries a rule id and passes through the same severities and suppressions.

import { DefaultDocumentValidator, URI, interruptAndCheck, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LiftServices } from '../lift-module.js';
import type { PlanResolver } from '../plan/plan-resolver.js';
import { ALL_RULES } from '../rules/registry.js';
import { runRules } from '../rules/rule-runner.js';

export class LiftDocumentValidator extends DefaultDocumentValidator {
    private readonly planResolver: PlanResolver;
    private readonly services: LiftServices;

    constructor(services: LiftServices) {
        super(services);
        this.services = services;
        this.planResolver = services.plan.PlanResolver;
    }

    override async validateDocument(document: LangiumDocument, _options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const documents = this.services.shared.workspace.LangiumDocuments;
        // While someone types, a newer edit may already be waiting: give it the chance to
        // cancel this check before the calendar is resolved and again before the rules run
        // (the builder then checks the newer text instead of finishing stale diagnostics).
        if (cancelToken) await interruptAndCheck(cancelToken);
        const plan = this.planResolver.resolve(document);
        if (cancelToken) await interruptAndCheck(cancelToken);
        return runRules({
            document,
            plan,
            rules: ALL_RULES,
            cancelToken,
            documents: {
                getDocument: uri => documents.getDocument(URI.parse(uri))
            }
        });
    }
}
