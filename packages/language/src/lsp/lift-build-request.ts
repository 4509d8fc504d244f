// `lift/build`: the language server compiles an open plan with build/build-plan.ts, the
// pipeline `lift build` uses, so the VS Code extension (calendar preview, exports) has no
// parser or validator of its own and refuses exactly what the command refuses.

import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { RequestType } from 'vscode-languageserver';
import { buildPlan, isBuildRefusal, refusal, type BuildOutput, type BuildRefusal, type BuildResult } from '../build/build-plan.js';

export interface LiftBuildParams {
    /** The plan document, as the client knows it (an open editor's URI). */
    uri: string;
    /** An emitter format: `json`, `ics`, `html`, `md`. */
    format: string;
}

export type LiftBuildOutput = BuildOutput;
export type LiftBuildRefusal = BuildRefusal;
export type LiftBuildResult = BuildResult;

export const LiftBuildRequest = new RequestType<LiftBuildParams, LiftBuildResult, void>('lift/build');

export const isLiftBuildRefusal = isBuildRefusal;

/** Registers the `lift/build` request on the server's connection. */
export function registerLiftBuildRequest(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    connection.onRequest(LiftBuildRequest, async (params, token) => {
        await shared.workspace.WorkspaceManager.ready;
        // A normal read waits for queued writes (the document updates sent before this
        // request), so it sees the text the editor shows, built and validated.
        return shared.workspace.WorkspaceLock.read(async () => {
            const uri = URI.parse(params.uri);
            const documents = shared.workspace.LangiumDocuments;
            if (!documents.hasDocument(uri)) return refusal('unknown-document', `The Lift server has not loaded ${fileName(uri)}.`);
            const document = documents.getDocument(uri)!;
            if (document.state < DocumentState.Validated) {
                await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
            }
            return buildPlan(shared, document, params.format, process.env.SOURCE_DATE_EPOCH);
        });
    });
}

function fileName(uri: URI): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
