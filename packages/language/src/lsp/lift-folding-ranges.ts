// Folding: every block (plan, athlete, rules, phase, week override, session, warm-up,
// exercise) and block comment, as Langium folds them, plus runs of `//` comment lines such
// as a file's header, which Langium does not fold.

import type { LangiumDocument } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import { allCstLeaves } from '../parser/syntax-tree-walk.js';

export class LiftFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectFolding(document: LangiumDocument, acceptor: FoldingRangeAcceptor): void {
        super.collectFolding(document, acceptor);
        for (const run of lineCommentRuns(document)) {
            acceptor({ startLine: run.first, endLine: run.last, kind: FoldingRangeKind.Comment });
        }
    }
}

/** Consecutive lines that hold only a `//` comment, two or more of them. */
function lineCommentRuns(document: LangiumDocument): Array<{ first: number; last: number }> {
    const text = document.textDocument;
    // The leaves of the parse, shared with the checks (parser/syntax-tree-walk.ts).
    const lines = allCstLeaves(document.parseResult.value)
        .filter(node => node.hidden && node.text.startsWith('//'))
        .map(node => node.range.start)
        .filter(start => text.getText({ start: { line: start.line, character: 0 }, end: start }).trim() === '')
        .map(start => start.line);
    const runs: Array<{ first: number; last: number }> = [];
    for (const line of lines) {
        const current = runs[runs.length - 1];
        if (current && current.last === line - 1) current.last = line;
        else runs.push({ first: line, last: line });
    }
    return runs.filter(run => run.last > run.first);
}
