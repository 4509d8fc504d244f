// Suppression comments (docs/rules/README.md): `// lift-ignore RULE-ID [reason]` on the line before, or
// at the end of, the reported line; `// lift-ignore-file RULE-ID` for the whole file.

import type { LangiumDocument } from 'langium';
import { allCstLeaves } from '../parser/syntax-tree-walk.js';
import type { Range } from 'vscode-languageserver-types';

export interface Suppression {
    rule: string;
    fileWide: boolean;
    /** Zero-based line of the comment. */
    line: number;
    /** Where the rule id is written, for `unknown-rule`. */
    range: Range;
    reason?: string;
}

const SUPPRESSION = /^\/\/\s*lift-ignore(-file)?\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(.*)$/;

export function findSuppressions(document: LangiumDocument): Suppression[] {
    const suppressions: Suppression[] = [];
    for (const node of allCstLeaves(document.parseResult.value)) {
        if (!node.hidden || !node.text.startsWith('//')) continue;
        const match = SUPPRESSION.exec(node.text);
        if (!match) continue;
        const idsStart = node.text.indexOf(match[2]);
        let offset = 0;
        for (const rule of match[2].split(',')) {
            const trimmed = rule.trim();
            const column = node.range.start.character + idsStart + match[2].indexOf(trimmed, offset);
            offset = match[2].indexOf(trimmed, offset) + trimmed.length;
            suppressions.push({
                rule: trimmed,
                fileWide: match[1] !== undefined,
                line: node.range.start.line,
                range: {
                    start: { line: node.range.start.line, character: column },
                    end: { line: node.range.start.line, character: column + trimmed.length }
                },
                reason: match[3].trim() || undefined
            });
        }
    }
    return suppressions;
}

/** Whether a diagnostic of `rule` starting on `line` (zero-based) is silenced. */
export function isSuppressed(suppressions: Suppression[], rule: string, line: number): boolean {
    return suppressions.some(s => s.rule === rule && (s.fileWide || s.line === line || s.line === line - 1));
}
