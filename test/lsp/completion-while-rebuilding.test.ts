// The editor's text changes before the server has rebuilt the document. A completion
// request arriving in between waits for the document built from the text the editor shows,
// instead of completing the new text against the old syntax tree.

import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, test } from 'vitest';
import { createLiftServices, ensureBuiltinLibrary, LiftLspModule } from '@lift/language';

const BEFORE = 'session Legs {\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n';
const AFTER = `${BEFORE}plan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift \n    }\n}\n`;

test('completion waits for the rebuild of the changed text, then completes against it', async () => {
    const { shared, Lift } = createLiftServices(EmptyFileSystem, LiftLspModule);
    await shared.workspace.DocumentBuilder.build([ensureBuiltinLibrary(shared)]);
    const uri = URI.parse('file:///stale/plan.lift');
    const shown = TextDocument.create(uri.toString(), 'lift', 1, BEFORE);
    shared.workspace.TextDocuments!.set(shown);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(shown, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);

    // didChange: the text document changes in place; the rebuild comes later.
    TextDocument.update(shown, [{ text: AFTER }], 2);
    const position = shown.positionAt(AFTER.indexOf('lift ') + 'lift '.length);
    let answered = false;
    const completion = Promise.resolve(Lift.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: uri.toString() }, position }))
        .then(list => { answered = true; return list; });
    await new Promise(resolve => setTimeout(resolve, 20));
    expect(answered).toBe(false);

    await shared.workspace.DocumentBuilder.update([uri], []);
    const labels = (await completion)?.items.map(item => item.label);
    expect(labels).toContain('Legs');
});
