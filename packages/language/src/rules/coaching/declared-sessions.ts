// What the local coaching rules read: the sessions and warm-ups declared in the file being
// checked (a library file is checked like a plan file), and how messages name an exercise.

import type * as ast from '../../generated/ast.js';
import { sessionIntensity } from '../../model/vocabulary.js';
import { parseRepeat, type Repeat } from '../../model/quantities.js';

export interface DeclaredLine {
    session: ast.Session;
    line: ast.ExerciseLine;
    /** Position of the line in its session, from 0. */
    position: number;
    /** Sets × reps (or × hold) as written; undefined when the scheme does not parse. */
    repeat?: Repeat;
}

/** Every exercise line of every session declared in the file, in the order written. */
export function declaredLines(file: ast.LiftFile): DeclaredLine[] {
    return file.sessions.flatMap(session => session.exercises.map((line, position) => ({
        session, line, position, repeat: parseRepeat(line.scheme)
    })));
}

/** A session declared without `light` is heavy (docs/language.md). */
export function isLightSession(session: ast.Session): boolean {
    return sessionIntensity(session.intensity) === 'light';
}

/** The exercise id as written on the line ("squat"). */
export function exerciseId(line: ast.ExerciseLine): string {
    return line.exercise.$refText;
}

/** The primary muscles an exercise declares, or an empty list when it is not resolved. */
export function primaryMuscles(exercise: ast.Exercise | undefined): string[] {
    return exercise?.muscleLists.flatMap(list => list.muscles) ?? [];
}

