// Writes docs/rules/ID.md for every rule, and docs/rules/README.md as their index, from the
// rules' own metadata. Run it after `npm run build`:
//
//     node scripts/generate-rule-docs.mjs
//
// The test test/rules/rule-docs.test.ts fails when the pages on disk differ from what the
// metadata renders, so run this whenever a rule's metadata changes.

import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_RULES, renderRuleDoc, renderRuleIndex, ruleDocFileName } from '../packages/language/out/index.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
mkdirSync(folder, { recursive: true });

const pages = new Map(ALL_RULES.map(rule => [ruleDocFileName(rule), renderRuleDoc(rule)]));
pages.set('README.md', renderRuleIndex(ALL_RULES));

// A page of a rule that no longer exists would mislead: remove it.
for (const name of readdirSync(folder)) {
    if (name.endsWith('.md') && !pages.has(name)) {
        rmSync(join(folder, name));
        console.log(`removed docs/rules/${name}`);
    }
}
for (const [name, text] of pages) writeFileSync(join(folder, name), text);
console.log(`wrote ${pages.size} pages to docs/rules/`);
