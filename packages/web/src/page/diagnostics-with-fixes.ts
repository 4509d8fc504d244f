// Diagnostics from the Lift server as CodeMirror lint markers, with the rule id shown and
// the server's quick fixes as buttons. @codemirror/lsp-client shows diagnostics but has
// no code actions, so this handler replaces its own: it sets the markers at once, asks
// the server for the fixes of each diagnostic, and adds them while the text is unchanged.

import { setDiagnostics, type Action, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit } from './workspace-edits.js';

/** `onPublished` hears of every diagnostics notification (the calendar refreshes on it). */
export function diagnosticsWithFixes(onPublished: () => void): LSPClientExtension & { notificationHandlers: NonNullable<LSPClientExtension['notificationHandlers']> } {
    return {
        clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: {} } },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: lsp.PublishDiagnosticsParams) => {
                onPublished();
                return showDiagnostics(client, params);
            }
        }
    };
}

function showDiagnostics(client: LSPClient, params: lsp.PublishDiagnosticsParams): boolean {
    const file = client.workspace.getFile(params.uri);
    if (!file || (params.version != null && params.version !== file.version)) return false;
    const view = file.getView();
    const plugin = view && LSPPlugin.get(view);
    if (!view || !plugin) return false;
    const version = file.version;
    view.dispatch(setDiagnostics(view.state, params.diagnostics.map(diagnostic => toEditorDiagnostic(plugin, diagnostic, []))));
    void addFixes(client, view, plugin, params, version);
    return true;
}

async function addFixes(client: LSPClient, view: EditorView, plugin: LSPPlugin, params: lsp.PublishDiagnosticsParams, version: number): Promise<void> {
    const fixes = await Promise.all(params.diagnostics.map(diagnostic => fixesFor(client, params.uri, diagnostic)));
    if (fixes.every(list => list.length === 0)) return;
    // Text typed meanwhile moves the ranges; the next diagnostics will bring fresh fixes.
    const file = client.workspace.getFile(params.uri);
    if (!file || file.version !== version || !plugin.unsyncedChanges.empty) return;
    const diagnostics = params.diagnostics.map((diagnostic, index) => toEditorDiagnostic(plugin, diagnostic, fixes[index].map(action => ({
        name: action.title,
        apply: () => { if (action.edit) applyWorkspaceEdit(client, action.edit); }
    }))));
    view.dispatch(setDiagnostics(view.state, diagnostics));
}

async function fixesFor(client: LSPClient, uri: string, diagnostic: lsp.Diagnostic): Promise<lsp.CodeAction[]> {
    try {
        const result = await client.request<lsp.CodeActionParams, Array<lsp.CodeAction | lsp.Command> | null>('textDocument/codeAction', {
            textDocument: { uri },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic], only: ['quickfix'] }
        });
        return (result ?? []).filter((item): item is lsp.CodeAction => 'edit' in item && item.edit !== undefined);
    } catch {
        return [];
    }
}

function toEditorDiagnostic(plugin: LSPPlugin, diagnostic: lsp.Diagnostic, actions: Action[]): EditorDiagnostic {
    const at = (position: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
    return {
        from: at(diagnostic.range.start),
        to: at(diagnostic.range.end),
        severity: severityOf(diagnostic.severity),
        message: diagnostic.message,
        // The rule id, shown before the message; hovering the marker also shows the rule's reason.
        source: typeof diagnostic.code === 'string' ? diagnostic.code : undefined,
        actions
    };
}

function severityOf(severity: lsp.DiagnosticSeverity | undefined): EditorDiagnostic['severity'] {
    switch (severity) {
        case 2: return 'warning';
        case 3: return 'info';
        case 4: return 'hint';
        default: return 'error';
    }
}
