// A plan is linked and checked again when a library it imports changes: the names it sees
// come from that library, so nothing it resolved before may be kept.

import { TextDocument, URI } from 'langium';
import { beforeAll, expect, test } from 'vitest';
import type { LiftServices } from '@lift/language';
import { lspServices } from './lsp-services.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

const library = (session: string) => `warmup W { cardio 10min mobility 6min }\nsession ${session} {\n    warmup W\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n`;
const PLAN = 'import "lib.lift"\nplan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift Legs\n    }\n}\n';

test('renaming a library\'s session breaks the plan that lifts it; renaming it back mends it', async () => {
    const workspace = services.shared.workspace;
    const libraryUri = URI.parse('file:///dependants/lib.lift');
    const planUri = URI.parse('file:///dependants/plan.lift');
    let version = 0;
    // As an editor holds them: open text documents, which the document builder reads.
    const put = (uri: URI, text: string) => workspace.TextDocuments.set(TextDocument.create(uri.toString(), 'lift', ++version, text));
    const unresolved = () => (workspace.LangiumDocuments.getDocument(planUri)!.diagnostics ?? []).filter(d => d.code === 'unresolved-reference');
    put(libraryUri, library('Legs'));
    put(planUri, PLAN);
    await workspace.DocumentBuilder.update([libraryUri, planUri], []);
    expect(unresolved()).toEqual([]);

    put(libraryUri, library('Hips'));
    await workspace.DocumentBuilder.update([libraryUri], []);
    expect(unresolved().map(d => d.message)).toEqual([expect.stringContaining('\'Legs\'')]);

    put(libraryUri, library('Legs'));
    await workspace.DocumentBuilder.update([libraryUri], []);
    expect(unresolved()).toEqual([]);
});
