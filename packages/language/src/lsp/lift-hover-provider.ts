// Hover: what a coach wants to know about the word under the cursor. An exercise shows its
// pattern, muscles, level and cues; `lift X` the session with the loads of the weeks that
// line covers; a phase its dates; a day line the dates it falls on; a rule id, and any
// diagnostic under the cursor, the rule's explanation.

import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams, Position } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { LiftServices } from '../lift-module.js';
import type { PlanResolver } from '../plan/plan-resolver.js';
import type { ResolvedPlan } from '../plan/resolved-plan.js';
import { overrideWeeks } from '../plan/week-overrides.js';
import { findRule, isKnownRule } from '../rules/registry.js';
import { ruleOf } from '../rules/rule-runner.js';
import { findSuppressions } from '../rules/suppressions.js';
import {
    dayLineMarkdown, exerciseMarkdown, phaseMarkdown, planMarkdown, raceMarkdown, ruleMarkdown, scheduledLiftMarkdown,
    sessionMarkdown, warmupMarkdown, weekMarkdown
} from './hover-markdown.js';
import { scheduledDaysOf, scheduledLiftsOf } from './plan-lookups.js';

export class LiftHoverProvider implements HoverProvider {
    private readonly planResolver: PlanResolver;
    private readonly nameRegexp: RegExp;

    constructor(services: LiftServices) {
        this.planResolver = services.plan.PlanResolver;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const sections = [
            ...this.suppressionHover(document, params.position),
            ...this.syntaxHover(document, offset),
            ...this.diagnosticHover(document, params.position)
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

    /** The rules behind the diagnostics whose range holds the cursor. */
    private diagnosticHover(document: LangiumDocument, position: Position): string[] {
        const ids = new Set((document.diagnostics ?? []).filter(d => contains(d.range, position)).map(ruleOf));
        return [...ids].map(findRule).filter(rule => rule !== undefined).map(ruleMarkdown);
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
