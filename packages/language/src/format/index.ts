// The formatter's public face: one engine for `lift fmt` and the language server.

export { canFormat, formatDocumentText, formattingEdits, type FormatOutcome } from './format-document.js';
