// Hover: what a coach wants to know about the word under the cursor. An exercise shows its
// pattern, muscles, level and cues; `lift X` the session with the loads of the weeks that
// line covers; a phase its dates; a day line the dates it falls on; a rule id its summary
// and reason. A diagnostic under the cursor comes first: its message, the rule's reason and
// a link to the rule's page; the name's own hover then shrinks to its first paragraph (the
// answer), so the whole hover stays on one screen.

import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Diagnostic, Hover, HoverParams, InitializeParams, Position } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { LiftServices } from '../lift-module.js';
import type { PlanResolver } from '../plan/plan-resolver.js';
import type { ResolvedPlan } from '../plan/resolved-plan.js';
import { overrideWeeks } from '../plan/week-overrides.js';
import { findRule, isKnownRule } from '../rules/registry.js';
import { ruleOf } from '../rules/rule-runner.js';
import { findSuppressions } from '../rules/suppressions.js';
import {
    dayLineMarkdown, exerciseMarkdown, phaseMarkdown, planMarkdown, raceMarkdown, scheduledLiftMarkdown,
    sessionMarkdown, warmupMarkdown, weekMarkdown
} from './hover-markdown.js';
import { diagnosticMarkdown, ruleMarkdown } from './hover-rule-markdown.js';
import { scheduledDaysOf, scheduledLiftsOf } from './plan-lookups.js';

export class LiftHoverProvider implements HoverProvider {
    private readonly planResolver: PlanResolver;
    private readonly nameRegexp: RegExp;

    private diagnosticMessages = true;

    constructor(services: LiftServices) {
        this.planResolver = services.plan.PlanResolver;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
        services.shared.lsp.LanguageServer.onInitialize(params => this.applyClientSettings(params));
    }

    /**
     * `diagnosticMessagesInHover: false`: the client shows a diagnostic's message above the
     * hover itself (VS Code does), so the hover gives the reason and the link only.
     */
    applyClientSettings(params: InitializeParams): void {
        const options = params.initializationOptions as { diagnosticMessagesInHover?: boolean } | undefined;
        this.diagnosticMessages = options?.diagnosticMessagesInHover !== false;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const diagnostics = this.diagnosticHover(document, params.position);
        const syntax = this.syntaxHover(document, offset);
        const sections = [
            ...diagnostics,
            ...this.suppressionHover(document, params.position),
            ...(diagnostics.length > 0 ? syntax.map(leadParagraph) : syntax)
        ];
        if (sections.length === 0) return undefined;
        return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } };
    }

    /** A rule id inside `// lift-ignore …`. */
    private suppressionHover(document: LangiumDocument, position: Position): string[] {
        const suppression = findSuppressions(document).find(candidate => contains(candidate.range, position));
        const rule = suppression && findRule(suppression.rule);
        return rule ? [ruleMarkdown(rule)] : [];
    }

    /** Each diagnostic whose range holds the cursor, most severe first. */
    private diagnosticHover(document: LangiumDocument, position: Position): string[] {
        const under = (document.diagnostics ?? []).filter(d => contains(d.range, position));
        return uniqueMessages(under)
            .sort((a, b) => (a.severity ?? 1) - (b.severity ?? 1))
            .flatMap(diagnostic => {
                const rule = findRule(ruleOf(diagnostic));
                return rule ? [{ diagnostic, rule }] : [];
            })
            .map(({ diagnostic, rule }, index) => diagnosticMarkdown(diagnostic, rule, { brief: index > 0, withoutMessage: !this.diagnosticMessages }));
    }

    private syntaxHover(document: LangiumDocument, offset: number): string[] {
        const leaf = CstUtils.findDeclarationNodeAtOffset(document.parseResult.value.$cstNode, offset, this.nameRegexp);
        if (!leaf || leaf.hidden) return [];
        const text = this.hoverFor(leaf, leaf.astNode, () => this.planResolver.resolve(document));
        return text ? [text] : [];
    }

    private hoverFor(leaf: CstNode, node: AstNode, plan: () => ResolvedPlan | undefined): string | undefined {
        if (ast.isExerciseLine(node) && isWithin(leaf, node.exercise.$refNode)) return node.exercise.ref && exerciseMarkdown(node.exercise.ref);
        if (ast.isMax(node) && isWithin(leaf, node.exercise.$refNode)) return node.exercise.ref && exerciseMarkdown(node.exercise.ref);
        if (ast.isExercise(node)) return exerciseMarkdown(node);
        if (ast.isLiftActivity(node)) return this.liftHover(node, plan());
        if (ast.isSession(node)) return isWithin(leaf, node.warmup?.$refNode) ? node.warmup?.ref && warmupMarkdown(node.warmup.ref) : sessionMarkdown(node);
        if (ast.isWarmup(node)) return warmupMarkdown(node);
        if (ast.isRuleSetting(node) && isWithin(leaf, propertyNode(node, 'rule'))) return isKnownRule(node.rule) ? ruleMarkdown(findRule(node.rule)!) : undefined;
        return this.calendarHover(node, plan());
    }

    private liftHover(node: ast.LiftActivity, plan: ResolvedPlan | undefined): string | undefined {
        const occurrences = plan ? scheduledLiftsOf(plan, node) : [];
        if (occurrences.length > 0) return scheduledLiftMarkdown(occurrences);
        return node.session.ref && sessionMarkdown(node.session.ref);
    }

    /** Places whose meaning is a date: the plan, a phase, a week override, a day line, a race. */
    private calendarHover(node: AstNode, plan: ResolvedPlan | undefined): string | undefined {
        if (!plan) return undefined;
        if (ast.isPlan(node)) return planMarkdown(plan);
        if (ast.isRace(node)) return raceMarkdown(plan, node);
        if (ast.isPhase(node)) {
            const phase = plan.phases.find(candidate => candidate.node === node);
            return phase && phaseMarkdown(phase);
        }
        if (ast.isWeekOverride(node)) {
            const week = plan.weeks.find(candidate => candidate.phase.node === node.$container && candidate.weekOfPhase === overrideWeeks(node)[0]);
            return week && weekMarkdown(week);
        }
        if (ast.isDayLine(node) || ast.isRunActivity(node) || ast.isRestActivity(node)) {
            const line = ast.isDayLine(node) ? node : node.$container;
            return ast.isDayLine(line) ? dayLineMarkdown(line, scheduledDaysOf(plan, line)) : undefined;
        }
        return undefined;
    }
}

/** The same rule and message twice (a range reported by two passes) is shown once. */
function uniqueMessages(diagnostics: Diagnostic[]): Diagnostic[] {
    const seen = new Set<string>();
    return diagnostics.filter(diagnostic => {
        const key = `${ruleOf(diagnostic)}\u0000${diagnostic.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** A hover's first paragraph: the answer, without the tables and lists below it. */
function leadParagraph(markdown: string): string {
    return markdown.split('\n\n')[0];
}

function propertyNode(node: AstNode, property: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property);
}

function isWithin(leaf: CstNode, container: CstNode | undefined): boolean {
    return container !== undefined && leaf.offset >= container.offset && leaf.end <= container.end;
}

function contains(range: { start: Position; end: Position }, position: Position): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}
