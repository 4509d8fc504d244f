// Cross-training sessions (`cross bike 45min`) on a watch and in intervals.icu: the KIND is
// any identifier, so the common ones are recognised by name and the rest stay generic.

import type { RunStep } from '../../plan/run-steps.js';

/** A scheduled `cross KIND [AMOUNT]` session, as far as workout files need it. */
export interface CrossSession {
    type: 'cross';
    kind: string;
    amount?: string;
    note?: string;
    time?: number;
    index: number;
    steps?: RunStep[];
}

interface CrossKind {
    fit: { sport: string; subSport: string };
    intervals: string;
}

const GENERIC: CrossKind = { fit: { sport: 'generic', subSport: 'generic' }, intervals: 'Workout' };

const KINDS: Record<string, CrossKind> = {
    bike: { fit: { sport: 'cycling', subSport: 'generic' }, intervals: 'Ride' },
    swim: { fit: { sport: 'swimming', subSport: 'generic' }, intervals: 'Swim' },
    row: { fit: { sport: 'rowing', subSport: 'generic' }, intervals: 'Rowing' },
    elliptical: { fit: { sport: 'fitnessEquipment', subSport: 'elliptical' }, intervals: 'Elliptical' }
};

/** Other words coaches use for the same sports. */
const SYNONYMS: Record<string, string> = {
    cycling: 'bike', cycle: 'bike', ride: 'bike', spin: 'bike', 'indoor-bike': 'bike',
    swimming: 'swim', rowing: 'row', rower: 'row', erg: 'row', 'cross-trainer': 'elliptical'
};

function crossKind(kind: string): CrossKind {
    const word = kind.toLowerCase();
    return KINDS[SYNONYMS[word] ?? word] ?? GENERIC;
}

/** The FIT sport and sub-sport of a cross session. */
export function crossSport(kind: string): { sport: string; subSport: string } {
    return crossKind(kind).fit;
}

/** The intervals.icu activity type of a cross session. */
export function crossIntervalsType(kind: string): string {
    return crossKind(kind).intervals;
}

/** "Bike 45min". */
export function crossTitle(cross: CrossSession): string {
    const kind = `${cross.kind[0].toUpperCase()}${cross.kind.slice(1)}`;
    return cross.amount !== undefined ? `${kind} ${cross.amount}` : kind;
}
