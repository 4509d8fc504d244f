// Formatting a text with the same services as the CLI and the language server.

import { URI } from 'langium';
import { formatDocumentText, type FormatOutcome } from '@lift/language';
import { freshServices } from '../helpers/services.js';

const services = freshServices();
let counter = 0;

export function formatOutcome(text: string): FormatOutcome {
    const uri = URI.parse(`file:///format/file-${++counter}.lift`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    return formatDocumentText(document);
}

/** The formatted text; fails the test when the formatter refuses. */
export function format(text: string): string {
    const outcome = formatOutcome(text);
    if (outcome.kind !== 'formatted') throw new Error('the formatter refused a file with syntax errors');
    return outcome.text;
}

/** Every word, number, symbol and comment in text order: what formatting must never change. */
export function nonWhitespace(text: string): string[] {
    return text.split(/\s+/).filter(part => part.length > 0);
}
