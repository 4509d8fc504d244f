// Rule ids inside a suppression comment: `// lift-ignore re|` offers recovery-48h, rep-range, …
// Comments are invisible to the grammar, so the place is recognised from the line's text.

import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { findRule } from '../rules/registry.js';
import { ruleMarkdown } from './hover-rule-markdown.js';
import { configurableRuleChoices } from './value-completion.js';

const SUPPRESSION_PREFIX = /\/\/\s*lift-ignore(?:-file)?\s+(?:[A-Za-z0-9_-]+\s*,\s*)*([A-Za-z0-9_-]*)$/;

export function suppressionCompletions(lineBeforeCursor: string, position: Position): CompletionItem[] | undefined {
    const match = SUPPRESSION_PREFIX.exec(lineBeforeCursor);
    if (!match || insideString(lineBeforeCursor.slice(0, match.index))) return undefined;
    const typed = match[1];
    const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
    return configurableRuleChoices().map(choice => ({
        label: choice.value,
        kind: CompletionItemKind.EnumMember,
        detail: choice.detail,
        documentation: { kind: 'markdown', value: ruleMarkdown(findRule(choice.value)!) },
        textEdit: { range, newText: choice.value }
    }));
}

/** Whether an odd number of unescaped quotes opens a string before the comment marker. */
function insideString(text: string): boolean {
    return (text.replace(/\\./g, '').match(/"/g)?.length ?? 0) % 2 === 1;
}
