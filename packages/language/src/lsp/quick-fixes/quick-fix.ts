// What a quick fix is: a function from one Lift diagnostic (its rule id, the facts the rule
// put in `data`, and the node it stands on) to code actions with workspace edits. Fixes may
// edit other files too, such as the library that declares a session.

import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { LiftServices } from '../../lift-module.js';

export interface QuickFixContext {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    rule: string;
    /** Facts the rule left for fixes (`suggested`, `session`, `missing`, …). */
    data: Record<string, unknown>;
    services: LiftServices;
    /** The innermost node at the start of the diagnostic's range. */
    node: AstNode | undefined;
}

export type QuickFix = (context: QuickFixContext) => CodeAction[];

/** A quick fix whose edits may touch several files, keyed by URI. */
export function quickFix(context: QuickFixContext, title: string, edits: Record<string, TextEdit[]>, preferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], isPreferred: preferred || undefined, edit: { changes: edits } };
}

/** Edits in the document the diagnostic belongs to. */
export function localEdits(context: QuickFixContext, ...edits: TextEdit[]): Record<string, TextEdit[]> {
    return { [context.document.textDocument.uri]: edits };
}

/** Edits in the document that holds `node` (this file, or an imported library). */
export function editsAt(node: AstNode, ...edits: TextEdit[]): Record<string, TextEdit[]> {
    return { [AstUtils.getDocument(node).textDocument.uri]: edits };
}

export function replace(range: Range, newText: string): TextEdit {
    return { range, newText };
}

export function insert(position: Range['start'], newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
}

/** The innermost node of the given type around the diagnostic. */
export function nodeOfType<T extends AstNode>(context: QuickFixContext, is: (node: unknown) => node is T): T | undefined {
    return context.node ? AstUtils.getContainerOfType(context.node, is) : undefined;
}

export function propertyNode(node: AstNode, property: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property);
}

export function keywordNode(node: AstNode, keyword: string): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, keyword);
}

/** The whitespace that starts the line of a node: the indentation new sibling lines take. */
export function indentationOf(node: AstNode): string {
    const cst = node.$cstNode;
    if (!cst) return '';
    const line = AstUtils.getDocument(node).textDocument.getText({ start: { line: cst.range.start.line, character: 0 }, end: cst.range.start });
    return /^\s*/.exec(line)?.[0] ?? '';
}

export function dataNumber(context: QuickFixContext, key: string): number | undefined {
    const value = context.data[key];
    return typeof value === 'number' ? value : undefined;
}

export function dataString(context: QuickFixContext, key: string): string | undefined {
    const value = context.data[key];
    return typeof value === 'string' ? value : undefined;
}
