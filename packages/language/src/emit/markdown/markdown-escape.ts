// Plan text inside Markdown: names and notes are the author's words, not markup. The
// characters that would start emphasis, code, links, HTML or a table cell are escaped;
// ordinary punctuation (`-`, `.`, `(`) stays as it is so the file reads well in a diff.

export function escapeMarkdown(text: string): string {
    return text
        .replace(/\r\n|\r|\n/g, ' ')
        .replace(/[\\`*_[\]<>|~#]/g, character => `\\${character}`)
        .replace(/&/g, '&amp;');
}
