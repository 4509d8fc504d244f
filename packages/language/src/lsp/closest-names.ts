// "Did you mean …?": the names closest to a misspelt one, by edit distance (a swap of two
// neighbouring letters counts as one edit, the commonest slip: `sqaut` for `squat`).

/** Up to `limit` candidates within a distance that still reads as a typo of `name`, closest first. */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
    const threshold = Math.max(2, Math.floor(name.length / 3));
    const lower = name.toLowerCase();
    return [...new Set(candidates)]
        .filter(candidate => candidate !== name)
        .map(candidate => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
        .filter(({ distance }) => distance <= threshold)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}
