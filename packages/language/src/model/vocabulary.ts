// The closed value sets of the language, with the words a coach reads in messages.
// Completion, validation and the documentation all read these lists.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = typeof WEEKDAYS[number];
export const WEEKDAY_NAMES: Record<Weekday, string> = {
    mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun'
};

export const RUN_KINDS = ['easy', 'recovery', 'long', 'tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race'] as const;
export type RunKind = typeof RUN_KINDS[number];
export const DEFAULT_QUALITY_RUNS: readonly RunKind[] = ['tempo', 'threshold', 'intervals', 'hills', 'fartlek', 'race'];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = typeof LEVELS[number];

export const FOCUSES = ['base', 'build', 'peak', 'taper', 'recovery'] as const;
export type Focus = typeof FOCUSES[number];

export const PRIORITIES = ['A', 'B', 'C'] as const;
export type Priority = typeof PRIORITIES[number];

export const PATTERNS = ['squat', 'hinge', 'lunge', 'push', 'pull', 'core', 'olympic', 'plyo', 'calf'] as const;
export type Pattern = typeof PATTERNS[number];

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type SeveritySetting = typeof SEVERITIES[number];
export type Severity = Exclude<SeveritySetting, 'off'>;

export const INTENSITIES = ['heavy', 'light'] as const;
export type Intensity = typeof INTENSITIES[number];

export function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
    return value !== undefined && (values as readonly string[]).includes(value);
}
