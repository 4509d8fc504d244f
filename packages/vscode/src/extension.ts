// The Lift extension: a thin client over the Lift language server. Checking, completion,
// hover and the compile step all happen in the server (the same Langium services as the
// `lift` command); this side starts it, forwards settings and hosts the calendar preview
// and the exports.

import * as vscode from 'vscode';
import {
    InlayHintRequest, LanguageClient, TransportKind,
    type LanguageClientOptions, type ServerOptions
} from 'vscode-languageclient/node.js';
import { CalendarPreviews } from './calendar-preview.js';
import { registerExportCommands } from './export-commands.js';
import { PlanBuilder } from './plan-builder.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    if (onlyVirtualFolders()) {
        // The server reads imports and the built-in library from disk; highlighting and
        // snippets work without it.
        return;
    }
    client = createClient(context);
    const builder = new PlanBuilder(() => client);
    const previews = new CalendarPreviews(context, builder);
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('lift.openCalendarPreview', (uri?: vscode.Uri) => previews.open(uri)),
        vscode.commands.registerCommand('lift.restartServer', () => client?.restart()),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration('lift.inlayHints.enabled')) refreshInlayHints();
        }),
        ...registerExportCommands(builder)
    );
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath('dist/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'lift' },
            { scheme: 'untitled', language: 'lift' }
        ],
        // The extension contributes its own snippets; the server's would show twice. VS Code
        // shows a diagnostic's message at the top of the hover, so the server's hover gives
        // the rule's reason and link without repeating it.
        initializationOptions: { snippets: false, diagnosticMessagesInHover: false },
        synchronize: {
            // Imported files that change on disk (a git checkout, another editor) are re-read.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.lift')
        },
        middleware: {
            provideInlayHints: (document, range, token, next) =>
                inlayHintsEnabled(document) ? next(document, range, token) : []
        }
    };
    // The id `lift` makes the client read `lift.trace.server` by itself.
    return new LanguageClient('lift', 'Lift Language Server', serverOptions, clientOptions);
}

function inlayHintsEnabled(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration('lift', document).get<boolean>('inlayHints.enabled', true);
}

function refreshInlayHints(): void {
    const feature = client?.getFeature(InlayHintRequest.method);
    for (const editor of vscode.window.visibleTextEditors) {
        if (editor.document.languageId !== 'lift') continue;
        feature?.getProvider(editor.document)?.onDidChangeInlayHints.fire();
    }
}

function onlyVirtualFolders(): boolean {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders.length > 0 && folders.every(folder => folder.uri.scheme !== 'file');
}
