// Every editor feature answers on half-written text: each prefix of a real plan (cut every
// few characters) is opened, and every provider is asked at the cut and in the middle.
// None may throw; the server must keep answering while a coach types.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { beforeAll, expect, test } from 'vitest';
import { ResponseError } from 'vscode-languageserver';
import type { LiftServices } from '@lift/language';
import { lspServices, openFiles, positionParams } from './lsp-services.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

const EXAMPLES = join(import.meta.dirname, '../../examples');
const STEP = 7;

async function askEverything(document: LangiumDocument, offset: number): Promise<void> {
    const lsp = services.lsp;
    const textDocument = { uri: document.textDocument.uri };
    const at = positionParams(document, offset);
    const whole = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    await lsp.CompletionProvider!.getCompletion(document, at);
    await lsp.HoverProvider!.getHoverContent(document, at);
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: whole });
    await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: whole, context: { diagnostics: document.diagnostics ?? [] } });
    await lsp.DefinitionProvider!.getDefinition(document, at);
    try {
        await lsp.RenameProvider!.prepareRename(document, at);
    } catch (error) {
        // Refusing to rename a built-in exercise is an answer, not a failure.
        if (!(error instanceof ResponseError)) throw error;
    }
}

test.each(['spring-marathon.lift', 'lib/strength.lift'])('every provider answers on every prefix of %s', async name => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    let asked = 0;
    for (let length = 0; length <= text.length; length += STEP) {
        const prefix = text.slice(0, length);
        const { [name]: document } = await openFiles(services, { [name]: prefix, 'lib/strength.lift': readFileSync(join(EXAMPLES, 'lib/strength.lift'), 'utf8') });
        await askEverything(document, prefix.length);
        await askEverything(document, Math.floor(prefix.length / 2));
        asked++;
    }
    expect(asked).toBeGreaterThan(text.length / STEP - 1);
}, 120_000);
