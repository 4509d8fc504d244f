// The VS Code snippets are generated from the vocabulary: the committed file must be what
// the generator writes, and its choice lists must be the language's own value sets.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FOCUSES, LEVELS, PATTERNS, WEEKDAYS, vscodeSnippetsFile } from '@lift/language';

const FILE = new URL('../../packages/vscode/snippets/lift.code-snippets', import.meta.url);

describe('packages/vscode/snippets/lift.code-snippets', () => {
    test('equals what scripts/generate-snippets.mjs writes (run `npm run build` and commit it)', () => {
        expect(readFileSync(FILE, 'utf8')).toBe(vscodeSnippetsFile());
    });

    test('offers exactly the vocabulary in its choices', () => {
        const text = vscodeSnippetsFile();
        for (const values of [FOCUSES, LEVELS, PATTERNS, WEEKDAYS]) expect(text).toContain(`|${values.join(',')}|`);
        expect(text).toContain('${2|heavy,light|}');
    });
});
