// "Format Document" and "Format Selection" in the editor: the same engine as `lift fmt`
// (format/), so the editor and the command line never disagree. The layout is the
// language's own; the editor's tab settings do not change it.

import { DocumentState, OperationCancelled, URI, type LangiumDocument, type MaybePromise } from 'langium';
import type { Formatter, LangiumServices, LangiumSharedServices } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError, type CancellationToken, type DocumentFormattingParams, type DocumentOnTypeFormattingOptions,
    type DocumentRangeFormattingParams, type TextEdit
} from 'vscode-languageserver';
import { formattingEdits } from '../format/format-document.js';

export class LiftFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return formattingEdits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return formattingEdits(document, params.range);
    }

    formatDocumentOnType(): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

/**
 * Replaces Langium's formatting handlers with ones that wait for the document the editor
 * shows. Langium's wait only for a parsed document, which right after `didOpen` or
 * `didChange` is the previous text (or none) while the update is still queued: the editor
 * then got `[]`, or edits for text it no longer has. A read of the workspace lock runs
 * after every queued update, as the `lift/build` request does.
 */
export function registerFormattingRequests(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const formatting = <P extends { textDocument: { uri: string } }>(format: (formatter: LiftFormatter, document: LangiumDocument, params: P) => MaybePromise<TextEdit[]>) =>
        async (params: P, token: CancellationToken): Promise<TextEdit[] | ResponseError<void>> => {
            await shared.workspace.WorkspaceManager.ready;
            return shared.workspace.WorkspaceLock.read(async () => {
                if (token.isCancellationRequested) return cancelled();
                const uri = URI.parse(params.textDocument.uri);
                if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return [];
                try {
                    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Parsed, uri, token);
                } catch (error) {
                    if (error === OperationCancelled) return cancelled();
                    throw error;
                }
                const formatter = (shared.ServiceRegistry.getServices(uri) as LangiumServices).lsp.Formatter;
                if (!(formatter instanceof LiftFormatter)) return [];
                return format(formatter, shared.workspace.LangiumDocuments.getDocument(uri)!, params);
            });
        };
    connection.onDocumentFormatting(formatting<DocumentFormattingParams>((formatter, document, params) => formatter.formatDocument(document, params)));
    connection.onDocumentRangeFormatting(formatting<DocumentRangeFormattingParams>((formatter, document, params) => formatter.formatDocumentRange(document, params)));
}

function cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
}
