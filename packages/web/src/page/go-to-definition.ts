// F12: go to the declaration of the name under the cursor, in whichever file declares it.
// Langium answers `textDocument/definition` with LocationLinks, which the jump command of
// @codemirror/lsp-client 6.3 does not read (it expects Locations), so the playground has
// its own, reading both.

import { LSPPlugin } from '@codemirror/lsp-client';
import { Prec, type Extension } from '@codemirror/state';
import { keymap, type Command, type EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

type DefinitionResult = lsp.Location | lsp.Location[] | lsp.LocationLink[] | null;

export const goToDefinition: Command = view => {
    const plugin = LSPPlugin.get(view);
    if (!plugin) return false;
    plugin.client.sync();
    const position = plugin.toPosition(view.state.selection.main.head);
    void plugin.client.request<lsp.DefinitionParams, DefinitionResult>('textDocument/definition', { textDocument: { uri: plugin.uri }, position })
        .then(result => jumpTo(plugin, view, targetOf(result)))
        .catch(error => plugin.reportError('Go to definition failed', error));
    return true;
};

export function goToDefinitionKeymap(): Extension {
    return Prec.high(keymap.of([{ key: 'F12', run: goToDefinition }]));
}

function targetOf(result: DefinitionResult): { uri: string; start: lsp.Position } | undefined {
    const first = Array.isArray(result) ? result[0] : result;
    if (!first) return undefined;
    return 'targetUri' in first
        ? { uri: first.targetUri, start: first.targetSelectionRange.start }
        : { uri: first.uri, start: first.range.start };
}

async function jumpTo(plugin: LSPPlugin, view: EditorView, target: { uri: string; start: lsp.Position } | undefined): Promise<void> {
    if (!target) return;
    const editor = target.uri === plugin.uri ? view : await plugin.client.workspace.displayFile(target.uri);
    const targetPlugin = editor && LSPPlugin.get(editor);
    if (!editor || !targetPlugin) return;
    const anchor = targetPlugin.fromPosition(target.start, editor.state.doc);
    editor.dispatch({ selection: { anchor }, scrollIntoView: true, userEvent: 'select.definition' });
    editor.focus();
}
