// Inlay hints read from the resolved plan: each phase's dates after its header, the kg or lb
// a `%` load comes to for the file's athlete, and the load a progressing exercise reaches.
// Sessions in a library file get none: the loads depend on the plan that uses them.

import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import type { LiftServices } from '../lift-module.js';
import { formatDay } from '../model/calendar-values.js';
import type { PlanResolver } from '../plan/plan-resolver.js';
import type { ResolvedLoad, ResolvedPlan } from '../plan/resolved-plan.js';
import { formatLoad } from './hover-markdown.js';
import { resolvedExercisesOf } from './plan-lookups.js';

export class LiftInlayHintProvider extends AbstractInlayHintProvider {
    private readonly planResolver: PlanResolver;

    constructor(services: LiftServices) {
        super();
        this.planResolver = services.plan.PlanResolver;
    }

    override computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (!ast.isPhase(node) && !ast.isLoadOption(node) && !ast.isProgressOption(node)) return;
        const plan = this.planResolver.resolve(AstUtils.getDocument(node));
        if (!plan) return;
        if (ast.isPhase(node)) this.phaseDates(node, plan, acceptor);
        else if (ast.isLoadOption(node)) this.percentLoad(node, plan, acceptor);
        else this.progressionTarget(node, plan, acceptor);
    }

    private phaseDates(node: ast.Phase, plan: ResolvedPlan, acceptor: InlayHintAcceptor): void {
        const phase = plan.phases.find(candidate => candidate.node === node);
        const focus = GrammarUtils.findNodeForProperty(node.$cstNode, 'focus');
        if (!phase || !focus) return;
        acceptor({ position: focus.range.end, label: `${formatDay(phase.start)} – ${formatDay(phase.end)}`, kind: InlayHintKind.Type, paddingLeft: true });
    }

    /** `@ 75%` → `= 90kg`: the first week's load, as the resolved plan rounds it. */
    private percentLoad(node: ast.LoadOption, plan: ResolvedPlan, acceptor: InlayHintAcceptor): void {
        if (!node.value.endsWith('%') || !ast.isExerciseLine(node.$container)) return;
        const start = resolvedExercisesOf(plan, node.$container).find(({ exercise }) => exercise.startLoad)?.exercise.startLoad;
        const value = GrammarUtils.findNodeForProperty(node.$cstNode, 'value');
        if (!start || !value) return;
        acceptor({ position: value.range.end, label: `= ${formatLoad(start)}`, kind: InlayHintKind.Type, paddingLeft: true });
    }

    /** `progress +2.5kg/week` → `→ 92.5kg in Base week 6`: the heaviest week the plan schedules. */
    private progressionTarget(node: ast.ProgressOption, plan: ResolvedPlan, acceptor: InlayHintAcceptor): void {
        if (!ast.isExerciseLine(node.$container)) return;
        const occurrences = resolvedExercisesOf(plan, node.$container).filter(({ exercise }) => weight(exercise.load) !== undefined);
        if (occurrences.length === 0) return;
        const heaviest = occurrences.reduce((best, next) => (weight(next.exercise.load)! > weight(best.exercise.load)! ? next : best));
        const step = GrammarUtils.findNodeForProperty(node.$cstNode, 'step');
        if (!step || !heaviest.exercise.load) return;
        acceptor({
            position: step.range.end,
            label: `→ ${formatLoad(heaviest.exercise.load)} in ${heaviest.day.phase.name} week ${heaviest.day.weekOfPhase}`,
            kind: InlayHintKind.Type,
            paddingLeft: true
        });
    }
}

function weight(load: ResolvedLoad | undefined): number | undefined {
    return load && load.unit !== 'bw' ? load.value : undefined;
}
