#!/usr/bin/env node
// Writes syntaxes/lift.vim (see scripts/vim-syntax.mjs). Run it after `npm run build`, which
// writes the TextMate grammar it reads and the compiled vocabulary:
//
//     node scripts/generate-vim-syntax.mjs
//
// test/editors/vim-syntax.test.ts fails when the file on disk is out of date.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FOCUSES, LEVELS, PATTERNS, RUN_KINDS, SEVERITIES, WEEKDAYS } from '../packages/language/out/index.js';
import { renderVimSyntax, textMateKeywords } from './vim-syntax.mjs';

const root = new URL('..', import.meta.url);
const grammar = JSON.parse(readFileSync(new URL('syntaxes/lift.tmLanguage.json', root), 'utf8'));
const text = renderVimSyntax({
    keywords: textMateKeywords(grammar),
    weekdays: WEEKDAYS,
    values: { run: RUN_KINDS, focus: FOCUSES, level: LEVELS, pattern: PATTERNS },
    severities: SEVERITIES
});
const target = fileURLToPath(new URL('syntaxes/lift.vim', root));
writeFileSync(target, text);
console.log(`wrote ${target}`);
