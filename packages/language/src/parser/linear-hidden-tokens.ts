// Langium's parser, with comments placed in the syntax tree in linear time, and its
// tokens let go once a text is parsed.
//
// Langium 4.2 places hidden tokens (comments) with two steps that each scan an array from
// its start, once per token the parser consumes:
//   - `CstNodeBuilder.addHiddenNodes` looks the node being built up in its parent's
//     children with `indexOf`, even when there is nothing to add. The node being built is
//     always its parent's last child, so at the top of a file of N sessions each session
//     costs a scan of N nodes: a 10 MB library spent seconds there.
//   - `LangiumParser.extractHiddenTokens` removes the comments it hands out from the front
//     of the lexer's array (`splice(0, i)`), moving every comment after them: quadratic in
//     the number of comments.
// Both are replaced here by versions that give the same tree: the first returns at once
// when there is nothing to add and searches from the end; the second walks a cursor over
// the array and trims it once, when the parse is over, so that Langium's final
// `addHiddenNodes(lexerResult.hidden)` still adds exactly the comments left after the
// last token. Last, the parser lets go of the text's tokens once the tree is built.
// `test/language/parser/syntax-tree-fast-paths.test.ts` holds the trees equal to Langium's
// own on files with comments everywhere a comment can go.

import {
    CstUtils, LeafCstNodeImpl, createLangiumParser,
    type CompositeCstNode, type CstNode, type LangiumCoreServices, type LangiumParser, type RootCstNode
} from 'langium';
import type { IToken } from 'chevrotain';

/** The parts of Langium's parser and node builder replaced here (not public API). */
interface ParserInternals {
    nodeBuilder: NodeBuilderInternals;
    wrapper?: { input: IToken[] };
    parse: LangiumParser['parse'];
    lexerResult?: { hidden: IToken[] };
    extractHiddenTokens(token: IToken): IToken[];
    doParse(rule: unknown): unknown;
}

interface NodeBuilderInternals {
    current: CompositeCstNode;
    rootNode: RootCstNode;
    addHiddenNodes(tokens: IToken[]): void;
}

export function createLiftParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const internals = parser as unknown as ParserInternals;
    if (typeof internals.extractHiddenTokens !== 'function' || typeof internals.doParse !== 'function'
        || typeof internals.nodeBuilder?.addHiddenNodes !== 'function') {
        return parser; // another Langium: keep its own code rather than guess at its insides
    }
    placeHiddenNodesFromTheEnd(internals.nodeBuilder);
    extractHiddenTokensWithCursor(internals);
    releaseTokensAfterParse(internals);
    return parser;
}

function placeHiddenNodesFromTheEnd(builder: NodeBuilderInternals): void {
    builder.addHiddenNodes = function (tokens: IToken[]): void {
        if (tokens.length === 0) return;
        const nodes = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = this.rootNode;
            return leaf;
        });
        let current: CstNode = this.current;
        if (this.current.content.length > 0) {
            this.current.content.push(...nodes);
            return;
        }
        // A node just begun: the comments go before it, or before the nearest ancestor that
        // is not its parent's first child; at the very start of the file, first in the root.
        while (current.container) {
            const siblings = current.container.content;
            const index = siblings.lastIndexOf(current);
            if (index > 0) {
                siblings.splice(index, 0, ...nodes);
                return;
            }
            current = current.container;
        }
        this.rootNode.content.unshift(...nodes);
    };
}

function extractHiddenTokensWithCursor(parser: ParserInternals): void {
    let hidden: IToken[] | undefined;
    let next = 0;
    parser.extractHiddenTokens = function (token: IToken): IToken[] {
        const all = this.lexerResult!.hidden;
        if (all !== hidden) {
            hidden = all;
            next = 0;
        }
        const first = next;
        while (next < all.length && all[next].startOffset <= token.startOffset) next++;
        return first === next ? [] : all.slice(first, next);
    };
    const doParse = parser.doParse;
    parser.doParse = function (rule: unknown): unknown {
        try {
            return doParse.call(this, rule);
        } finally {
            // What the original's splices would have left: the comments after the last token.
            if (hidden !== undefined && hidden === this.lexerResult?.hidden) hidden.splice(0, next);
            hidden = undefined;
            next = 0;
        }
    };
}

/**
 * Chevrotain keeps the last text's tokens until the next parse: on a 10 MB file, a couple
 * of hundred megabytes that nothing reads once the tree is built (the errors keep their
 * own tokens, and the result its own list of errors).
 */
function releaseTokensAfterParse(parser: ParserInternals): void {
    const parse = parser.parse;
    parser.parse = function (this: ParserInternals, ...args: Parameters<LangiumParser['parse']>) {
        try {
            return parse.apply(this, args);
        } finally {
            if (this.wrapper && Array.isArray(this.wrapper.input)) this.wrapper.input = [];
        }
    } as LangiumParser['parse'];
}
