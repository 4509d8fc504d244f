// Quick fixes as an editor uses them: validate the files, ask for the code actions of a real
// diagnostic, apply the chosen action's edits, validate the result again.

import { TextDocument, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { LiftServices } from '@lift/language';
import { openFiles } from './lsp-services.js';

export interface FixScenario {
    services: LiftServices;
    /** Files by path; the first one is where the diagnostic is looked for. */
    files: Record<string, string>;
    rule: string;
}

export interface FixOffer {
    documents: Record<string, LangiumDocument>;
    diagnostic: Diagnostic;
    actions: CodeAction[];
}

/** The code actions offered for the one diagnostic of `rule` in the first file. */
export async function offeredFixes({ services, files, rule }: FixScenario): Promise<FixOffer> {
    const documents = await openFiles(services, files);
    const main = documents[Object.keys(files)[0]];
    const matching = (main.diagnostics ?? []).filter(d => d.code === rule);
    if (matching.length !== 1) throw new Error(`expected one ${rule} diagnostic, got ${matching.length}: ${JSON.stringify(main.diagnostics?.map(d => `${d.code} ${d.message}`))}`);
    const diagnostic = matching[0];
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(main, {
        textDocument: { uri: main.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 }
    }) as CodeAction[];
    return { documents, diagnostic, actions };
}

/** The files after applying an action's edits, by path. */
export function applyAction(offer: FixOffer, action: CodeAction): Record<string, string> {
    const texts: Record<string, string> = {};
    for (const [path, document] of Object.entries(offer.documents)) {
        const edits = action.edit?.changes?.[document.textDocument.uri] ?? [];
        texts[path] = TextDocument.applyEdits(document.textDocument, edits);
    }
    return texts;
}

/** The diagnostics of `rule` in the first file once the fixed files are validated again. */
export async function remainingAfter(services: LiftServices, files: Record<string, string>, rule: string): Promise<Diagnostic[]> {
    const documents = await openFiles(services, files);
    return (documents[Object.keys(files)[0]].diagnostics ?? []).filter(d => d.code === rule);
}

export function actionTitled(offer: FixOffer, title: string | RegExp): CodeAction {
    const action = offer.actions.find(candidate => typeof title === 'string' ? candidate.title === title : title.test(candidate.title));
    if (!action) throw new Error(`no action ${title}; offered: ${offer.actions.map(a => a.title).join(' | ')}`);
    return action;
}
