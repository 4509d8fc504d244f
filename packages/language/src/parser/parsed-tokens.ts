// The token vector of the text the Langium parser is parsing right now. Parser messages
// use it to name the token before the one that did not fit; Chevrotain keeps it on the
// parser object that Langium wraps and does not expose, hence the narrow cast here.

import type { IToken } from 'chevrotain';
import type { LangiumCoreServices } from 'langium';

interface WithTokenVector {
    wrapper?: { input?: IToken[] };
}

export function parsedTokens(services: LangiumCoreServices): readonly IToken[] {
    const parser = services.parser.LangiumParser as unknown as WithTokenVector;
    return parser.wrapper?.input ?? [];
}
