// The closed value sets of the language and the facts that go with them, each stated once:
// completion, validation, messages, the build formats, the VS Code snippets
// (scripts/generate-snippets.mjs) and the documentation all read them from here.

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
/** A session declared without `heavy` or `light` is heavy. */
export const DEFAULT_INTENSITY: Intensity = 'heavy';

/** The intensity of a session as written (`undefined` when the session says nothing). */
export function sessionIntensity(written: string | undefined): Intensity {
    return written === 'light' ? 'light' : DEFAULT_INTENSITY;
}

/** Whether a run kind is quality under the plan's `quality-runs` (DEFAULT_QUALITY_RUNS unless set). */
export function isQualityKind(qualityRuns: ReadonlySet<string>, kind: string): boolean {
    return qualityRuns.has(kind);
}

/**
 * A run or cross session that counts as a quality run, as the resolved plan decided it once:
 * a quality kind, marked `hard`, or a race (a cross session only when `hard`).
 */
export function isQualityRun<A extends { type: string }>(
    _plan: unknown, activity: A
): activity is Extract<A, { type: 'run' | 'cross' }> {
    return (activity.type === 'run' || activity.type === 'cross') && (activity as unknown as { quality?: boolean }).quality === true;
}

/** The marks the calendar formats (HTML, Markdown) put before an activity or a note. */
export const ACTIVITY_MARKS = { heavy: '▲', light: '△', quality: '◆', race: '★', warning: '⚠', info: 'ℹ', error: '✖' } as const;

export function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
    return value !== undefined && (values as readonly string[]).includes(value);
}
