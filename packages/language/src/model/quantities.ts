// Reading the unit-carrying tokens of the language: QUANTITY (90s, 5km, 80kg, 75%),
// REPEAT (4x5, 3x30s, 6x800m) and STEP (+2.5kg/week). The grammar has one terminal per
// shape, not per unit, and keeps the token as text (so the lexer never has to choose
// between `5m` and `5min`); what the unit means is decided here, in one place.

export type DurationUnit = 's' | 'min' | 'h' | 'hmin';
export type DistanceUnit = 'm' | 'km' | 'mi';
export type LoadUnit = 'kg' | 'lb' | '%';

export type Quantity =
    | { kind: 'duration'; seconds: number; text: string }
    | { kind: 'distance'; meters: number; text: string }
    | { kind: 'load'; value: number; unit: LoadUnit; text: string };

const QUANTITY = /^(\d+(?:\.\d+)?)(h(\d+)min|min|s|h|km|mi|m|kg|lb|%)$/;

export function parseQuantity(text: string): Quantity | undefined {
    const match = QUANTITY.exec(text);
    if (!match) return undefined;
    const value = Number(match[1]);
    const unit = match[2];
    if (match[3] !== undefined) return { kind: 'duration', seconds: value * 3600 + Number(match[3]) * 60, text };
    switch (unit) {
        case 's': return { kind: 'duration', seconds: value, text };
        case 'min': return { kind: 'duration', seconds: value * 60, text };
        case 'h': return { kind: 'duration', seconds: value * 3600, text };
        case 'm': return { kind: 'distance', meters: value, text };
        case 'km': return { kind: 'distance', meters: value * 1000, text };
        case 'mi': return { kind: 'distance', meters: value * 1609.344, text };
        default: return { kind: 'load', value, unit: unit as LoadUnit, text };
    }
}

/** Seconds of a duration text such as `90s`, `2min` or `1h30min`; undefined for other units. */
export function parseDuration(text: string): number | undefined {
    const quantity = parseQuantity(text);
    return quantity?.kind === 'duration' ? quantity.seconds : undefined;
}

export interface Repeat {
    count: number;
    /** Reps per set when the second part has no unit. */
    reps?: number;
    /** The second part when it carries a unit: a hold or an interval duration, or a distance. */
    each?: Quantity;
    text: string;
}

const REPEAT = /^(\d+)[x×](\d+(?:\.\d+)?(?:h\d+min|min|s|h|km|mi|m)?)$/;

export function parseRepeat(text: string): Repeat | undefined {
    const match = REPEAT.exec(text);
    if (!match) return undefined;
    const count = Number(match[1]);
    const second = match[2];
    if (/^\d+(\.\d+)?$/.test(second)) return { count, reps: Number(second), text };
    return { count, each: parseQuantity(second), text };
}

export interface ProgressStep {
    value: number;
    unit: LoadUnit;
    text: string;
}

const STEP = /^\+(\d+(?:\.\d+)?)(kg|lb|%)\/week$/;

export function parseStep(text: string): ProgressStep | undefined {
    const match = STEP.exec(text);
    return match ? { value: Number(match[1]), unit: match[2] as LoadUnit, text } : undefined;
}

export const KG_PER_LB = 0.45359237;

/** The default smallest load step: 0.5 kg or 1 lb. */
export function defaultLoadStep(unit: 'kg' | 'lb'): number {
    return unit === 'kg' ? 0.5 : 1;
}

/** Rounds a resolved load to the nearest multiple of `step` (default 0.5 kg or 1 lb), halves up. */
export function roundLoad(value: number, unit: 'kg' | 'lb', step = defaultLoadStep(unit)): number {
    // Round half up on a value nudged by a tiny epsilon so that 81.25 gives 81.5, not 81;
    // the last rounding drops the float noise of multiplying back (3 × 0.1).
    return Number((Math.round((value + 1e-9) / step) * step).toFixed(6));
}

/** A load in another unit (1 lb = 0.45359237 kg). */
export function convertLoad(value: number, from: 'kg' | 'lb', to: 'kg' | 'lb'): number {
    if (from === to) return value;
    return from === 'lb' ? value * KG_PER_LB : value / KG_PER_LB;
}

/** A pace target: seconds per km or mile, `from` the faster (smaller) end. */
export interface Pace {
    from: number;
    to: number;
    per: 'km' | 'mi';
}

const PACE = /^(\d{1,2}):(\d{2})(?:-(\d{1,2}):(\d{2}))?\/(km|mi)$/;

/** `3:50/km` or `4:10-4:20/km` (either end first); undefined when a part is not a pace (`3:75/km`). */
export function parsePace(text: string): Pace | undefined {
    const match = PACE.exec(text);
    if (!match) return undefined;
    const first = paceSeconds(match[1], match[2]);
    const second = match[3] === undefined ? first : paceSeconds(match[3], match[4]);
    if (first === undefined || second === undefined) return undefined;
    return { from: Math.min(first, second), to: Math.max(first, second), per: match[5] as 'km' | 'mi' };
}

function paceSeconds(minutes: string, seconds: string): number | undefined {
    const total = Number(minutes) * 60 + Number(seconds);
    return Number(seconds) < 60 && total > 0 ? total : undefined;
}

/** A heart-rate zone `z1`…`z5`, or undefined. */
export function parseZone(text: string): number | undefined {
    const match = /^z([1-5])$/.exec(text);
    return match ? Number(match[1]) : undefined;
}

/** "90s", "2min", "1h", "1h30min": a duration as the language writes it ("0s" for none). */
export function formatDuration(seconds: number): string {
    if (seconds === 0) return '0s';
    if (seconds % 3600 === 0) return `${seconds / 3600}h`;
    if (seconds > 3600 && seconds % 60 === 0) return `${Math.floor(seconds / 3600)}h${(seconds % 3600) / 60}min`;
    if (seconds % 60 === 0) return `${seconds / 60}min`;
    return `${seconds}s`;
}
