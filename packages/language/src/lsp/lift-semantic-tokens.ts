// Semantic tokens: what the TextMate grammar cannot know, because the language spells many
// things as plain identifiers. Sessions, warm-ups and exercises (built-in ones marked as the
// default library) are told apart, values of the closed sets (run kinds, focus, levels,
// priorities, patterns, severities) are enum members when they are valid, and the rule ids
// in `rules { }` and in `// lift-ignore` comments are highlighted as such.

import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { isBuiltinLibrary } from '../builtin/builtin-library.js';
import { FOCUSES, LEVELS, PATTERNS, PRIORITIES, RUN_KINDS, isOneOf } from '../model/vocabulary.js';
import { isKnownRule } from '../rules/registry.js';
import { findSuppressions } from '../rules/suppressions.js';
import { allAstNodes } from '../parser/syntax-tree-walk.js';
import { forEachInterruptibly } from '../workspace/interruptible-loop.js';

const DECLARATION = SemanticTokenModifiers.declaration;

export class LiftSemanticTokenProvider extends AbstractSemanticTokenProvider {
    /**
     * A whole document's tokens from the parse's shared list of nodes (parser/syntax-tree-walk.ts)
     * rather than a stream of the tree: editors ask for them after every edit. A range request
     * keeps Langium's walk, which skips the nodes outside it; `highlightElement` never prunes.
     */
    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        if (this.currentRange) return super.computeHighlighting(document, acceptor, cancelToken);
        await forEachInterruptibly(allAstNodes(document.parseResult.value), cancelToken, node => this.highlightElement(node, acceptor));
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (ast.isLiftFile(node)) this.highlightSuppressions(acceptor);
        else if (ast.isSession(node)) this.highlightSession(node, acceptor);
        else if (ast.isWarmup(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.macro, modifier: DECLARATION });
        else if (ast.isExercise(node)) acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: exerciseModifiers(node, true) });
        else if (ast.isExerciseLine(node) || ast.isMax(node)) this.highlightExerciseReference(node, acceptor);
        else if (ast.isLiftActivity(node)) acceptor({ node, property: 'session', type: SemanticTokenTypes.function });
        else this.highlightValue(node, acceptor);
    }

    private highlightSession(node: ast.Session, acceptor: SemanticTokenAcceptor): void {
        acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: DECLARATION });
        if (node.warmup) acceptor({ node, property: 'warmup', type: SemanticTokenTypes.macro });
    }

    private highlightExerciseReference(node: ast.ExerciseLine | ast.Max, acceptor: SemanticTokenAcceptor): void {
        const target = node.exercise.ref;
        acceptor({ node, property: 'exercise', type: SemanticTokenTypes.class, modifier: target ? exerciseModifiers(target, false) : [] });
    }

    /** Values of the closed sets, when they are ones the language knows. */
    private highlightValue(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const enumMember = (property: string, valid: boolean) => {
            if (valid) acceptor({ node, property, type: SemanticTokenTypes.enumMember });
        };
        if (ast.isRunActivity(node)) enumMember('kind', isOneOf(RUN_KINDS, node.kind));
        else if (ast.isPhase(node)) enumMember('focus', isOneOf(FOCUSES, node.focus));
        else if (ast.isLevelSetting(node)) enumMember('value', isOneOf(LEVELS, node.value));
        else if (ast.isPatternSetting(node)) enumMember('value', isOneOf(PATTERNS, node.value));
        else if (ast.isRace(node)) node.priorities.forEach((priority, index) => {
            if (isOneOf(PRIORITIES, priority)) acceptor({ node, property: 'priorities', index, type: SemanticTokenTypes.enumMember });
        });
        else if (ast.isRuleSetting(node)) this.highlightRuleSetting(node, acceptor);
        else if (ast.isMuscleList(node)) acceptor({ node, property: 'muscles', type: SemanticTokenTypes.property });
    }

    private highlightRuleSetting(node: ast.RuleSetting, acceptor: SemanticTokenAcceptor): void {
        if (isKnownRule(node.rule)) acceptor({ node, property: 'rule', type: SemanticTokenTypes.variable });
        acceptor({ node, property: 'severity', type: SemanticTokenTypes.enumMember });
    }

    /** Rule ids in suppression comments; comments are not in the syntax tree, so they are found by text. */
    private highlightSuppressions(acceptor: SemanticTokenAcceptor): void {
        if (!this.currentDocument) return;
        for (const suppression of findSuppressions(this.currentDocument)) {
            if (isKnownRule(suppression.rule)) acceptor({ range: suppression.range, type: SemanticTokenTypes.variable });
        }
    }
}

function exerciseModifiers(exercise: ast.Exercise, declaration: boolean): string[] {
    const modifiers = declaration ? [DECLARATION] : [];
    if (isBuiltinLibrary(AstUtils.getDocument(exercise).uri)) modifiers.push(SemanticTokenModifiers.defaultLibrary);
    return modifiers;
}
