// @lift/language/core: everything of @lift/language but the language server and the editor
// features (what the `lift` commands use). Importing this instead of the full entry keeps
// vscode-languageserver and Langium's LSP services out of a bundle's start-up path: the CLI
// bundle evaluates them only when `lift lsp` loads the full entry (packages/cli/src/commands/lsp-command.ts).

export * from './lift-core-module.js';
export * as ast from './generated/ast.js';
export { LiftLanguageMetaData } from './generated/module.js';
export * from './model/vocabulary.js';
export * from './model/quantities.js';
export * from './model/calendar-values.js';
export * from './model/bounds.js';
export * from './plan/resolved-plan.js';
export * from './plan/run-steps.js';
export { progressionSteps, resolvePlan } from './plan/resolve-plan.js';
export { PlanResolver } from './plan/plan-resolver.js';
export * from './rules/rule.js';
export { defineRule } from './rules/rule.js';
export { ALL_RULES, findRule, isKnownRule, ruleDocumentationUri, setRuleDocumentationBase } from './rules/registry.js';
export { runRules, fromLspSeverity, toLspSeverity, ruleOf, type LiftDiagnosticData } from './rules/rule-runner.js';
export * from './builtin/builtin-library.js';
export * from './workspace/imports.js';
export * from './workspace/load-documents.js';
export * from './workspace/unreadable-files.js';
export * from './emit/emitters.js';
export { planToJson } from './emit/json/plan-to-json.js';
export { PlanJsonSchema, planJsonSchemaDocument, PLAN_SCHEMA_ID, type PlanJson } from './emit/json/plan-schema.js';
export { renderRuleDoc, renderRuleIndex, ruleDocFileName } from './rules/rule-docs.js';
export * from './format/index.js';
export { icsEmitter, planToIcs, dtstamp } from './emit/ics/ics-emitter.js';
export { htmlEmitter, planToHtml } from './emit/html/html-emitter.js';
export { messageWithoutDates, planNotes, type PlanNote, type PlanNotes } from './emit/diagnostic-days.js';
export { markdownEmitter, planToMarkdown } from './emit/markdown/markdown-emitter.js';
export { fitEmitter } from './emit/fit/fit-emitter.js';
export { planWorkouts } from './emit/fit/plan-workouts.js';
export type { FitStep, FitWorkout } from './emit/fit/workout-steps.js';
export { FIT_EXERCISES, type FitExercise } from './builtin/fit-exercises.js';
export { intervalsEmitter, planToIntervals, type IntervalsEvent } from './emit/intervals/intervals-emitter.js';
export { buildPlan, buildPlanFiles, buildSettingsRefusal, isBuildRefusal, type BuildOutput, type BuildRefusal, type BuildResult, type FolderBuildOutput } from './build/build-plan.js';
export { closestNames } from './lsp/closest-names.js';
export { listOf, plural } from './rules/english.js';
export { vscodeSnippets, vscodeSnippetsFile } from './lsp/vscode-snippets.js';
