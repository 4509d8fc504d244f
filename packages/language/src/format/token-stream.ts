// The formatter reads a file as a stream of tokens: the parser's leaves (words, numbers,
// punctuation) and the comments between them. Whitespace is dropped and decided anew;
// everything else, comments included, is printed exactly as written.

import { CstUtils, type CstNode, type LangiumDocument } from 'langium';

export type TokenKind = 'code' | 'line-comment' | 'block-comment';

export interface LayoutToken {
    kind: TokenKind;
    text: string;
    offset: number;
    end: number;
    /** Line breaks in the original whitespace before the token. */
    newlinesBefore: number;
    /** The parser's leaf, for code tokens. */
    leaf?: CstNode;
}

/** Every code token and comment of a parsed document, in text order. */
export function tokenStream(document: LangiumDocument): LayoutToken[] {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    const leaves = root ? [...CstUtils.flattenCst(root)].filter(leaf => !leaf.hidden && leaf.length > 0) : [];
    const tokens: LayoutToken[] = [];
    let position = 0;
    for (const leaf of leaves) {
        scanGap(text, position, leaf.offset, tokens);
        tokens.push({ kind: 'code', text: leaf.text, offset: leaf.offset, end: leaf.end, newlinesBefore: newlinesBetween(text, tokens, leaf.offset), leaf });
        position = leaf.end;
    }
    scanGap(text, position, text.length, tokens);
    return tokens;
}

/**
 * Reads the comments in the text between two code tokens. Only whitespace and comments can
 * be there in a file that parsed without errors, so a simple scanner is exact.
 */
function scanGap(text: string, from: number, to: number, tokens: LayoutToken[]): void {
    let position = from;
    while (position < to) {
        if (/\s/.test(text[position])) {
            position++;
            continue;
        }
        const lineComment = text.startsWith('//', position);
        if (!lineComment && !text.startsWith('/*', position)) {
            // Unreachable for a file that parsed cleanly; refuse rather than drop text.
            throw new Error(`Unexpected text between tokens at offset ${position}`);
        }
        const end = lineComment ? lineEnd(text, position, to) : blockCommentEnd(text, position, to);
        tokens.push({
            kind: lineComment ? 'line-comment' : 'block-comment',
            text: text.slice(position, end),
            offset: position,
            end,
            newlinesBefore: newlinesBetween(text, tokens, position)
        });
        position = end;
    }
}

function lineEnd(text: string, from: number, limit: number): number {
    let end = from;
    while (end < limit && text[end] !== '\n' && text[end] !== '\r') end++;
    return end;
}

function blockCommentEnd(text: string, from: number, limit: number): number {
    const close = text.indexOf('*/', from + 2);
    return close === -1 || close + 2 > limit ? limit : close + 2;
}

function newlinesBetween(text: string, tokens: LayoutToken[], offset: number): number {
    const from = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
    let count = 0;
    for (let i = from; i < offset; i++) if (text[i] === '\n') count++;
    return count;
}
