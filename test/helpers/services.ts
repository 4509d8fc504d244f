// Test helpers that make specs read like the language guide: parse a plan, get its
// diagnostics or its resolved calendar.

import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLiftServices, parseAndValidate, type LiftServices, type ResolvedPlan } from '@lift/language';

let counter = 0;

export function freshServices(): LiftServices {
    return createLiftServices(EmptyFileSystem).Lift;
}

const shared = freshServices();

/** Parses and validates `text` as a new file (a fresh URI each call). */
export async function parse(text: string, options: { services?: LiftServices; path?: string } = {}): Promise<LangiumDocument> {
    const uri = URI.parse(`file:///memory/${options.path ?? `plan-${++counter}.lift`}`);
    return parseAndValidate(options.services ?? shared, text, uri);
}

export async function diagnosticsOf(text: string, options?: { services?: LiftServices; path?: string }): Promise<Diagnostic[]> {
    return (await parse(text, options)).diagnostics ?? [];
}

/** Diagnostics of one rule, as "line:col message" strings are too brittle; tests read the objects. */
export async function ruleDiagnostics(text: string, rule: string, options?: { services?: LiftServices; path?: string }): Promise<Diagnostic[]> {
    return (await diagnosticsOf(text, options)).filter(d => d.code === rule);
}

export async function resolved(text: string, options?: { services?: LiftServices; path?: string }): Promise<ResolvedPlan> {
    const services = options?.services ?? shared;
    const document = await parse(text, { ...options, services });
    const plan = services.plan.PlanResolver.resolve(document);
    if (!plan) throw new Error(`no resolved plan; diagnostics: ${JSON.stringify(document.diagnostics)}`);
    return plan;
}

/** Diagnostics other than info, for asserting that a plan is clean. */
export function problems(diagnostics: Diagnostic[] | undefined): string[] {
    return (diagnostics ?? []).filter(d => d.severity !== 3 && d.severity !== 4).map(d => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

/**
 * Parses several files of one workspace (paths relative to file:///ws/) and validates
 * them together, as the CLI does after following imports. Fresh services each call.
 */
export async function parseFiles(files: Record<string, string>): Promise<Map<string, LangiumDocument>> {
    const services = freshServices();
    const workspace = services.shared.workspace;
    const { ensureBuiltinLibrary } = await import('@lift/language');
    const documents = new Map<string, LangiumDocument>();
    for (const [path, text] of Object.entries(files)) {
        const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${path}`));
        workspace.LangiumDocuments.addDocument(document);
        documents.set(path, document);
    }
    await workspace.DocumentBuilder.build([ensureBuiltinLibrary(services.shared), ...documents.values()], { validation: true });
    return documents;
}
