// Inlay hints read from the resolved plan, and the editor's formatting, which is `lift fmt`'s.

import { expectFormatting } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import type { LiftServices } from '@lift/language';
import { lspServices, openFiles } from './lsp-services.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

const PLAN = `plan "P" {
    athlete "Sam" { max squat 120kg }
    start 2027-01-06
    phase Base 3 weeks focus base {
        tue: lift Legs
    }
    phase Build 2 weeks focus build {
        fri: lift Legs
    }
}
session Legs {
    squat 3x5 @ 75% rest 2min progress +2.5kg/week
    deadlift 3x5 @ 100kg
}
`;

async function hintsOf(files: Record<string, string>, path = Object.keys(files)[0]): Promise<Array<{ line: number; label: string }>> {
    const documents = await openFiles(services, files);
    const document = documents[path];
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.textDocument.uri }, range: { start: { line: 0, character: 0 }, end } }) as InlayHint[];
    return hints.map(hint => ({ line: hint.position.line, label: String(hint.label) }));
}

describe('inlay hints', () => {
    test('each phase shows its dates; a % load its kg; a progression the load it reaches', async () => {
        expect(await hintsOf({ 'plan.lift': PLAN })).toEqual([
            // The plan starts on a Wednesday: the first phase's first date is the start.
            { line: 3, label: 'Wed 2027-01-06 – Sun 2027-01-24' },
            { line: 6, label: 'Mon 2027-01-25 – Sun 2027-02-07' },
            // 75 % of 120 kg; week 3 of Base is the heaviest: 90 + 2 × 2.5.
            { line: 11, label: '= 90kg' },
            { line: 11, label: '→ 95kg in Base week 3' }
        ]);
    });

    test('hints sit right after the text they explain', async () => {
        const documents = await openFiles(services, { 'plan.lift': PLAN });
        const document = documents['plan.lift'];
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.textDocument.uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } }) as InlayHint[];
        const lineText = (line: number) => document.textDocument.getText().split('\n')[line];
        expect(lineText(3).slice(0, hints[0].position.character)).toBe('    phase Base 3 weeks focus base');
        expect(lineText(11).slice(0, hints[2].position.character)).toBe('    squat 3x5 @ 75%');
        expect(hints.every(hint => hint.paddingLeft)).toBe(true);
    });

    test('a library file has no plan, so its % loads get no hint', async () => {
        expect(await hintsOf({ 'lib.lift': 'session Legs {\n    squat 3x5 @ 75%\n}\n' })).toEqual([]);
    });

    test('a % load without a max gets no hint (missing-max explains it)', async () => {
        const hints = await hintsOf({ 'plan.lift': PLAN.replace('max squat 120kg', '') });
        expect(hints.filter(hint => hint.line === 11)).toEqual([]);
    });
});

describe('formatting', () => {
    test('Format Document gives the canonical layout (langium/test)', async () => {
        await expectFormatting(services)({
            before: 'session Legs { squat 3x5   deadlift 3x5 // heavy\n}',
            after: 'session Legs {\n    squat    3x5\n    deadlift 3x5 // heavy\n}\n',
            disposeAfterCheck: true
        });
    });

    test('the editor\'s tab settings do not change the layout', async () => {
        await expectFormatting(services)({
            before: 'session Legs { squat 3x5 }',
            after: 'session Legs {\n    squat 3x5\n}\n',
            options: { insertSpaces: false, tabSize: 8 },
            disposeAfterCheck: true
        });
    });

    test('Format Selection touches only the selected lines', async () => {
        await expectFormatting(services)({
            before: 'session A { squat 3x5 }\nsession B {\n  squat    3x5\n}\n',
            after: 'session A { squat 3x5 }\nsession B {\n    squat 3x5\n}\n',
            range: { start: { line: 1, character: 0 }, end: { line: 3, character: 1 } },
            disposeAfterCheck: true
        });
    });

    test('a file with syntax errors gets no edits', async () => {
        await expectFormatting(services)({
            before: 'session A {   squat 4x5 rest rir 2 }',
            after: 'session A {   squat 4x5 rest rir 2 }',
            disposeAfterCheck: true
        });
    });
});
