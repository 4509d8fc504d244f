// syntaxes/lift.vim is generated from the TextMate grammar's keywords and the vocabulary's
// value sets (scripts/generate-vim-syntax.mjs); it must be what they render today.

import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FOCUSES, LEVELS, PATTERNS, RUN_KINDS, SEVERITIES, WEEKDAYS } from '@lift/language';
// @ts-expect-error: a plain ES module of the scripts folder, without type declarations
import { renderVimSyntax, textMateKeywords } from '../../scripts/vim-syntax.mjs';

const root = new URL('../../', import.meta.url);
const grammarFile = new URL('syntaxes/lift.tmLanguage.json', root);

describe('syntaxes/lift.vim', () => {
    test('is up to date with the grammar and the vocabulary (else: npm run build && node scripts/generate-vim-syntax.mjs)', () => {
        expect(existsSync(grammarFile), 'syntaxes/lift.tmLanguage.json is written by `npm run build`').toBe(true);
        const grammar = JSON.parse(readFileSync(grammarFile, 'utf8'));
        const expected = renderVimSyntax({
            keywords: textMateKeywords(grammar),
            weekdays: WEEKDAYS,
            values: { run: RUN_KINDS, focus: FOCUSES, level: LEVELS, pattern: PATTERNS },
            severities: SEVERITIES
        });
        expect(readFileSync(new URL('syntaxes/lift.vim', root), 'utf8')).toBe(expected);
    });

    test('colours every keyword of the grammar and every value word', () => {
        const text = readFileSync(new URL('syntaxes/lift.vim', root), 'utf8');
        const grammar = JSON.parse(readFileSync(grammarFile, 'utf8'));
        const keywordLines = text.split('\n').filter(line => line.startsWith('syntax keyword ')).join(' ');
        for (const keyword of textMateKeywords(grammar) as string[]) expect(keywordLines).toMatch(new RegExp(`\\s${keyword}(\\s|$)`));
        for (const word of [...RUN_KINDS, ...FOCUSES, ...LEVELS, ...PATTERNS]) expect(text).toMatch(new RegExp(`[(|]${word}[|)]`));
    });
});
