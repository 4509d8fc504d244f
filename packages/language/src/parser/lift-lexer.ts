// Langium's lexer, with tokens whose positions are small integers.
//
// Chevrotain builds every token as an object literal with the same properties, in the same
// order, as its end-of-file token, whose positions are NaN. V8 gives objects of one shape
// one representation per field, so every token of every file stores its six positions as
// boxed doubles: seven allocations per token instead of one, and the boxes spread to the
// syntax tree's leaves and ranges, which copy those numbers. On a 10 MB file that was most
// of the garbage collector's work. Here the tokens are instances of a class of their own,
// with the same fields and values.

import { DefaultLexer, type LangiumCoreServices } from 'langium';
import type { IToken, TokenType } from 'chevrotain';

class LexedToken implements IToken {
    constructor(
        public image: string,
        public startOffset: number,
        public endOffset: number,
        public startLine: number,
        public endLine: number,
        public startColumn: number,
        public endColumn: number,
        public tokenTypeIdx: number,
        public tokenType: TokenType
    ) {}
}

/** What Chevrotain's lexer calls for each token (not public API). */
interface TokenFactory {
    createTokenInstance: (...args: never[]) => IToken;
    createFullToken?: unknown;
}

export class LiftLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
        const lexer = this.chevrotainLexer as unknown as TokenFactory;
        // Only Chevrotain's full position tracking, which Langium asks for, is replaced.
        if (lexer.createTokenInstance !== lexer.createFullToken) return;
        lexer.createTokenInstance = (image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType, startLine: number, startColumn: number, imageLength: number) =>
            new LexedToken(image, startOffset, startOffset + imageLength - 1, startLine, startLine, startColumn, startColumn + imageLength - 1, tokenTypeIdx, tokenType);
    }
}
