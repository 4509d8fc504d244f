// The outline, folding and semantic tokens (langium/test's expectSymbols, expectFoldings,
// highlightHelper over the server's services).

import { expectFoldings, expectSymbols, expectSemanticToken, highlightHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { AllSemanticTokenModifiers } from 'langium/lsp';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { LiftServices } from '@lift/language';
import { lspServices } from './lsp-services.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

const PLAN = `// Spring plan
// with a two-line header
import "lib.lift"
plan "Spring" {
    athlete "Sam" {
        level beginner
    }
    start 2027-01-04
    race "City 10k" on 2027-02-28 priority A
    phase Base 4 weeks focus base {
        tue: lift Legs
        week 2 {
            tue: rest
        }
    }
    phase "Race prep" 2 weeks focus peak {
        tue: run tempo 30min
    }
}
warmup Standard { cardio 10min mobility 6min }
session Legs light {
    warmup Standard
    squat 3x5
}
exercise nordic "Nordic curl" {
    pattern hinge
}
`;

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(symbol => [`${'  '.repeat(depth)}${symbol.name} [${KIND_NAMES.get(symbol.kind)}] ${symbol.detail}`, ...outline(symbol.children ?? [], depth + 1)]);
}

describe('document symbols', () => {
    test('plan › athlete, races, phases › week overrides; then sessions, warm-ups and exercises in file order', async () => {
        await expectSymbols(services)({
            text: PLAN,
            disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'Spring [Module] Mon 2027-01-04 – Sun 2027-02-14',
                '  Sam [Object] athlete',
                '  City 10k [Event] race 2027-02-28 · priority A',
                '  Base [Namespace] 4 weeks · focus base · Mon 2027-01-04 – Sun 2027-01-31',
                '    week 2 [Namespace] from Mon 2027-01-11',
                '  Race prep [Namespace] 2 weeks · focus peak · Mon 2027-02-01 – Sun 2027-02-14',
                'Standard [Module] warm-up',
                'Legs [Function] light session · 1 exercise',
                'nordic [Class] Nordic curl'
            ])
        });
    });

    test('the selection is the name', async () => {
        await expectSymbols(services)({
            text: 'session Legs { squat 3x5 }',
            disposeAfterCheck: true,
            assert: symbols => expect(symbols[0].selectionRange).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 12 } })
        });
    });

    test('a half-written file still has an outline', async () => {
        await expectSymbols(services)({
            text: 'plan "Draft" {\n    phase Base 4 weeks focus\nsession Legs {',
            disposeAfterCheck: true,
            assert: symbols => expect(symbols.map(symbol => symbol.name)).toContain('Draft')
        });
    });
});

describe('folding', () => {
    test('blocks and the header comment fold', async () => {
        await expectFoldings(services)({
            text: PLAN,
            disposeAfterCheck: true,
            assert: foldings => {
                const spans = foldings.map(folding => `${folding.startLine}-${folding.endLine}${folding.kind ? ` ${folding.kind}` : ''}`);
                expect(spans).toEqual(expect.arrayContaining([
                    '0-1 comment', // the header
                    '3-17', // the plan, up to the line before its }
                    '4-5', // the athlete block
                    '9-13', // phase Base
                    '11-12', // week 2
                    '20-22', // session Legs
                    '24-25' // exercise nordic
                ]));
            }
        });
    });
});

describe('semantic tokens', () => {
    test('sessions, warm-ups and exercises are told apart; built-ins are the default library', async () => {
        const tokens = await highlightHelper(services)(
            'warmup <|Standard|> { cardio 10min mobility 6min }\nsession <|Legs|> {\n    warmup <|Standard|>\n    <|squat|> 3x5\n    <|nordic|> 3x5\n}\nexercise <|nordic|> { pattern <|hinge|> }\nplan "P" {\n    start 2027-01-04\n    phase B 1 week focus <|base|> {\n        tue: run <|tempo|> 30min, lift <|Legs|>\n        wed: run <|jog|> 30min\n    }\n}\n'
        );
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.macro });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.macro });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 5, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 6, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 7, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 8, tokenType: SemanticTokenTypes.enumMember });
        expectSemanticToken(tokens, { rangeIndex: 9, tokenType: SemanticTokenTypes.function });
        const at = (index: number) => tokens.tokens.find(token => token.offset === tokens.ranges[index][0]);
        const has = (index: number, modifier: string) => ((at(index)?.tokenModifiers ?? 0) & AllSemanticTokenModifiers[modifier]) !== 0;
        expect(has(3, 'defaultLibrary')).toBe(true);
        expect(has(4, 'defaultLibrary')).toBe(false);
        expect(has(5, 'declaration')).toBe(true);
        // A misspelt run kind is not dressed as a valid one.
        expect(at(10)).toBeUndefined();
    });

    test('rule ids in rules { } and in lift-ignore comments', async () => {
        const tokens = await highlightHelper(services)('// lift-ignore-file <|taper|>, nosuch\nplan "P" {\n    rules {\n        <|recovery-48h|> off\n    }\n}\n');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.variable });
        expect(tokens.tokens.some(token => token.text === 'nosuch')).toBe(false);
    });
});
