// `// lift-ignore RULE-ID reason` for any rule the plan may configure: on the line before
// the diagnostic (joining an ignore comment already there), or for the whole file.

import type { CodeAction } from 'vscode-languageserver';
import { findRule } from '../../rules/registry.js';
import { findSuppressions } from '../../rules/suppressions.js';
import { insert, localEdits, quickFix, type QuickFixContext } from './quick-fix.js';

const REASON_PLACEHOLDER = 'reason';

export function suppressionFixes(context: QuickFixContext): CodeAction[] {
    const rule = findRule(context.rule);
    if (!rule?.configurable) return [];
    return [ignoreHere(context), ignoreInFile(context)];
}

function ignoreHere(context: QuickFixContext): CodeAction {
    const text = context.document.textDocument;
    const line = context.diagnostic.range.start.line;
    const title = `Ignore ${context.rule} here (// lift-ignore)`;
    // An ignore comment alone on the line above takes one more id, so that it keeps working.
    const above = findSuppressions(context.document).filter(s => !s.fileWide && s.line === line - 1 && isAloneOnItsLine(context, s.line));
    const last = above[above.length - 1];
    if (last) return quickFix(context, title, localEdits(context, insert(last.range.end, `, ${context.rule}`)));
    const lineText = text.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    return quickFix(context, title, localEdits(context, insert({ line, character: 0 }, `${indent}// lift-ignore ${context.rule} ${REASON_PLACEHOLDER}\n`)));
}

function ignoreInFile(context: QuickFixContext): CodeAction {
    return quickFix(context, `Ignore ${context.rule} in this file (// lift-ignore-file)`,
        localEdits(context, insert({ line: 0, character: 0 }, `// lift-ignore-file ${context.rule}\n`)));
}

function isAloneOnItsLine(context: QuickFixContext, line: number): boolean {
    const text = context.document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^\s*\/\//.test(text);
}
