// Words coaches write from other notations that the language has no statement for. Where
// an exercise name is expected the parser reads them as an exercise; `syntax` reports them
// as what they are, with what the language has instead, and `unresolved-reference` stays
// silent about them.

import { GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import type { RuleContext } from '../rule.js';

const SESSION_IS_A_LIST = 'A session lists its exercises one line each (`squat 4x5 @ 80kg rest 2min`), done in order';
const LINE_OPTIONS = 'An exercise line takes sets x reps, then `@ LOAD`, `rest DURATION`, `rir N` or `rpe N`, and `progress +STEP/week`';

/** Each unsupported word, and what to write instead. */
export const UNSUPPORTED_STATEMENTS: Readonly<Record<string, string>> = {
    superset: `${SESSION_IS_A_LIST}; write each exercise of the superset on its own line`,
    circuit: `${SESSION_IS_A_LIST}; write each exercise of the circuit on its own line`,
    emom: `${SESSION_IS_A_LIST}; write the exercise as sets x reps with a \`rest\``,
    amrap: `${LINE_OPTIONS}; give a fixed number of reps`,
    tempo: `${LINE_OPTIONS}; describe the tempo in a \`cue\` of the exercise`,
    rounds: `${SESSION_IS_A_LIST}; give each exercise its number of sets`
};

export function isUnsupportedStatement(word: string): boolean {
    return Object.hasOwn(UNSUPPORTED_STATEMENTS, word);
}

/** The exercise lines that are really an unsupported statement, as the parser read them. */
export function unsupportedLines(file: ast.LiftFile): ast.ExerciseLine[] {
    return file.sessions.flatMap(session => session.exercises)
        .filter(line => isUnsupportedStatement(line.exercise.$refText) && line.exercise.ref === undefined);
}

export function reportUnsupportedStatements({ file, report }: RuleContext): void {
    for (const line of unsupportedLines(file)) {
        const word = line.exercise.$refText;
        report({ node: line, property: 'exercise', message: `The language has no \`${word}\` statement. ${UNSUPPORTED_STATEMENTS[word]}.` });
    }
}

/** Lines (zero-based) where an unsupported word starts: the parse errors after it on that line add nothing. */
export function unsupportedLineNumbers(file: ast.LiftFile): Set<number> {
    const lines = new Set<number>();
    for (const line of unsupportedLines(file)) {
        const node = line.$cstNode && GrammarUtils.findNodeForProperty(line.$cstNode, 'exercise');
        if (node) lines.add(node.range.start.line);
    }
    return lines;
}
