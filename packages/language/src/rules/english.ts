// The English that messages are built with: counts with the right plural, and lists
// joined the way a coach would write them.

/** "1 warning", "2 warnings", "1 day", "0 hours". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two", "three": small counts in words, as prose writes them; larger ones in digits. */
export function numberWord(count: number): string {
    return WORDS[count] ?? String(count);
}

/** "a", "a and b", "a, b and c" — with `or` for "no a, b or c". */
export function listOf(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
