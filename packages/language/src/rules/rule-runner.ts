// The rule runner: runs every rule on a document and alone applies what rules must not do
// themselves — the plan's `rules { }` severities, suppression comments, and grouping of a
// calendar rule's reports into one diagnostic per source place.

import { getDiagnosticRange, type AstNode, type LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { AstUtils, Cancellation, OperationCancelled } from 'langium';
import type { LiftFile } from '../generated/ast.js';
import type { Severity, SeveritySetting } from '../model/vocabulary.js';
import type { ResolvedPlan } from '../plan/resolved-plan.js';
import { formatOccurrences, uniqueDates } from './occurrences.js';
import { ALL_RULES, findRule, ruleDocumentationUri } from './registry.js';
import type { Rule, RuleContext, RuleReport } from './rule.js';
import { findSuppressions, isSuppressed } from './suppressions.js';

export interface RunRulesInput {
    document: LangiumDocument;
    plan?: ResolvedPlan;
    rules: readonly Rule[];
    documents: RuleContext['documents'];
    /** Checked between rules: an editor that typed on stops a stale validation early. */
    cancelToken?: Cancellation.CancellationToken;
}

interface TaggedReport {
    rule: Rule;
    report: RuleReport;
}

/** Data every Lift diagnostic carries, for reporters and quick fixes. */
export interface LiftDiagnosticData {
    rule: string;
    /** ISO dates the diagnostic covers, for calendar rules. */
    dates?: string[];
    /** The message without the "(weeks 1–6: …)" tail, for places that already name the day. */
    messageWithoutDates: string;
    [key: string]: unknown;
}

export function runRules(input: RunRulesInput): Diagnostic[] {
    const file = input.document.parseResult.value as LiftFile;
    const reports: TaggedReport[] = [];
    const context: RuleContext = {
        document: input.document,
        file,
        plan: input.plan,
        documents: input.documents,
        knownRuleIds: new Set(ALL_RULES.map(rule => rule.id)),
        report: () => undefined
    };
    for (const rule of input.rules) {
        if (input.cancelToken?.isCancellationRequested) throw OperationCancelled;
        context.report = report => reports.push({ rule, report });
        try {
            rule.check(context);
        } catch (error) {
            // A rule that fails on a half-written file must not take the others down with it.
            console.error(`Lift: rule ${rule.id} failed on ${input.document.uri.toString()}:`, error);
        }
    }
    const severities = configuredSeverities(file);
    const suppressions = findSuppressions(input.document);
    const diagnostics: Diagnostic[] = [];
    for (const group of groupByPlace(reports)) {
        const { rule } = group[0];
        const severity = effectiveSeverity(rule, group, severities);
        if (severity === 'off') continue;
        const range = rangeOf(group[0].report);
        if (rule.configurable && isSuppressed(suppressions, rule.id, range.start.line)) continue;
        diagnostics.push(toDiagnostic(rule, group, severity, range));
    }
    return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** `rules { RULE-ID SEVERITY }` of the file's plan; library files use the defaults. */
export function configuredSeverities(file: LiftFile): Map<string, SeveritySetting> {
    const settings = new Map<string, SeveritySetting>();
    for (const block of file.plans[0]?.ruleBlocks ?? []) {
        for (const setting of block.settings) settings.set(setting.rule, setting.severity as SeveritySetting);
    }
    return settings;
}

function effectiveSeverity(rule: Rule, group: TaggedReport[], settings: Map<string, SeveritySetting>): SeveritySetting {
    const configured = rule.configurable ? settings.get(rule.id) : undefined;
    if (configured) return configured;
    return mostSevere(group.map(({ report }) => report.severity ?? rule.defaultSeverity));
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function mostSevere(severities: Severity[]): Severity {
    return severities.reduce((worst, next) => (RANK[next] > RANK[worst] ? next : worst));
}

function rangeOf(report: RuleReport) {
    return getDiagnosticRange({ node: report.node, property: report.property, index: report.index, keyword: report.keyword, range: report.range });
}

/** Reports of one rule at one source place become one diagnostic. */
function groupByPlace(reports: TaggedReport[]): TaggedReport[][] {
    const groups = new Map<string, TaggedReport[]>();
    for (const tagged of reports) {
        const range = rangeOf(tagged.report);
        // Calendar reports (with dates) of one place merge; distinct undated findings at one place stay apart.
        const dated = (tagged.report.dates?.length ?? 0) > 0 || (tagged.report.weeks?.length ?? 0) > 0;
        const key = `${tagged.rule.id}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}${dated ? '' : `#${tagged.report.message}`}`;
        const group = groups.get(key);
        if (group) group.push(tagged);
        else groups.set(key, [tagged]);
    }
    return [...groups.values()];
}

function toDiagnostic(rule: Rule, group: TaggedReport[], severity: Severity, range: Diagnostic['range']): Diagnostic {
    // The most severe report speaks for the place; the others add their dates.
    const lead = group.find(({ report }) => (report.severity ?? rule.defaultSeverity) === mostSevere(group.map(g => g.report.severity ?? rule.defaultSeverity)))!.report;
    const dates = uniqueDates(group.flatMap(({ report }) => report.dates ?? []));
    const weeks = group.flatMap(({ report }) => report.weeks ?? []);
    const data: LiftDiagnosticData = { ...lead.data, rule: rule.id, messageWithoutDates: lead.message };
    if (dates.length > 0) data.dates = dates.map(date => date.toString());
    return {
        range,
        severity: toLspSeverity(severity),
        code: rule.id,
        codeDescription: { href: ruleDocumentationUri(rule.id) },
        source: 'lift',
        message: lead.message + (dates.length > 0 || weeks.length > 0 ? formatOccurrences(dates, weeks) : ''),
        relatedInformation: relatedInformation(group),
        data
    };
}

function relatedInformation(group: TaggedReport[]): DiagnosticRelatedInformation[] | undefined {
    const seen = new Set<string>();
    const related: DiagnosticRelatedInformation[] = [];
    for (const { report } of group) {
        for (const place of report.related ?? []) {
            const uri = AstUtils.getDocument(place.node).uri.toString();
            const range = getDiagnosticRange({ node: place.node as AstNode, property: place.property });
            const key = `${uri}#${range.start.line}:${range.start.character}#${place.message}`;
            if (seen.has(key)) continue;
            seen.add(key);
            related.push({ location: { uri, range }, message: place.message });
        }
    }
    return related.length > 0 ? related : undefined;
}

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
    switch (severity) {
        case 'error': return DiagnosticSeverity.Error;
        case 'warning': return DiagnosticSeverity.Warning;
        default: return DiagnosticSeverity.Information;
    }
}

export function fromLspSeverity(severity: DiagnosticSeverity | undefined): Severity {
    if (severity === DiagnosticSeverity.Error) return 'error';
    if (severity === DiagnosticSeverity.Warning) return 'warning';
    return 'info';
}

/** The rule id of a Lift diagnostic. */
export function ruleOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.code === 'string' ? diagnostic.code : findRule(String(diagnostic.code))?.id ?? 'syntax';
}
