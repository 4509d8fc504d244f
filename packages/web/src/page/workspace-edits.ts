// Applies a server's WorkspaceEdit (a quick fix) to the open editors, in every file it
// touches. Positions refer to the text the server saw; edits made since then map them.

import { LSPPlugin, type LSPClient } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';

export function applyWorkspaceEdit(client: LSPClient, edit: lsp.WorkspaceEdit): void {
    for (const [uri, edits] of editsByFile(edit)) {
        const view = client.workspace.getFile(uri)?.getView();
        const plugin = view && LSPPlugin.get(view);
        if (!view || !plugin) continue;
        const at = (position: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
        view.dispatch({
            changes: edits.map(change => ({ from: at(change.range.start), to: at(change.range.end), insert: change.newText })),
            userEvent: 'quickfix'
        });
    }
}

function editsByFile(edit: lsp.WorkspaceEdit): Array<[string, lsp.TextEdit[]]> {
    const byFile: Array<[string, lsp.TextEdit[]]> = Object.entries(edit.changes ?? {});
    for (const change of edit.documentChanges ?? []) {
        if ('textDocument' in change) byFile.push([change.textDocument.uri, change.edits.filter((e): e is lsp.TextEdit => 'range' in e)]);
    }
    return byFile;
}
