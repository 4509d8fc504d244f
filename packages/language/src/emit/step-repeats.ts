// A run's steps come with repeats expanded (JSON shows every repetition). A watch and
// intervals.icu both prefer "6x (work, recovery)": this finds that pattern again.

/** The steps as one pattern said `count` (≥ 2) times — of one or two steps — else undefined. */
export function repeatedPattern<T>(steps: readonly T[]): { pattern: T[]; count: number } | undefined {
    for (const period of [1, 2]) {
        const count = steps.length / period;
        if (!Number.isInteger(count) || count < 2) continue;
        const pattern = steps.slice(0, period);
        const key = pattern.map(step => JSON.stringify(step));
        if (steps.every((step, i) => JSON.stringify(step) === key[i % period])) return { pattern, count };
    }
    return undefined;
}
