// Fixes for names that point nowhere: the closest visible session, warm-up or exercise
// (`sqaut` → `squat`), an import of the workspace file that declares the name, the closest
// rule id for `unknown-rule`, and the closest allowed word for a misspelt run kind, focus,
// level, priority or pattern (reported by `syntax`).

import { UriUtils, type AstNode } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { isBuiltinLibrary } from '../../builtin/builtin-library.js';
import { ALL_RULES } from '../../rules/registry.js';
import { FOCUSES, LEVELS, PATTERNS, PRIORITIES, RUN_KINDS } from '../../model/vocabulary.js';
import { importTarget } from '../../workspace/imports.js';
import { closestNames } from '../closest-names.js';
import { visibleDeclarations } from '../visible-declarations.js';
import { insert, localEdits, propertyNode, quickFix, replace, type QuickFix, type QuickFixContext } from './quick-fix.js';

/** The cross-reference the diagnostic stands on: its container and property. */
function referenceAt(context: QuickFixContext): { container: AstNode; property: string; text: string; type: string } | undefined {
    const node = context.node;
    if (ast.isExerciseLine(node) || ast.isMax(node)) return { container: node, property: 'exercise', text: node.exercise.$refText, type: ast.Exercise.$type };
    if (ast.isLiftActivity(node)) return { container: node, property: 'session', text: node.session.$refText, type: ast.Session.$type };
    if (ast.isSession(node) && node.warmup) return { container: node, property: 'warmup', text: node.warmup.$refText, type: ast.Warmup.$type };
    return undefined;
}

function closestReferenceFixes(context: QuickFixContext): CodeAction[] {
    const reference = referenceAt(context);
    const range = reference && propertyNode(reference.container, reference.property)?.range;
    if (!reference || !range) return [];
    const names = visibleDeclarations(context.services, reference.container, reference.property).map(description => description.name);
    return closestNames(reference.text, names).map((name, index) =>
        quickFix(context, `Change to '${name}'`, localEdits(context, replace(range, name)), index === 0));
}

/** `import "lib/strength.lift"` when a workspace file that this one does not import declares the name. */
function importFixes(context: QuickFixContext): CodeAction[] {
    const reference = referenceAt(context);
    const root = context.document.parseResult.value;
    if (!reference || !ast.isLiftFile(root)) return [];
    const here = context.document.uri;
    const imported = new Set(root.imports.map(node => importTarget(here, node.path)?.toString()));
    return context.services.shared.workspace.IndexManager.allElements(reference.type)
        .filter(description => description.name === reference.text && !isBuiltinLibrary(description.documentUri))
        .map(description => description.documentUri)
        .filter(uri => uri.toString() !== here.toString() && !imported.has(uri.toString()))
        .distinct(uri => uri.toString())
        .map(uri => {
            const path = UriUtils.relative(UriUtils.dirname(here), uri);
            const last = root.imports[root.imports.length - 1]?.$cstNode;
            const edit = last ? insert(last.range.end, `\nimport "${path}"`) : insert({ line: 0, character: 0 }, `import "${path}"\n`);
            return quickFix(context, `Import "${path}" (declares ${reference.text})`, localEdits(context, edit));
        })
        .toArray();
}

const unresolvedReferenceFix: QuickFix = context => [...closestReferenceFixes(context), ...importFixes(context)];

/** `recovery-24h` → `recovery-48h`, in `rules { }` or in a suppression comment. */
const unknownRuleFix: QuickFix = context => {
    const written = context.document.textDocument.getText(context.diagnostic.range);
    return closestNames(written, ALL_RULES.filter(rule => rule.configurable).map(rule => rule.id)).map((id, index) =>
        quickFix(context, `Change to '${id}'`, localEdits(context, replace(context.diagnostic.range, id)), index === 0));
};

/** Words of a closed set that the parser reads as identifiers, by the node holding the misspelt one. */
function allowedWords(node: AstNode | undefined, written: string): readonly string[] | undefined {
    if (ast.isRunActivity(node) && node.kind === written) return RUN_KINDS;
    if (ast.isQualityRuns(node) && node.kinds.includes(written)) return RUN_KINDS;
    if (ast.isPhase(node) && node.focus === written) return FOCUSES;
    if (ast.isLevelSetting(node) && node.value === written) return LEVELS;
    if (ast.isRace(node) && node.priorities.includes(written)) return PRIORITIES;
    if (ast.isPatternSetting(node) && node.value === written) return PATTERNS;
    return undefined;
}

const unknownWordFix: QuickFix = context => {
    const written = context.document.textDocument.getText(context.diagnostic.range);
    const words = allowedWords(context.node, written);
    if (!words) return [];
    return closestNames(written, words).map((word, index) =>
        quickFix(context, `Change to '${word}'`, localEdits(context, replace(context.diagnostic.range, word)), index === 0));
};

export const NAME_FIXES: Record<string, QuickFix> = {
    'unresolved-reference': unresolvedReferenceFix,
    'unknown-rule': unknownRuleFix,
    'syntax': unknownWordFix
};
