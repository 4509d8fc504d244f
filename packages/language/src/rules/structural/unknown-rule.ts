// `unknown-rule`: an id in `rules { }` or in a suppression comment that names no rule.

import { findSuppressions } from '../suppressions.js';
import { defineRule } from '../rule.js';

export const unknownRule = defineRule({
    id: 'unknown-rule',
    category: 'structural',
    defaultSeverity: 'warning',
    reason: 'A rule id that Lift does not know, usually a typo, silently configures nothing.',
    configurable: true,
    reportsAt: 'the rule id',
    summary: 'A rule id that Lift does not know.',
    explanation: 'The ids in `rules { }` and in `// lift-ignore` comments must name a rule; a misspelt one would silently change nothing. `lift rules` lists every id.',
    example: { bad: 'rules { recovery-24h off }', good: 'rules { recovery-48h off }' },
    check({ document, file, knownRuleIds, report }) {
        for (const setting of file.plans.flatMap(plan => plan.ruleBlocks).flatMap(block => block.settings)) {
            if (!knownRuleIds.has(setting.rule)) {
                report({ node: setting, property: 'rule', message: `There is no rule '${setting.rule}': run \`lift rules\` for the list of rule ids.` });
            }
        }
        for (const suppression of findSuppressions(document)) {
            if (!knownRuleIds.has(suppression.rule)) {
                report({ node: file, range: suppression.range, message: `There is no rule '${suppression.rule}' to ignore: run \`lift rules\` for the list of rule ids.` });
            }
        }
    }
});
