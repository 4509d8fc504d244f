// Asks the language server to compile a plan (`lift/build`). The server holds the only
// parser and validator; this side turns its answer into content or a clear refusal.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import type { LiftBuildParams, LiftBuildResult } from '../../language/src/lsp/lift-build-request.js';

export type { LiftBuildResult };

export const LIFT_BUILD_METHOD = 'lift/build';

export type BuildOutcome =
    | { ok: true; content: string; extension: string; warningCount: number }
    | { ok: false; reason: string; message: string; errorCount: number };

export class PlanBuilder {
    constructor(private readonly client: () => LanguageClient | undefined) {}

    async build(document: vscode.TextDocument, format: string): Promise<BuildOutcome> {
        const client = this.client();
        if (!client) return { ok: false, reason: 'no-server', message: 'the Lift language server is not running', errorCount: 0 };
        if (!client.isRunning()) await client.start();
        const params: LiftBuildParams = { uri: client.code2ProtocolConverter.asUri(document.uri), format };
        const result = await client.sendRequest<LiftBuildResult>(LIFT_BUILD_METHOD, params);
        if ('reason' in result) {
            return { ok: false, reason: result.reason, message: result.message, errorCount: result.errorCount };
        }
        return { ok: true, content: result.content, extension: result.extension, warningCount: result.warningCount };
    }
}

/** The plan in the active editor, or the one a menu passed; opened if it is not yet. */
export async function planDocument(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'lift') return editor.document;
    const visible = vscode.window.visibleTextEditors.find(e => e.document.languageId === 'lift');
    if (visible) return visible.document;
    void vscode.window.showErrorMessage('Lift: open a .lift plan in the editor first.');
    return undefined;
}

/** Tells the user why nothing was built; errors point at the Problems panel. */
export async function explainRefusal(action: string, outcome: Extract<BuildOutcome, { ok: false }>): Promise<void> {
    if (outcome.reason === 'errors') {
        const show = 'Show Problems';
        const choice = await vscode.window.showErrorMessage(
            `Lift: cannot ${action}: ${outcome.message}. Fix ${outcome.errorCount === 1 ? 'it' : 'them'} first; the Problems panel lists ${outcome.errorCount === 1 ? 'it' : 'them'}.`,
            show
        );
        if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
    }
    await vscode.window.showErrorMessage(`Lift: cannot ${action}: ${outcome.message}`);
}
