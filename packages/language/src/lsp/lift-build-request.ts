// `lift/build`: the language server compiles an open plan with the same services, resolved
// plan and emitters as `lift build`, so the VS Code extension (calendar preview, exports)
// has no parser or validator of its own. A plan with errors, in itself or in a file it
// imports, is refused with the error count, as `lift build` refuses to write anything.

import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { RequestType } from 'vscode-languageserver';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { emitterFormats, findEmitter } from '../emit/emitters.js';
import type { LiftServices } from '../lift-module.js';
import { importedUris } from '../workspace/imports.js';

export interface LiftBuildParams {
    /** The plan document, as the client knows it (an open editor's URI). */
    uri: string;
    /** An emitter format: `json`, `ics`, `html`, `md`. */
    format: string;
}

/** The compiled plan. */
export interface LiftBuildOutput {
    content: string;
    format: string;
    /** File extension with its dot, for save dialogs. */
    extension: string;
    mediaType: string;
    warningCount: number;
}

/** Why nothing was built. `errorCount` counts error diagnostics in the plan and its imports. */
export interface LiftBuildRefusal {
    reason: 'errors' | 'no-plan' | 'unknown-format' | 'unknown-document';
    message: string;
    errorCount: number;
    /** URIs of the files that have errors (the plan first). */
    filesWithErrors: string[];
}

export type LiftBuildResult = LiftBuildOutput | LiftBuildRefusal;

export const LiftBuildRequest = new RequestType<LiftBuildParams, LiftBuildResult, void>('lift/build');

export function isLiftBuildRefusal(result: LiftBuildResult): result is LiftBuildRefusal {
    return 'reason' in result;
}

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
            return buildDocument(shared, document, params.format, process.env.SOURCE_DATE_EPOCH);
        });
    });
}

/** Compiles one validated document; exported for tests that have no connection. */
export function buildDocument(shared: LangiumSharedServices, document: LangiumDocument, format: string, sourceDateEpoch?: string): LiftBuildResult {
    const emitter = findEmitter(format);
    if (!emitter) {
        return refusal('unknown-format', `Lift cannot build '${format}'; it knows ${emitterFormats().join(', ')}.`);
    }
    const withErrors = documentsWithErrors(shared, document);
    const errorCount = withErrors.reduce((sum, entry) => sum + entry.errors, 0);
    if (errorCount > 0) {
        const count = errorCount === 1 ? '1 error' : `${errorCount} errors`;
        const onlyItself = withErrors.length === 1 && withErrors[0].document === document;
        return {
            reason: 'errors',
            message: onlyItself
                ? `${fileName(document.uri)} has ${count}`
                : `${fileName(document.uri)} and the files it imports have ${count}`,
            errorCount,
            filesWithErrors: withErrors.map(entry => entry.document.uri.toString())
        };
    }
    const services = shared.ServiceRegistry.getServices(document.uri) as LiftServices;
    const plan = services.plan.PlanResolver.resolve(document);
    if (!plan) {
        return refusal('no-plan', `${fileName(document.uri)} has no plan to build: a file without \`plan\` is a library.`);
    }
    const diagnostics = document.diagnostics ?? [];
    const epoch = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : undefined;
    return {
        content: emitter.emit({ plan, diagnostics, sourceDateEpoch: epoch }),
        format: emitter.format,
        extension: emitter.extension,
        mediaType: emitter.mediaType,
        warningCount: diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length
    };
}

/** The document and every file it imports, directly or not, that has error diagnostics. */
function documentsWithErrors(shared: LangiumSharedServices, root: LangiumDocument): Array<{ document: LangiumDocument; errors: number }> {
    const documents = shared.workspace.LangiumDocuments;
    const seen = new Set<string>();
    const pending = [root];
    const found: Array<{ document: LangiumDocument; errors: number }> = [];
    while (pending.length > 0) {
        const document = pending.shift()!;
        const key = document.uri.toString();
        if (seen.has(key)) continue;
        seen.add(key);
        const errors = countErrors(document.diagnostics ?? []);
        if (errors > 0) found.push({ document, errors });
        for (const imported of importedUris(document)) {
            const uri = URI.parse(imported);
            if (documents.hasDocument(uri)) pending.push(documents.getDocument(uri)!);
        }
    }
    return found;
}

function countErrors(diagnostics: Diagnostic[]): number {
    return diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length;
}

function refusal(reason: LiftBuildRefusal['reason'], message: string): LiftBuildRefusal {
    return { reason, message, errorCount: 0, filesWithErrors: [] };
}

function fileName(uri: URI): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
