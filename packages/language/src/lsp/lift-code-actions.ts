// Quick fixes, keyed on the rule id a diagnostic carries in `code`, with the facts the rule
// left in `data`. Every configurable rule can also be silenced at its place or in the file.
// The fixes themselves live in quick-fixes/, one module per kind of edit. Each diagnostic
// offers at most a handful: the preferred fix first (the only one marked `isPreferred`, so
// "auto fix" picks it), then the others in the order the fix modules rank them, then the
// ignore comments.

import { CstUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import type { LiftServices } from '../lift-module.js';
import { CLAMP_FIXES } from './quick-fixes/clamp-fixes.js';
import { DAY_LINE_FIXES } from './quick-fixes/day-line-fixes.js';
import { INTENSITY_FIXES } from './quick-fixes/intensity-fixes.js';
import { NAME_FIXES } from './quick-fixes/name-fixes.js';
import type { QuickFix, QuickFixContext } from './quick-fixes/quick-fix.js';
import { suppressionFixes } from './quick-fixes/suppression-fixes.js';
import { WARMUP_FIXES } from './quick-fixes/warmup-fixes.js';

/** Code actions one diagnostic offers at most, ignore comments included. */
export const MAX_FIXES_PER_DIAGNOSTIC = 5;

/** The fixes of each rule, in the order they are offered. */
const FIXES_BY_RULE: Map<string, QuickFix[]> = collectFixes([CLAMP_FIXES, WARMUP_FIXES, DAY_LINE_FIXES, INTENSITY_FIXES, NAME_FIXES]);

export class LiftCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: LiftServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap(diagnostic => this.fixesFor(document, diagnostic));
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        if (typeof diagnostic.code !== 'string') return [];
        const context = this.contextFor(document, diagnostic, diagnostic.code);
        const fixes = (FIXES_BY_RULE.get(context.rule) ?? []).flatMap(fix => safely(fix, context));
        const ignores = suppressionFixes(context);
        return [...preferredFirst(fixes).slice(0, MAX_FIXES_PER_DIAGNOSTIC - ignores.length), ...ignores];
    }

    private contextFor(document: LangiumDocument, diagnostic: Diagnostic, rule: string): QuickFixContext {
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        const data = typeof diagnostic.data === 'object' && diagnostic.data !== null ? diagnostic.data as Record<string, unknown> : {};
        return { document, diagnostic, rule, data, services: this.services, node: leaf?.astNode };
    }
}

/** The first preferred fix leads and alone stays preferred; the rest keep their order. */
function preferredFirst(fixes: CodeAction[]): CodeAction[] {
    const preferred = fixes.find(fix => fix.isPreferred);
    if (!preferred) return fixes;
    const others = fixes.filter(fix => fix !== preferred).map(fix => fix.isPreferred ? { ...fix, isPreferred: undefined } : fix);
    return [preferred, ...others];
}

/** A fix that fails on a half-written file offers nothing rather than failing the request. */
function safely(fix: QuickFix, context: QuickFixContext): CodeAction[] {
    try {
        return fix(context);
    } catch (error) {
        console.error(`Lift: quick fix for ${context.rule} failed:`, error);
        return [];
    }
}

function collectFixes(tables: Array<Record<string, QuickFix>>): Map<string, QuickFix[]> {
    const byRule = new Map<string, QuickFix[]>();
    for (const table of tables) {
        for (const [rule, fix] of Object.entries(table)) byRule.set(rule, [...(byRule.get(rule) ?? []), fix]);
    }
    return byRule;
}
