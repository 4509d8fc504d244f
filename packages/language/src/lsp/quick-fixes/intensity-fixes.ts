// Fixes for heavy lifting in the wrong place (taper, recovery-48h, lift-after-run): lift a
// light session the file can see instead, or make the session itself light. And the
// reverse for light-session: a "light" session that prescribes heavy work is marked heavy.

import type { CodeAction } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { editsAt, insert, localEdits, nodeOfType, propertyNode, quickFix, replace, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { visibleDeclarations } from '../visible-declarations.js';
import { sessionsByFit } from './session-fit.js';

/** `lift StrengthA` → `lift Maintenance`, for each light session the file sees. */
function liftLightSessionInstead(context: QuickFixContext, lift: ast.LiftActivity): CodeAction[] {
    const reference = propertyNode(lift, 'session');
    if (!reference) return [];
    const light = visibleDeclarations(context.services, lift, 'session')
        .map(description => description.node)
        .filter((node): node is ast.Session => ast.isSession(node) && node.intensity === 'light');
    // The session that best suits the athlete and the phase is the preferred fix.
    return sessionsByFit(lift, light)
        .map((session, rank) => quickFix(context, `Lift the light session ${session.name} instead`, localEdits(context, replace(reference.range, session.name)), rank === 0));
}

/** Writes `light` (or `heavy`) as the session's intensity, wherever the session is declared. */
export function setIntensity(context: QuickFixContext, session: ast.Session, intensity: 'light' | 'heavy'): CodeAction | undefined {
    const written = propertyNode(session, 'intensity');
    const name = propertyNode(session, 'name');
    const edit = written ? replace(written.range, intensity) : name ? insert(name.range.end, ` ${intensity}`) : undefined;
    if (!edit) return undefined;
    const where = session.$container === context.document.parseResult.value ? '' : ' (in the file that declares it; every plan using it changes)';
    return quickFix(context, `Make session ${session.name} ${intensity}${where}`, editsAt(session, edit));
}

const makeLiftLight: QuickFix = context => {
    const lift = nodeOfType(context, ast.isLiftActivity);
    const session = lift?.session.ref;
    if (!lift || !session) return [];
    const light = setIntensity(context, session, 'light');
    return [...liftLightSessionInstead(context, lift), ...(light ? [light] : [])];
};

const markSessionHeavy: QuickFix = context => {
    const session = nodeOfType(context, ast.isSession);
    const heavy = session && setIntensity(context, session, 'heavy');
    return heavy ? [heavy] : [];
};

export const INTENSITY_FIXES: Record<string, QuickFix> = {
    'taper': makeLiftLight,
    'recovery-48h': makeLiftLight,
    'lift-after-run': makeLiftLight,
    'light-session': markSessionHeavy
};
