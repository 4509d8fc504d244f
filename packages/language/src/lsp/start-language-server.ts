// `lift lsp --stdio`: the Langium language server over standard input and output, with the
// same services as the CLI plus the editor features.

import { NodeFileSystem } from 'langium/node';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createLiftServices } from '../lift-module.js';
import { LiftLspModule } from './lift-lsp-module.js';
import { registerLiftBuildRequest } from './lift-build-request.js';
import { registerFormattingRequests } from './lift-formatter.js';
import { publishDiagnosticsWithVersions } from './versioned-diagnostics.js';

export function startLiftLanguageServer(): void {
    const connection = createConnection(ProposedFeatures.all);
    const { shared } = createLiftServices({ connection, ...NodeFileSystem }, LiftLspModule);
    // Check every file of the workspace at start-up, not only the open ones: the editor's
    // problem list then shows all of a coach's plans, as `lift check .` would.
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    publishDiagnosticsWithVersions(shared);
    registerLiftBuildRequest(shared);
    startLanguageServer(shared);
    // After Langium's own handlers, which these replace.
    registerFormattingRequests(shared);
}
