// Langium builds a second parser for completion (it records the grammar and computes its
// lookahead like the main one) when the server starts, before the first diagnostics; on
// the examples that is about a third of the time spent building parsers. Completion is
// the only user, so the parser is built on the first completion request instead.

import { createCompletionParser, type LangiumCompletionParser, type LangiumCoreServices } from 'langium';

/** Stands in for Langium's completion parser: `parse` builds the real one the first time. */
export function lazyCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    let parser: LangiumCompletionParser | undefined;
    const lazy: Pick<LangiumCompletionParser, 'parse'> = {
        parse: input => (parser ??= createCompletionParser(services)).parse(input)
    };
    return lazy as LangiumCompletionParser;
}
