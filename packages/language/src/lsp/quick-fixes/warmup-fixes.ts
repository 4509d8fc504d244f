// Fixes for the `warmup` rule. A session without a warm-up gets a `warmup NAME` line naming
// a warm-up the file can see; when it sees none, a standard one (10 min of cardio, 6 min of
// mobility) is declared before the session and used. A warm-up missing its cardio or its
// mobility part gets that part added, in whichever file declares it.

import type { AstNode } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import {
    editsAt, indentationOf, insert, keywordNode, localEdits, nodeOfType, quickFix, type QuickFix, type QuickFixContext
} from './quick-fix.js';
import { visibleDeclarations } from '../visible-declarations.js';

const INDENT = '    ';
const STANDARD_CARDIO = 'cardio 10min';
const STANDARD_MOBILITY = 'mobility 6min';

/** The edit that writes `warmup NAME` first in a session's body, on a line of its own unless the body is on one line. */
function warmupLineEdit(session: ast.Session, name: string): TextEdit | undefined {
    const open = keywordNode(session, '{');
    const close = keywordNode(session, '}');
    if (!open) return undefined;
    if (close && close.range.start.line === open.range.start.line) return insert(open.range.end, ` warmup ${name}`);
    return insert(open.range.end, `\n${indentationOf(session)}${INDENT}warmup ${name}`);
}

/** Names the file already sees, which a new warm-up must not take (they share one namespace). */
function takenNames(context: QuickFixContext, session: ast.Session): Set<string> {
    const names = new Set<string>();
    const probes: Array<[AstNode, string]> = [[session, 'warmup']];
    if (session.exercises[0]) probes.push([session.exercises[0], 'exercise']);
    for (const [container, property] of probes) visibleDeclarations(context.services, container, property).forEach(description => names.add(description.name));
    const root = context.document.parseResult.value;
    if (ast.isLiftFile(root)) root.sessions.forEach(candidate => names.add(candidate.name));
    return names;
}

function visibleWarmups(context: QuickFixContext, session: ast.Session): ast.Warmup[] {
    return visibleDeclarations(context.services, session, 'warmup').map(description => description.node).filter(ast.isWarmup);
}

/** `warmup Standard { cardio 10min  mobility 6min }`, declared just before the session. */
function createStandardWarmup(context: QuickFixContext, session: ast.Session): CodeAction | undefined {
    const taken = takenNames(context, session);
    const name = ['Standard', 'StandardWarmup', 'Warmup'].find(candidate => !taken.has(candidate));
    const start = session.$cstNode?.range.start;
    const line = name && warmupLineEdit(session, name);
    if (!name || !start || !line) return undefined;
    const declaration = `warmup ${name} {\n${INDENT}${STANDARD_CARDIO}\n${INDENT}${STANDARD_MOBILITY}\n}\n\n`;
    return quickFix(context, `Create warm-up ${name} (${STANDARD_CARDIO}, ${STANDARD_MOBILITY}) and use it`,
        localEdits(context, insert({ line: start.line, character: 0 }, declaration), line), true);
}

function addWarmupLine(context: QuickFixContext, session: ast.Session): CodeAction[] {
    const warmups = visibleWarmups(context, session);
    if (warmups.length === 0) {
        const created = createStandardWarmup(context, session);
        return created ? [created] : [];
    }
    return warmups.flatMap((warmup, index) => {
        const edit = warmupLineEdit(session, warmup.name);
        return edit ? [quickFix(context, `Warm up with ${warmup.name}`, localEdits(context, edit), index === 0)] : [];
    });
}

/** Adds the missing cardio (first) or mobility (last) part to the warm-up's own declaration. */
function completeWarmup(context: QuickFixContext, warmup: ast.Warmup, missing: string[]): CodeAction[] {
    const open = keywordNode(warmup, '{');
    const close = keywordNode(warmup, '}');
    if (!open || !close) return [];
    const indent = indentationOf(warmup) + INDENT;
    const edits: TextEdit[] = [];
    if (missing.includes('cardio')) edits.push(insert(open.range.end, `\n${indent}${STANDARD_CARDIO}`));
    if (missing.includes('mobility')) {
        const lastPart = [...warmup.cardio, ...warmup.mobility].sort((a, b) => (b.$cstNode?.end ?? 0) - (a.$cstNode?.end ?? 0))[0];
        const after = lastPart?.$cstNode?.range.end ?? open.range.end;
        edits.push(insert(after, `\n${indent}${STANDARD_MOBILITY}`));
    }
    const parts = [missing.includes('cardio') ? STANDARD_CARDIO : undefined, missing.includes('mobility') ? STANDARD_MOBILITY : undefined].filter(Boolean);
    return edits.length > 0 ? [quickFix(context, `Add ${parts.join(' and ')} to warm-up ${warmup.name}`, editsAt(warmup, ...edits), true)] : [];
}

const warmupFix: QuickFix = context => {
    const session = nodeOfType(context, ast.isSession);
    if (!session) return [];
    const missing = Array.isArray(context.data.missing) ? context.data.missing.filter((part): part is string => typeof part === 'string') : [];
    if (!session.warmup) return addWarmupLine(context, session);
    const warmup = session.warmup.ref;
    return warmup ? completeWarmup(context, warmup, missing) : [];
};

export const WARMUP_FIXES: Record<string, QuickFix> = {
    'warmup': warmupFix
};
