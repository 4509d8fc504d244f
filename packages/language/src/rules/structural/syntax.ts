// `syntax`: text that does not parse, and values the grammar accepts as words but the
// language does not know (a run kind, a focus, a unit in the wrong place). The parser
// recovers, so every error of a file is reported in one run.

import { CstUtils } from 'langium';
import { LAST_DATE, MAX_NUMBER, MAX_PHASE_WEEKS, MAX_PLAN_WEEKS, MAX_RUN_REPEATS, MAX_STRING_LENGTH } from '../../model/bounds.js';
import { defineRule, type RuleContext } from '../rule.js';
import { checkBounds } from './bounds.js';
import { checkEncoding } from './encoding.js';
import { checkValues } from './syntax-values.js';
import { reportUnsupportedStatements, unsupportedLineNumbers } from './unsupported-statements.js';

export const syntax = defineRule({
    id: 'syntax',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'Text Lift cannot read has no meaning yet, and every other check needs a readable plan.',
    configurable: false,
    reportsAt: 'the text that does not parse',
    summary: 'Text that is not valid .lift.',
    explanation: [
        'The file must follow the grammar of the language (see docs/language.md). The parser does not stop at the first problem: it skips ahead and reports every error it finds, each with what it expected to see.',
        `Text that is not valid UTF-8 is reported where it stands, and so is anything past Lift's limits (docs/security.md): a string longer than ${count(MAX_STRING_LENGTH)} characters, a number above ${count(MAX_NUMBER)}, a running repeat of more than ${count(MAX_RUN_REPEATS)} repetitions, a phase longer than ${count(MAX_PHASE_WEEKS)} weeks, a plan longer than ${count(MAX_PLAN_WEEKS)} weeks or one that runs past ${LAST_DATE.year}-12-31.`,
        'Words with a fixed set of values (run kinds, phase focus, athlete level, race priority, movement pattern) and quantities in the wrong unit (a `rest` given in kg) are reported here too, with the values that are allowed.'
    ].join('\n\n'),
    example: { bad: 'phase Base 4 weeks focus base {\n    mon run easy 30min\n}', good: 'phase Base 4 weeks focus base {\n    mon: run easy 30min\n}' },
    check(context) {
        checkEncoding(context);
        reportLexerErrors(context);
        reportParserErrors(context);
        reportUnsupportedStatements(context);
        checkValues(context);
        checkBounds(context);
    }
});

function reportLexerErrors({ document, file, report }: RuleContext): void {
    const unsupported = unsupportedLineNumbers(file);
    for (const error of document.parseResult.lexerErrors) {
        const line = (error.line ?? 1) - 1;
        if (unsupported.has(line)) continue;
        const character = (error.column ?? 1) - 1;
        const text = document.textDocument.getText().substr(error.offset, error.length);
        report({
            node: file,
            range: { start: { line, character }, end: { line, character: character + Math.max(error.length, 1) } },
            message: `Unexpected character ${JSON.stringify(text)}: it is not part of any word, number or symbol of the language.`
        });
    }
}

function reportParserErrors({ document, file, report }: RuleContext): void {
    // After `superset` or `tempo` the parser's complaint restates what the statement's own message says.
    const unsupported = unsupportedLineNumbers(file);
    for (const error of document.parseResult.parserErrors) {
        if (hasPlace(error.token) && unsupported.has((error.token.startLine ?? 0) - 1)) continue;
        let range;
        if (hasPlace(error.token)) {
            range = CstUtils.tokenToRange(error.token);
        } else {
            // A token the parser inserted while recovering has no place: point after the previous one.
            const previous = 'previousToken' in error ? (error as { previousToken?: typeof error.token }).previousToken : undefined;
            const position = previous && hasPlace(previous)
                ? { line: (previous.endLine ?? 1) - 1, character: previous.endColumn ?? 0 }
                : { line: 0, character: 0 };
            range = { start: position, end: position };
        }
        report({ node: file, range, message: error.message });
    }
}

/** Whether a token has a place in the text (tokens the parser inserted while recovering do not). */
function hasPlace(token: { startOffset: number; endOffset?: number }): boolean {
    const { startOffset, endOffset } = token;
    return Number.isFinite(startOffset) && startOffset >= 0
        && typeof endOffset === 'number' && Number.isFinite(endOffset) && endOffset >= startOffset;
}

/** "10,000": a bound as the explanation writes it. */
function count(value: number): string {
    return value.toLocaleString('en');
}
