// The one canonical layout of a `.lift` file: each statement on its own line, four spaces
// per block level, one space between the words of a statement, no space before `,` and `:`
// nor inside a range (`3x4-6`, `rir 1-2`, `week 3-5`),
// exercise names padded so that the sets×reps of a session line up, at most one blank line
// where the author left one, and one blank line after every top-level block. Comments stay
// where they were: at the end of their line, or on a line of their own.

import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import * as ast from '../generated/ast.js';
import type { LayoutToken } from './token-stream.js';

const INDENT = '    ';

/** Node types that begin a line of their own. */
const STATEMENTS = new Set<string>([
    ast.Import.$type, ast.Plan.$type, ast.Warmup.$type, ast.Session.$type, ast.Exercise.$type,
    ast.Athlete.$type, ast.LevelSetting.$type, ast.RunningSince.$type, ast.LiftingSince.$type, ast.UnitsSetting.$type,
    ast.RoundSetting.$type, ast.Max.$type, ast.Start.$type,
    ast.Timezone.$type, ast.Race.$type, ast.RuleBlock.$type, ast.RuleSetting.$type, ast.QualityRuns.$type,
    ast.Phase.$type, ast.WeekOverride.$type, ast.DayLine.$type, ast.CardioPart.$type, ast.MobilityPart.$type,
    ast.ExerciseLine.$type, ast.PatternSetting.$type, ast.MuscleList.$type, ast.Cue.$type
]);

/** The whitespace to print before one token. */
export interface Separator {
    /** Where the original whitespace lies: from the previous token's end to this token. */
    start: number;
    end: number;
    text: string;
}

type Break = { line: false; spaces: number } | { line: true; blank: boolean; indent: number };

interface LayoutState {
    /** Block nesting at the token: `{` opens a level, `}` closes one. */
    depth: number;
    /** No line has started since a top-level block closed. */
    afterTopLevelBlock: boolean;
}

interface LayoutFacts {
    statementStarts: Set<number>;
    /** Spaces after an exercise name, keyed by the name's offset, so a session's columns align. */
    padAfter: Map<number, number>;
}

/** The separators that turn the token stream into the canonical layout, one per token plus the file's end. */
export function layoutSeparators(document: LangiumDocument, tokens: LayoutToken[]): Separator[] {
    const facts = layoutFacts(document.parseResult.value);
    const separators: Separator[] = [];
    const state: LayoutState = { depth: 0, afterTopLevelBlock: false };
    tokens.forEach((token, index) => {
        if (isCode(token, '}')) state.depth = Math.max(state.depth - 1, 0);
        const previous = tokens[index - 1];
        const start = previous ? previous.end : 0;
        const separator = previous ? breakBetween(previous, token, state, facts) : undefined;
        separators.push({ start, end: token.offset, text: separator ? render(separator) : '' });
        // Top-level declarations are set apart by a blank line: the first line after a
        // top-level block's `}` (and any comment trailing it) starts after one.
        if (separator?.line) state.afterTopLevelBlock = false;
        if (isCode(token, '}') && state.depth === 0) state.afterTopLevelBlock = true;
        if (isCode(token, '{')) state.depth++;
    });
    const last = tokens[tokens.length - 1];
    const textLength = document.textDocument.getText().length;
    separators.push({ start: last?.end ?? 0, end: textLength, text: last ? '\n' : '' });
    return separators;
}

function breakBetween(previous: LayoutToken, token: LayoutToken, state: LayoutState, facts: LayoutFacts): Break {
    const startsLine = isComment(token) || isCode(token, '}') || isStatementStart(token, facts);
    const indent = startsLine ? state.depth : state.depth + 1;
    const keptBlank = token.newlinesBefore >= 2;
    const blank = (keptBlank && !isCode(previous, '{') && !isCode(token, '}')) || state.afterTopLevelBlock;
    // A line comment runs to the end of its line: whatever follows starts a new one.
    if (previous.kind === 'line-comment') return { line: true, blank, indent };
    if (isComment(token)) return token.newlinesBefore === 0 ? { line: false, spaces: 1 } : { line: true, blank, indent };
    if (isCode(token, '}')) return isCode(previous, '{') ? { line: false, spaces: 0 } : { line: true, blank: false, indent };
    if (isCode(previous, '{')) return { line: true, blank: false, indent };
    if (isStatementStart(token, facts)) return { line: true, blank, indent };
    // A block comment the author ended a line with keeps its line break; the statement continues below.
    if (previous.kind === 'block-comment' && token.newlinesBefore > 0) return { line: true, blank: false, indent };
    if (isCode(token, ',') || isCode(token, ':') || isRangeEnd(token)) return { line: false, spaces: 0 };
    return { line: false, spaces: facts.padAfter.get(previous.offset) ?? 1 };
}

function render(separator: Break): string {
    if (!separator.line) return ' '.repeat(separator.spaces);
    return (separator.blank ? '\n\n' : '\n') + INDENT.repeat(separator.indent);
}

function isStatementStart(token: LayoutToken, facts: LayoutFacts): boolean {
    return token.kind === 'code' && facts.statementStarts.has(token.offset);
}

/** The high end of a range (`-6` in `3x4-6`) is written against its low end. */
function isRangeEnd(token: LayoutToken): boolean {
    return token.kind === 'code' && /^-\d/.test(token.text);
}

function isComment(token: LayoutToken): boolean {
    return token.kind !== 'code';
}

function isCode(token: LayoutToken | undefined, text: string): boolean {
    // A string token keeps its quotes, so only the punctuation itself matches.
    return token?.kind === 'code' && token.text === text;
}

function layoutFacts(root: AstNode): LayoutFacts {
    const statementStarts = new Set<number>();
    const padAfter = new Map<number, number>();
    for (const node of AstUtils.streamAst(root)) {
        if (STATEMENTS.has(node.$type) && node.$cstNode) statementStarts.add(node.$cstNode.offset);
        if (ast.isSession(node)) {
            // `warmup Standard` inside a session is a line of its own, like the exercises.
            const warmupKeyword = node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, 'warmup');
            if (warmupKeyword) statementStarts.add(warmupKeyword.offset);
            alignExerciseNames(node, padAfter);
        }
    }
    return { statementStarts, padAfter };
}

function alignExerciseNames(session: ast.Session, padAfter: Map<number, number>): void {
    const names = session.exercises.map(line => line.exercise.$refNode).filter(node => node !== undefined);
    const width = Math.max(0, ...names.map(name => name.text.length));
    for (const name of names) padAfter.set(name.offset, width - name.text.length + 1);
}
