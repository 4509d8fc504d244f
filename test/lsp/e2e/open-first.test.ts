// At start-up the server checks the file open in the editor, with what it imports, before
// the rest of the workspace, and then still checks every other file: the coach sees the
// open plan's problems first and loses none of the others'.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LiftServer } from './lift-server.js';
import { copyOfExamples } from './workspace-copy.js';

function liftFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(path => path.endsWith('.lift')).map(path => join(folder, path));
}

/** Rule ids, lines and messages: what a coach reads in the problem list. */
const summary = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.range.start.line}:${d.code}:${d.message}`).sort();

describe('the file open at start-up', () => {
    test('gets its diagnostics before the rest of the workspace, which is still checked in full', async () => {
        const folder = copyOfExamples();
        const files = liftFiles(folder);
        const opened = join(folder, 'mistakes/crowded-week.lift');
        // What it imports, directly and through lib/strength.lift.
        const imported = [join(folder, 'lib/strength.lift'), join(folder, 'lib/warmups.lift')];
        const others = files.filter(path => path !== opened && !imported.includes(path));
        expect(others.length).toBeGreaterThan(10);

        // As an editor restoring its open tab: the file is opened before the workspace is loaded.
        const server = await LiftServer.start([folder], { initialized: false });
        const reference = await LiftServer.start([folder]);
        try {
            await server.open(fileUri(opened), readFileSync(opened, 'utf8'));
            await server.initialized();
            await server.allPublished(files.map(fileUri));

            const order = server.publicationOrder;
            const firstOf = (path: string) => order.indexOf(fileUri(path));
            for (const other of others) {
                expect(firstOf(opened), `${relative(folder, opened)} before ${relative(folder, other)}`).toBeLessThan(firstOf(other));
            }
            expect((await server.diagnostics(fileUri(opened))).map(d => d.code)).toContain('recovery-48h');

            // No file lost anything: the same diagnostics as a server that opened nothing.
            await reference.allPublished(files.map(fileUri));
            for (const path of files) {
                expect(summary(await server.diagnostics(fileUri(path))), relative(folder, path))
                    .toEqual(summary(await reference.diagnostics(fileUri(path))));
            }
        } finally {
            expect(await server.stop()).toBe(0);
            expect(await reference.stop()).toBe(0);
        }
    });
});
