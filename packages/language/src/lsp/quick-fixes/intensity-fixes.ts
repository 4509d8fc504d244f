// Fixes for heavy lifting in the wrong place (taper, recovery-48h, lift-after-run): lift a
// light session the file can see instead, or make the session itself light. And the
// reverse for light-session: a "light" session that prescribes heavy work is marked heavy,
// or, when its loads are heavy against the athlete's max, they are lowered below 80 % of it.

import type { CodeAction } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { editsAt, insert, localEdits, nodeOfType, propertyNode, quickFix, replace, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { visibleDeclarations } from '../visible-declarations.js';
import { sessionsByFit } from './session-fit.js';
import { HEAVY_PERCENT } from '../../rules/coaching/light-session.js';

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

/** The light session a diagnostic is about: at its name, or at a plan's `lift` of it. */
function lightSessionAt(context: QuickFixContext): ast.Session | undefined {
    return nodeOfType(context, ast.isSession) ?? nodeOfType(context, ast.isLiftActivity)?.session.ref;
}

const markSessionHeavy: QuickFix = context => {
    const session = lightSessionAt(context);
    const heavy = session && setIntensity(context, session, 'heavy');
    return heavy ? [heavy] : [];
};

interface LowerLoad {
    position: number;
    exercise: string;
    load: string;
}

/** `squat 2x5 @ 85kg` → `@ 79.5kg`: the loads the rule found heavy against the max, just below 80 % of it. */
const lowerLoadsBelowHeavy: QuickFix = context => {
    const session = lightSessionAt(context);
    const lower = Array.isArray(context.data.lower) ? context.data.lower as LowerLoad[] : [];
    if (!session || lower.length === 0) return [];
    const edits = lower.flatMap(({ position, exercise, load }) => {
        const line = session.exercises[position];
        const written = line?.exercise.$refText === exercise ? line.loads[0] : undefined;
        const value = written && propertyNode(written, 'value');
        return value ? [replace(value.range, load)] : [];
    });
    if (edits.length !== lower.length) return [];
    const loads = lower.map(({ exercise, load }) => `${exercise} to ${load}`).join(', ');
    const where = session.$container === context.document.parseResult.value ? '' : ' (in the file that declares it; every plan using it changes)';
    return [quickFix(context, `Lower ${loads}, below ${HEAVY_PERCENT} % of the max${where}`, editsAt(session, ...edits))];
};

export const INTENSITY_FIXES: Record<string, QuickFix> = {
    'taper': makeLiftLight,
    'recovery-48h': makeLiftLight,
    'lift-after-run': makeLiftLight,
    'light-session': context => [...lowerLoadsBelowHeavy(context), ...markSessionHeavy(context)]
};
