// Imports of files the server has not loaded (outside the workspace folders, or with no
// folder open at all) are loaded from disk, so `import-not-found` only reports a file that
// is really missing.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileUri, LiftServer } from './lift-server.js';
import { copyOfExamples } from './workspace-copy.js';

describe('imported files outside the workspace', () => {
    test('with no workspace folder, a plan\'s imports are loaded from disk', async () => {
        const folder = copyOfExamples();
        const server = await LiftServer.start([]);
        try {
            const uri = fileUri(join(folder, 'spring-marathon.lift'));
            await server.open(uri, readFileSync(join(folder, 'spring-marathon.lift'), 'utf8'));
            const diagnostics = await server.diagnostics(uri);
            expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
            // lib/strength.lift imports warmups.lift in turn; both were loaded and checked.
            expect(await server.diagnostics(fileUri(join(folder, 'lib/strength.lift')))).toEqual([]);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });

    test('a plan in another folder than the workspace imports a library next to it', async () => {
        const workspace = copyOfExamples();
        const elsewhere = mkdtempSync(join(tmpdir(), 'lift-elsewhere-'));
        mkdirSync(join(elsewhere, 'lib'));
        writeFileSync(join(elsewhere, 'lib/mine.lift'), 'warmup Mine { cardio 10min mobility 6min }\nsession MySession {\n    warmup Mine\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n');
        const server = await LiftServer.start([workspace]);
        try {
            const uri = fileUri(join(elsewhere, 'plan.lift'));
            await server.open(uri, 'import "lib/mine.lift"\nimport "lib/missing.lift"\nplan "Elsewhere" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift MySession\n    }\n}\n');
            const diagnostics = await server.diagnostics(uri);
            expect(diagnostics.filter(d => d.code === 'import-not-found').map(d => d.range.start.line)).toEqual([1]);
            expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        } finally {
            expect(await server.stop()).toBe(0);
        }
    });
});
