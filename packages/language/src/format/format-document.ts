// Formatting a `.lift` document: the engine behind `lift fmt` and the editor's "Format
// Document". It only changes whitespace, never a word or a comment, and it refuses a file
// that does not parse rather than guess at its structure.

import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { layoutSeparators, type Separator } from './canonical-layout.js';
import { tokenStream } from './token-stream.js';

export type FormatOutcome =
    | { kind: 'formatted'; text: string; changed: boolean }
    | { kind: 'syntax-errors' };

/** Whether the parser read the whole file; only such a file is formatted. */
export function canFormat(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length === 0 && parserErrors.length === 0;
}

/** The document's text in the canonical layout. */
export function formatDocumentText(document: LangiumDocument): FormatOutcome {
    if (!canFormat(document)) return { kind: 'syntax-errors' };
    const original = document.textDocument.getText();
    const text = applySeparators(original, separatorsOf(document));
    return { kind: 'formatted', text, changed: text !== original };
}

/**
 * The edits that bring the document into the canonical layout, one per changed stretch of
 * whitespace; with a range, only those inside it (the editor's "Format Selection").
 */
export function formattingEdits(document: LangiumDocument, range?: Range): TextEdit[] {
    // In the editor the text changes as soon as the user types, before it is parsed again:
    // edits computed from an older parse would land in the wrong places. No edits then; the
    // next request sees the new parse.
    if (!canFormat(document) || parsedText(document) !== document.textDocument.getText()) return [];
    const textDocument = document.textDocument;
    const original = textDocument.getText();
    const first = range ? textDocument.offsetAt(range.start) : 0;
    const last = range ? textDocument.offsetAt(range.end) : original.length;
    return separatorsOf(document)
        .filter(separator => original.slice(separator.start, separator.end) !== separator.text)
        .filter(separator => separator.start >= first && separator.end <= last)
        .map(separator => ({
            range: { start: textDocument.positionAt(separator.start), end: textDocument.positionAt(separator.end) },
            newText: separator.text
        }));
}

/** The text the current parse was made from. */
function parsedText(document: LangiumDocument): string | undefined {
    return document.parseResult.value.$cstNode?.root.fullText;
}

function separatorsOf(document: LangiumDocument): Separator[] {
    return layoutSeparators(document, tokenStream(document));
}

function applySeparators(original: string, separators: Separator[]): string {
    let text = '';
    let position = 0;
    for (const separator of separators) {
        text += original.slice(position, separator.start) + separator.text;
        position = separator.end;
    }
    return text + original.slice(position);
}
