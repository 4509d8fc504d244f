// Which of several sessions suits the place a quick fix would put it: the plan's athlete and
// the phase around the `lift`. A fix that offers "lift the light session X instead" lists
// the sessions that fit first, so that the preferred fix is the one a coach would pick.
//
// A session's level is not declared; it is read from its exercises (the hardest `level`
// among them) unless its name says it outright ("BeginnerMaintenance"). The phase counts
// when the session is already lifted in that phase, or in another phase of the same focus.

import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { LEVELS, isOneOf, type Level } from '../../model/vocabulary.js';

const DEFAULT_LEVEL: Level = 'intermediate';

/** The sessions in order of fit for the `lift` at `place`; equally good ones keep their order. */
export function sessionsByFit(place: ast.LiftActivity, sessions: readonly ast.Session[]): ast.Session[] {
    const athlete = athleteLevel(place);
    const phase = AstUtils.getContainerOfType(place, ast.isPhase);
    const scored = sessions.map((session, index) => ({ session, index, score: levelDistance(sessionLevel(session), athlete) * 10 + phaseDistance(session, phase) }));
    return scored.sort((a, b) => a.score - b.score || a.index - b.index).map(entry => entry.session);
}

function athleteLevel(place: ast.LiftActivity): Level {
    const plan = AstUtils.getContainerOfType(place, ast.isPlan);
    const written = plan?.athletes[0]?.levels[0]?.value;
    return isOneOf(LEVELS, written) ? written : DEFAULT_LEVEL;
}

/** The level a session's name claims, else the hardest level among its exercises. */
export function sessionLevel(session: ast.Session): Level | undefined {
    const named = LEVELS.find(level => session.name.toLowerCase().includes(level));
    if (named) return named;
    const levels = session.exercises.map(line => line.exercise.ref?.levels[0]?.value).filter(level => isOneOf(LEVELS, level));
    return levels.length > 0 ? LEVELS[Math.max(...levels.map(level => LEVELS.indexOf(level as Level)))] : undefined;
}

/** 0 for the athlete's own level (or none known); a level above theirs counts double. */
function levelDistance(session: Level | undefined, athlete: Level): number {
    if (!session) return 0;
    const steps = LEVELS.indexOf(session) - LEVELS.indexOf(athlete);
    return steps > 0 ? steps * 2 : -steps;
}

/** 0: already lifted in this phase; 1: in a phase of the same focus; 2: neither. */
function phaseDistance(session: ast.Session, phase: ast.Phase | undefined): number {
    if (!phase) return 0;
    if (liftsIn(phase).has(session.name)) return 0;
    const plan = AstUtils.getContainerOfType(phase, ast.isPlan);
    const sameFocus = plan?.phases.filter(other => other !== phase && other.focus === phase.focus) ?? [];
    return sameFocus.some(other => liftsIn(other).has(session.name)) ? 1 : 2;
}

function liftsIn(phase: ast.Phase): Set<string> {
    const lines = [...phase.days, ...phase.overrides.flatMap(override => override.days)];
    return new Set(lines.flatMap(line => line.activities).filter(ast.isLiftActivity).map(lift => lift.session.$refText));
}
