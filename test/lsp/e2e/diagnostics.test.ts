// Diagnostics over LSP, as an editor receives them: the rule id as `code`, a link to the
// rule's page, related places, the plan's own severities; re-checked as the user types, and
// the plans that import an edited library re-checked too.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LiftServer } from './lift-server.js';
import { copyOfExamples } from './workspace-copy.js';

let server: LiftServer;
let folder: string;

beforeAll(async () => {
    folder = copyOfExamples();
    server = await LiftServer.start([folder]);
});

afterAll(async () => {
    expect(await server.stop()).toBe(0);
});

const PLAN = `import "lib/strength.lift"
plan "E2E" {
    athlete "Sam" { max squat 120kg max deadlift 140kg }
    start 2027-01-04
    rules { lift-after-run error }
    phase Base 2 weeks focus base {
        tue: lift StrengthA
        wed: run tempo 40min
        fri: lift StrengthB, run intervals 6x800m
    }
}
`;

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter(d => d.code === rule);

describe('diagnostics', () => {
    test('arrive with the rule id as code, a link to the rule page, related places and the plan\'s severities', async () => {
        const uri = fileUri(join(folder, 'e2e-plan.lift'));
        await server.open(uri, PLAN);
        const diagnostics = await server.diagnostics(uri, list => list.some(d => d.code === 'recovery-48h'));
        const [recovery] = byRule(diagnostics, 'recovery-48h');
        expect(recovery.source).toBe('lift');
        expect(recovery.severity).toBe(DiagnosticSeverity.Error);
        expect(recovery.codeDescription?.href).toMatch(/docs\/rules\/recovery-48h\.md$/);
        expect(recovery.range.start.line).toBe(6);
        expect(recovery.relatedInformation?.[0].location).toMatchObject({ uri, range: { start: { line: 7 } } });
        expect(recovery.data).toMatchObject({ rule: 'recovery-48h', session: 'StrengthA' });
        // lift-after-run is a warning by default; this plan's rules { } make it an error.
        expect(byRule(diagnostics, 'lift-after-run').map(d => d.severity)).toEqual([DiagnosticSeverity.Error]);
    });

    test('every file of the workspace is checked at start-up, before any is opened', async () => {
        const fresh = await LiftServer.start([copyOfExamples()]);
        try {
            const expected = ['first-5k.lift', 'spring-marathon.lift', 'lib/strength.lift', 'mistakes/cold-start.lift', 'mistakes/ego-lifting.lift'];
            // No file is opened: the diagnostics can only come from the start-up build.
            await new Promise<void>(resolve => {
                const check = () => {
                    const names = [...fresh.published.keys()].map(uri => uri.slice(uri.lastIndexOf('examples/') + 'examples/'.length));
                    if (expected.every(name => names.includes(name))) resolve();
                    else setTimeout(check, 20);
                };
                check();
            });
            const coldStart = [...fresh.published.entries()].find(([uri]) => uri.endsWith('mistakes/cold-start.lift'))![1].diagnostics;
            expect(coldStart.map(d => d.code)).toContain('warmup');
        } finally {
            expect(await fresh.stop()).toBe(0);
        }
    });

    test('are checked again as the user types', async () => {
        const uri = fileUri(join(folder, 'typing.lift'));
        await server.open(uri, 'session A {\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n');
        await server.diagnostics(uri, list => list.length > 0 && byRule(list, 'rep-range').length === 0);
        await server.change(uri, 'session A {\n    squat 3x12 @ 60kg rest 2min rir 2\n}\n');
        const afterTyping = await server.diagnostics(uri, list => byRule(list, 'rep-range').length === 1);
        expect(byRule(afterTyping, 'rep-range')[0].range).toEqual({ start: { line: 1, character: 10 }, end: { line: 1, character: 14 } });
        await server.change(uri, 'session A {\n    squat 3x6 @ 60kg rest 2min rir 2\n}\n');
        await server.diagnostics(uri, list => byRule(list, 'rep-range').length === 0);
    });

    test('a plan is checked again when a library it imports changes', async () => {
        const library = fileUri(join(folder, 'lib/e2e-library.lift'));
        const plan = fileUri(join(folder, 'e2e-dependant.lift'));
        const session = (name: string) => `warmup W { cardio 10min mobility 6min }\nsession ${name} {\n    warmup W\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n`;
        await server.open(library, session('Legs'));
        await server.open(plan, 'import "lib/e2e-library.lift"\nplan "D" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift Legs\n    }\n}\n');
        await server.diagnostics(plan, list => byRule(list, 'unresolved-reference').length === 0 && byRule(list, 'import-not-found').length === 0);
        // The library renames its session: the plan, unchanged, now names nothing.
        await server.change(library, session('Hips'));
        const broken = await server.diagnostics(plan, list => byRule(list, 'unresolved-reference').length === 1);
        expect(byRule(broken, 'unresolved-reference')[0].message).toContain('Legs');
        await server.change(library, session('Legs'));
        await server.diagnostics(plan, list => byRule(list, 'unresolved-reference').length === 0);
    });
});
