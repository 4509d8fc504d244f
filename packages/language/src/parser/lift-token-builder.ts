// Langium's token builder, with the keywords' "longer alternatives" found once per terminal
// instead of once per keyword and terminal. For every keyword, Langium asks which terminal
// tokens (ID, QUANTITY, …) could also match it, so that a name that merely starts with a
// keyword lexes as one ID; it rebuilt a partial-match regular expression for every pair
// (about 60 keywords × 13 terminals), a tenth of building the parser at every start of
// `lift`. The answer, and so the lexer, is the same.

import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

export class LiftTokenBuilder extends DefaultTokenBuilder {
    /** Each terminal pattern's partial-match expression, by the pattern's source. */
    private readonly partialPatterns = new Map<string, RegExp>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token?.PATTERN as RegExp | undefined)?.source;
            if (!source) return false;
            const match = keyword.value.match(this.partialPattern(source));
            return !!match && match[0].length > 0;
        });
    }

    private partialPattern(source: string): RegExp {
        let pattern = this.partialPatterns.get(source);
        if (!pattern) {
            // As Langium's RegExpUtils.partialMatches builds it.
            pattern = RegExpUtils.partialRegExp('^' + source + '$');
            this.partialPatterns.set(source, pattern);
        }
        return pattern;
    }
}
