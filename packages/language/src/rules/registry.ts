// Every rule Lift knows: the structural checks, then the coaching rules, each group in the
// order of its table in docs/rules/README.md (`lift rules` lists them the same way).

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COACHING_RULES } from './coaching/index.js';
import type { Rule } from './rule.js';
import { STRUCTURAL_RULES } from './structural/index.js';

export const ALL_RULES: readonly Rule[] = [...STRUCTURAL_RULES, ...COACHING_RULES];

const BY_ID = new Map(ALL_RULES.map(rule => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
    return BY_ID.get(id);
}

export function isKnownRule(id: string): boolean {
    return BY_ID.has(id);
}

let docsBase: string | undefined;

/** Where rule pages live (`docs/rules/ID.md`); bundles that ship the pages elsewhere set it. */
export function setRuleDocumentationBase(base: string): void {
    docsBase = base.endsWith('/') ? base : `${base}/`;
}

export function ruleDocumentationUri(id: string): string {
    docsBase ??= safeDefaultBase();
    return `${docsBase}${id}.md`;
}

function safeDefaultBase(): string {
    // The repository's docs/rules/: four folders up from packages/language/src/rules/ (or
    // out/rules/), three from a bundle in packages/cli/dist/.
    for (const relative of ['../../../../docs/rules/', '../../../docs/rules/']) {
        try {
            const url = new URL(relative, import.meta.url);
            if (existsSync(fileURLToPath(url))) return url.href;
        } catch {
            // try the next place
        }
    }
    return pathToFileURL('docs/rules/').href;
}
