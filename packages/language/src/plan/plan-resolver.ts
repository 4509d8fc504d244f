// The resolved plan as a service: computed once per document and workspace state, then
// shared by the rules, the emitters and the editor features.

import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { isLiftFile } from '../generated/ast.js';
import { resolvePlan } from './resolve-plan.js';
import type { ResolvedPlan } from './resolved-plan.js';

export class PlanResolver {
    // Cleared on any workspace change: a plan's calendar depends on the files it imports.
    private readonly cache: WorkspaceCache<string, ResolvedPlan | undefined>;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
    }

    /** The document's resolved plan, or undefined for a library or a plan without a valid start. */
    resolve(document: LangiumDocument): ResolvedPlan | undefined {
        const root = document.parseResult.value;
        if (!isLiftFile(root) || root.plans.length === 0) return undefined;
        const key = `${document.uri.toString()}@${document.textDocument.version}`;
        return this.cache.get(key, () => resolvePlan(root.plans[0]));
    }
}
