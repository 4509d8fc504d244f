// What a rule is: a small module with its metadata and thresholds beside its check
// (docs/architecture.md).
// A rule only finds problems and says where; the rule runner alone applies the plan's
// severities, suppression comments and once-per-source-place grouping.

import type { Temporal } from 'temporal-polyfill';
import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { LiftFile } from '../generated/ast.js';
import type { Severity } from '../model/vocabulary.js';
import type { ResolvedPlan } from '../plan/resolved-plan.js';

export interface RuleMeta {
    /** Stable id used in diagnostics, `rules { }`, suppressions and docs. */
    id: string;
    /** Structural checks guard the language; coaching rules come from the guide. */
    category: 'structural' | 'coaching';
    defaultSeverity: Severity;
    /** Where the rule reports, in a coach's words ("the exercise line"). */
    reportsAt: string;
    /** One line for `lift rules`. */
    summary: string;
    /**
     * Why the rule exists, in a sentence or two: what a hover on its diagnostic shows
     * beside the message (the whole page is one link away).
     */
    reason: string;
    /** Markdown paragraphs: what the rule checks, its thresholds and the guide's reason. */
    explanation: string;
    /** A short `.lift` snippet that triggers the rule, and one that does not. */
    example?: { bad: string; good?: string };
    /**
     * Whether `rules { }` and suppressions may change the rule. Checks without which the
     * plan has no meaning (syntax, names, dates) always stay errors.
     */
    configurable: boolean;
}

export interface RelatedPlace {
    node: AstNode;
    property?: string;
    message: string;
}

export interface RuleReport {
    node: AstNode;
    property?: string;
    index?: number;
    keyword?: string;
    /** An explicit range wins over node/property (parser errors have no node). */
    range?: Range;
    message: string;
    /** This report's own default severity where the rule has graded ones (taper, effort). */
    severity?: Severity;
    /** Calendar occurrences: reports of one place are merged and their dates listed. */
    dates?: Temporal.PlainDate[];
    weeks?: number[];
    related?: RelatedPlace[];
    /** Facts a quick fix needs (the run to move after, the value to clamp to). */
    data?: Record<string, unknown>;
}

export interface RuleContext {
    document: LangiumDocument;
    file: LiftFile;
    /** The resolved plan of this file, when it has a plan with a valid start. */
    plan?: ResolvedPlan;
    /** Every document in the workspace, for checks that look across imports. */
    documents: { getDocument(uri: string): LangiumDocument | undefined };
    /** Every rule id Lift knows; given by the runner so that no rule imports the registry. */
    knownRuleIds: ReadonlySet<string>;
    report(report: RuleReport): void;
}

export interface Rule extends RuleMeta {
    check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
    return rule;
}
