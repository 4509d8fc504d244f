// Compiling a plan into a build format: the one pipeline behind `lift build` and the
// server's `lift/build` request. A plan with an error, in itself or in any file it imports
// (directly or not), is refused with the error count; so is a SOURCE_DATE_EPOCH that is
// not whole seconds, in both front ends (a reproducible build that silently used the
// clock would not be one).

import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { fileFormats, findEmitter, findFolderEmitter, type EmitInput, type OutputFile } from '../emit/emitters.js';
import type { LiftCoreServices } from '../lift-core-module.js';
import { MAX_SOURCE_DATE_EPOCH } from '../model/bounds.js';
import { plural } from '../rules/english.js';
import { importedUris } from '../workspace/imports.js';

/** The compiled plan. */
export interface BuildOutput {
    content: string;
    format: string;
    /** File extension with its dot, for save dialogs. */
    extension: string;
    mediaType: string;
    warningCount: number;
}

/** Why nothing was built. `errorCount` counts error diagnostics in the plan and its imports. */
export interface BuildRefusal {
    reason: 'errors' | 'no-plan' | 'unknown-format' | 'unknown-document' | 'invalid-source-date-epoch';
    message: string;
    errorCount: number;
    /** URIs of the files that have errors (the plan first). */
    filesWithErrors: string[];
}

export type BuildResult = BuildOutput | BuildRefusal;

/** The compiled plan of a format that writes a folder of files (`fit`). */
export interface FolderBuildOutput {
    files: OutputFile[];
    format: string;
    /** Extension of every file, with its dot. */
    extension: string;
}

export function isBuildRefusal(result: object): result is BuildRefusal {
    return 'reason' in result;
}

/** Langium's shared services, of the command line or of the language server. */
type Shared = LangiumSharedCoreServices;

/**
 * What is wrong with the build settings themselves, before any file is read: a format that
 * is not among `formats` (the one-file formats unless the caller writes folders too), or a
 * SOURCE_DATE_EPOCH that is not whole seconds since 1970 up to the end of 9999 (empty
 * counts as unset).
 */
export function buildSettingsRefusal(format: string, sourceDateEpoch: string | undefined, formats: string[] = fileFormats()): BuildRefusal | undefined {
    if (!formats.includes(format)) {
        return refusal('unknown-format', `unknown build format '${format}'; choose one of ${formats.join(', ')}`);
    }
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '' && (!/^\d+$/.test(sourceDateEpoch) || Number(sourceDateEpoch) > MAX_SOURCE_DATE_EPOCH)) {
        return refusal('invalid-source-date-epoch', `SOURCE_DATE_EPOCH must be whole seconds since 1970 up to ${MAX_SOURCE_DATE_EPOCH} (the end of 9999), not '${sourceDateEpoch}'`);
    }
    return undefined;
}

/** Compiles one validated document, whose imports are loaded and validated too. */
export function buildPlan(shared: Shared, document: LangiumDocument, format: string, sourceDateEpoch?: string): BuildResult {
    const settings = buildSettingsRefusal(format, sourceDateEpoch);
    if (settings) return settings;
    const emitter = findEmitter(format)!;
    const input = buildInput(shared, document, sourceDateEpoch);
    if (isBuildRefusal(input)) return input;
    return {
        content: emitter.emit(input),
        format: emitter.format,
        extension: emitter.extension,
        mediaType: emitter.mediaType,
        warningCount: input.diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length
    };
}

/** Compiles one validated document into a folder format's files (`fit`), refusing as buildPlan does. */
export async function buildPlanFiles(shared: Shared, document: LangiumDocument, format: string, sourceDateEpoch?: string): Promise<FolderBuildOutput | BuildRefusal> {
    const emitter = findFolderEmitter(format);
    const settings = buildSettingsRefusal(format, sourceDateEpoch, emitter ? [format] : []);
    if (settings || !emitter) return settings!;
    const input = buildInput(shared, document, sourceDateEpoch);
    if (isBuildRefusal(input)) return input;
    return { files: await emitter.emitFiles(input), format: emitter.format, extension: emitter.extension };
}

/** What every emitter reads, or why there is nothing to build: errors anywhere, or no plan. */
function buildInput(shared: Shared, document: LangiumDocument, sourceDateEpoch?: string): EmitInput | BuildRefusal {
    const withErrors = documentsWithErrors(shared, document);
    const errorCount = withErrors.reduce((sum, entry) => sum + entry.errors, 0);
    if (errorCount > 0) {
        const onlyItself = withErrors.length === 1 && withErrors[0].document === document;
        return {
            reason: 'errors',
            message: `${fileName(document.uri)}${onlyItself ? ' has' : ' and the files it imports have'} ${plural(errorCount, 'error')}`,
            errorCount,
            filesWithErrors: withErrors.map(entry => entry.document.uri.toString())
        };
    }
    const services = shared.ServiceRegistry.getServices(document.uri) as LiftCoreServices;
    const plan = services.plan.PlanResolver.resolve(document);
    if (!plan) {
        return refusal('no-plan', `${fileName(document.uri)} has no plan to build (a file without \`plan\` is a library)`);
    }
    return { plan, diagnostics: document.diagnostics ?? [], sourceDateEpoch: sourceDateEpoch ? Number(sourceDateEpoch) : undefined };
}

/** The document and every file it imports, directly or not, that has error diagnostics. */
function documentsWithErrors(shared: Shared, root: LangiumDocument): Array<{ document: LangiumDocument; errors: number }> {
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

export function refusal(reason: BuildRefusal['reason'], message: string): BuildRefusal {
    return { reason, message, errorCount: 0, filesWithErrors: [] };
}

function fileName(uri: URI): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
