// The public face of @lift/language: services, the resolved plan, rules and emitters.

export * from './lift-module.js';
export * as ast from './generated/ast.js';
export { LiftLanguageMetaData } from './generated/module.js';
export * from './model/vocabulary.js';
export * from './model/quantities.js';
export * from './model/calendar-values.js';
export * from './plan/resolved-plan.js';
export * from './plan/run-steps.js';
export { progressionSteps, resolvePlan } from './plan/resolve-plan.js';
export { PlanResolver } from './plan/plan-resolver.js';
export * from './rules/rule.js';
export { ALL_RULES, findRule, isKnownRule, ruleDocumentationUri, setRuleDocumentationBase } from './rules/registry.js';
export { runRules, fromLspSeverity, toLspSeverity, ruleOf, type LiftDiagnosticData } from './rules/rule-runner.js';
export * from './builtin/builtin-library.js';
export * from './workspace/imports.js';
export * from './workspace/load-documents.js';
export * from './emit/emitters.js';
export { planToJson } from './emit/json/plan-to-json.js';
export { PlanJsonSchema, planJsonSchemaDocument, PLAN_SCHEMA_ID, type PlanJson } from './emit/json/plan-schema.js';
export { startLiftLanguageServer } from './lsp/start-language-server.js';
export { renderRuleDoc, renderRuleIndex, ruleDocFileName } from './rules/rule-docs.js';
export * from './format/index.js';
export { icsEmitter, planToIcs, dtstamp } from './emit/ics/ics-emitter.js';
export { htmlEmitter, planToHtml } from './emit/html/html-emitter.js';
export { planNotes, withoutOccurrences, type PlanNote, type PlanNotes } from './emit/diagnostic-days.js';
export { markdownEmitter, planToMarkdown } from './emit/markdown/markdown-emitter.js';
export { LiftLspModule } from './lsp/lift-lsp-module.js';
