// `textDocument/publishDiagnostics` with the version of the text the diagnostics are about,
// so an editor can drop a late publication for text it no longer shows. Langium publishes
// without one; every publication of the server goes through the connection, so the version
// is added there.

import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';

export function publishDiagnosticsWithVersions(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => send({ ...params, version: params.version ?? versionOf(shared, params.uri) });
}

/** The version of an open document's text as it was parsed; files only on disk have none. */
function versionOf(shared: LangiumSharedServices, uri: string): number | undefined {
    const parsed = URI.parse(uri);
    if (!shared.workspace.TextDocuments?.get(uri)) return undefined;
    const documents = shared.workspace.LangiumDocuments;
    return documents.hasDocument(parsed) ? documents.getDocument(parsed)!.textDocument.version : undefined;
}
