// `unresolved-reference`: a session, warm-up or exercise name the file cannot see.

import type { AstNode } from 'langium';
import * as ast from '../../generated/ast.js';
import { defineRule } from '../rule.js';
import { isUnsupportedStatement } from './unsupported-statements.js';

export const unresolvedReference = defineRule({
    id: 'unresolved-reference',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A name the file cannot see points nowhere, so the calendar cannot say what happens that day.',
    configurable: false,
    reportsAt: 'the name',
    summary: 'A session, warm-up or exercise name that the file cannot see.',
    explanation: [
        'A file sees its own declarations, the built-in exercise library and the declarations of the files it imports directly. An import does not pass on what the imported file imports in turn.',
        'Check the spelling, declare the name in this file, or import the file that declares it.'
    ].join('\n\n'),
    example: { bad: 'session A {\n    sqaut 3x5 @ 60kg\n}', good: 'session A {\n    squat 3x5 @ 60kg\n}' },
    check({ document, report }) {
        for (const reference of document.references) {
            if (!reference.error || reference.$refText.length === 0) continue;
            const container = reference.error.info.container;
            // `superset`, `tempo`, …: `syntax` says the language has no such statement.
            if (ast.isExerciseLine(container) && isUnsupportedStatement(reference.$refText)) continue;
            report({
                node: container,
                property: reference.error.info.property,
                message: `Unknown ${kindOf(container)} '${reference.$refText}': ${hintFor(container)}`
            });
        }
    }
});

function kindOf(container: AstNode): string {
    if (ast.isLiftActivity(container)) return 'session';
    if (ast.isSession(container)) return 'warm-up';
    return 'exercise';
}

function hintFor(container: AstNode): string {
    const kind = kindOf(container);
    const built = kind === 'exercise' ? ', the built-in library' : '';
    return `no ${kind} of that name is declared in this file${built} or the files it imports. Check the spelling or add an import.`;
}
