// The reference index behind find-references and rename is built over the file's shared
// walk (workspace/lift-linker.ts) instead of Langium's stream per node: it must hold
// exactly what Langium's own provider finds, in the same order.

import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DefaultReferenceDescriptionProvider, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { expect, test } from 'vitest';
import { createLiftServices, ensureBuiltinLibrary } from '@lift/language';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

test('the reference index of every example equals the one Langium would build', async () => {
    const { shared, Lift } = createLiftServices(NodeFileSystem);
    const documents = [ensureBuiltinLibrary(shared)];
    for (const path of readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.lift'))) {
        documents.push(await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(EXAMPLES + path)));
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const langiums = new DefaultReferenceDescriptionProvider(Lift);
    let count = 0;
    for (const document of documents) {
        const expected = await langiums.createDescriptions(document);
        expect(await Lift.workspace.ReferenceDescriptionProvider.createDescriptions(document), document.uri.path).toEqual(expected);
        count += expected.length;
    }
    // Plans use sessions, sessions use warm-ups and exercises, athletes name maxes.
    expect(count).toBeGreaterThan(100);
});
