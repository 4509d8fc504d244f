// `duplicate-name`: names of warm-ups, sessions and exercises are unique within what one
// file sees — its own declarations, the built-in library and its direct imports.

import type { AstNode, LangiumDocument } from 'langium';
import * as ast from '../../generated/ast.js';
import { builtinLibrarySource, isBuiltinLibrary } from '../../builtin/builtin-library.js';
import { importTarget } from '../../workspace/imports.js';
import { defineRule, type RuleContext } from '../rule.js';

type Declaration = ast.Warmup | ast.Session | ast.Exercise;

export const duplicateName = defineRule({
    id: 'duplicate-name',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A name must mean one thing: with two declarations, every use of it would be a guess.',
    configurable: false,
    reportsAt: 'the second declaration (or the import that brings it)',
    summary: 'A second declaration of a name the file already sees.',
    explanation: [
        'Warm-ups, sessions and exercises share one set of names within what a file sees: its own declarations, the built-in exercise library and the files it imports directly. A name may be declared only once there, so that every `lift`, `warmup` and exercise line means exactly one thing.',
        'Rename one of the two. A user exercise cannot take the name of a built-in one (`squat`, `deadlift`, …); choose a new id such as `box-squat`.'
    ].join('\n\n'),
    example: { bad: 'session StrengthA { squat 3x5 }\nsession StrengthA { deadlift 3x5 }', good: 'session StrengthA { squat 3x5 }\nsession StrengthB { deadlift 3x5 }' },
    check(context) {
        if (isBuiltinLibrary(context.document.uri)) {
            reportWithin(declarationsOf(context.file), new Map(), context);
            return;
        }
        const seen = new Map<string, string>();
        const builtin = context.documents.getDocument(builtinLibrarySource().uri.toString());
        if (builtin) declarationsOf(builtin.parseResult.value).forEach(node => seen.set(node.name, 'the built-in library'));
        // A file imported twice, or a file importing itself, brings no second declaration: the
        // same declarations seen again are not duplicates (cycles are harmless).
        const visited = new Set([context.document.uri.toString()]);
        for (const node of context.file.imports) {
            const document = importedDocument(context, node);
            if (!document || visited.has(document.uri.toString())) continue;
            visited.add(document.uri.toString());
            for (const declaration of declarationsOf(document.parseResult.value)) {
                const where = seen.get(declaration.name);
                if (where) {
                    context.report({ node, property: 'path', message: `"${node.path}" declares '${declaration.name}', which ${where} already declares: rename one of them.` });
                } else {
                    seen.set(declaration.name, `"${node.path}"`);
                }
            }
        }
        reportWithin(declarationsOf(context.file), seen, context);
    }
});

function reportWithin(declarations: Declaration[], seen: Map<string, string>, { report }: RuleContext): void {
    for (const node of declarations) {
        const where = seen.get(node.name);
        if (where) {
            report({ node, property: 'name', message: `'${node.name}' is already declared by ${where}: rename this ${kindOf(node)}.` });
        } else {
            seen.set(node.name, `this file (line ${(node.$cstNode?.range.start.line ?? 0) + 1})`);
        }
    }
}

function declarationsOf(root: AstNode): Declaration[] {
    if (!ast.isLiftFile(root)) return [];
    return [...root.warmups, ...root.sessions, ...root.exercises]
        .filter(node => node.name !== undefined)
        .sort((a, b) => (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0));
}

function kindOf(node: Declaration): string {
    return ast.isWarmup(node) ? 'warm-up' : ast.isSession(node) ? 'session' : 'exercise';
}

function importedDocument(context: RuleContext, node: ast.Import): LangiumDocument | undefined {
    const target = importTarget(context.document.uri, node.path);
    return target ? context.documents.getDocument(target.toString()) : undefined;
}
