// The outline: the plan with its athlete, races and phases (and each phase's week
// overrides), then the sessions, warm-ups and exercises a file declares. Details carry what
// a coach scans for: a phase's focus and dates, a session's intensity.

import { DocumentState, GrammarUtils, type AstNode, type DocumentBuilder, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { CancellationToken, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { sessionIntensity } from '../model/vocabulary.js';
import type { LiftServices } from '../lift-module.js';
import { formatDay } from '../model/calendar-values.js';
import type { PlanResolver } from '../plan/plan-resolver.js';
import type { ResolvedPlan } from '../plan/resolved-plan.js';
import { overrideLabel, overrideWeeks } from '../plan/week-overrides.js';

export class LiftDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly planResolver: PlanResolver;
    private readonly documentBuilder: DocumentBuilder;

    constructor(services: LiftServices) {
        this.planResolver = services.plan.PlanResolver;
        this.documentBuilder = services.shared.workspace.DocumentBuilder;
    }

    async getSymbols(document: LangiumDocument, _params?: unknown, cancelToken = CancellationToken.None): Promise<DocumentSymbol[]> {
        // The outline shows the plan's dates, which follow references: Langium asks only for a
        // parsed document here, so wait until it is linked rather than resolve names too early.
        if (document.state < DocumentState.Linked) await this.documentBuilder.waitUntil(DocumentState.Linked, document.uri, cancelToken);
        const root = document.parseResult.value;
        if (!ast.isLiftFile(root)) return [];
        const plan = this.planResolver.resolve(document);
        const declarations: AstNode[] = [...root.sessions, ...root.warmups, ...root.exercises]
            .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
        return [
            ...root.plans.map(node => planSymbol(node, plan)),
            ...declarations.map(declarationSymbol)
        ].filter(symbol => symbol !== undefined);
    }
}

function planSymbol(node: ast.Plan, plan: ResolvedPlan | undefined): DocumentSymbol | undefined {
    const children = [
        ...node.athletes.map(athlete => symbol(athlete, athlete.name ?? 'athlete', SymbolKind.Object, 'athlete')),
        ...node.races.map(race => symbol(race, race.name ?? 'race', SymbolKind.Event, `race ${race.date ?? ''} · priority ${race.priorities[0] ?? 'A'}`)),
        ...node.phases.map(phase => phaseSymbol(phase, plan))
    ];
    const dates = plan ? `${formatDay(plan.start)} – ${formatDay(plan.end)}` : 'plan';
    return symbol(node, node.name ?? 'plan', SymbolKind.Module, dates, children);
}

function phaseSymbol(node: ast.Phase, plan: ResolvedPlan | undefined): DocumentSymbol | undefined {
    const resolved = plan?.phases.find(phase => phase.node === node);
    const detail = [`${node.length} week${node.length === 1 ? '' : 's'}`, `focus ${node.focus ?? '?'}`,
        resolved ? `${formatDay(resolved.start)} – ${formatDay(resolved.end)}` : undefined].filter(Boolean).join(' · ');
    const overrides = node.overrides.map(override => {
        const week = plan?.weeks.find(candidate => candidate.phase.node === node && candidate.weekOfPhase === overrideWeeks(override)[0]);
        return symbol(override, overrideLabel(override), SymbolKind.Namespace, week ? `from ${formatDay(week.monday)}` : 'week override');
    });
    return symbol(node, node.name ?? 'phase', SymbolKind.Namespace, detail, overrides);
}

function declarationSymbol(node: AstNode): DocumentSymbol | undefined {
    if (ast.isSession(node)) return symbol(node, node.name, SymbolKind.Function, `${sessionIntensity(node.intensity)} session · ${node.exercises.length} exercise${node.exercises.length === 1 ? '' : 's'}`);
    if (ast.isWarmup(node)) return symbol(node, node.name, SymbolKind.Module, 'warm-up');
    if (ast.isExercise(node)) return symbol(node, node.name, SymbolKind.Class, node.displayName ?? 'exercise');
    return undefined;
}

/** A symbol whose selection is the node's name (or its first token when it has none). */
function symbol(node: AstNode, name: string, kind: SymbolKind, detail: string, children: Array<DocumentSymbol | undefined> = []): DocumentSymbol | undefined {
    const cst = node.$cstNode;
    if (!cst || !name) return undefined;
    const nameNode = 'name' in node ? findNameNode(node) : undefined;
    return {
        name,
        kind,
        detail,
        range: cst.range,
        selectionRange: nameNode?.range ?? cst.range,
        children: children.filter(child => child !== undefined)
    };
}

function findNameNode(node: AstNode) {
    return node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
}
