// The encoding check behind `syntax`: a `.lift` file is UTF-8. Bytes that are not valid
// UTF-8 (a Latin-1 `é` saved by an old editor) are decoded as U+FFFD, the replacement
// character; each run of them is an error at its place. The character has no use in a
// plan, so one typed on purpose is reported the same way.

import type { RuleContext } from '../rule.js';

const REPLACEMENT = /\uFFFD+/g;
const MAX_REPORTS = 20;

export function checkEncoding({ document, file, report }: RuleContext): void {
    const text = document.textDocument.getText();
    if (!text.includes('\uFFFD')) return;
    let reported = 0;
    for (const match of text.matchAll(REPLACEMENT)) {
        if (reported++ === MAX_REPORTS) break;
        const start = document.textDocument.positionAt(match.index);
        const end = document.textDocument.positionAt(match.index + match[0].length);
        report({ node: file, range: { start, end }, message: 'This text is not valid UTF-8 (the file was saved in another encoding, such as Latin-1): save the file as UTF-8 and retype the character.' });
    }
}
