// Golden files: every example plan (examples/*.lift) built to every format and compared
// byte for byte with test/emit/golden/<plan>.<format>. They pin what `lift build` writes,
// so a change made for speed (a faster date library, our own ICS line folding, lazy
// loading) cannot change a single byte of any output unnoticed.
//
// The files change only on purpose — when the language or an output format changes — and
// in the same commit as that change. To rewrite them after such a change:
//
//   LIFT_UPDATE_GOLDEN=1 npx vitest run test/emit/golden.test.ts
//
// then read the diff (`git diff test/emit/golden`) before committing it.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { emitterFormats, findEmitter, findFolderEmitter } from '@lift/language';
import { EXAMPLE_FILES, exampleInput } from './example-plans.js';

const GOLDEN_FOLDER = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.LIFT_UPDATE_GOLDEN === '1';
const FORMATS = ['json', 'ics', 'html', 'md', 'intervals'];

describe('golden files', () => {
    test('cover every build format', () => {
        // `fit` writes a folder of binary files: test/emit/fit.test.ts decodes them and pins
        // that rebuilds are byte-identical.
        expect([...emitterFormats()].filter(format => !findFolderEmitter(format)).sort()).toEqual([...FORMATS].sort());
    });

    const cases = EXAMPLE_FILES.flatMap(file => FORMATS.map(format => [file, format] as const));
    test.each(cases)('%s as %s is byte for byte the golden file', async (file, format) => {
        const output = findEmitter(format)!.emit(await exampleInput(file));
        const golden = `${GOLDEN_FOLDER}${file.replace(/\.lift$/, '')}.${format}`;
        if (UPDATE) {
            mkdirSync(GOLDEN_FOLDER, { recursive: true });
            writeFileSync(golden, output);
        }
        expect(existsSync(golden), `${golden} is missing: run LIFT_UPDATE_GOLDEN=1 npx vitest run test/emit/golden.test.ts`).toBe(true);
        // As text first, for a readable diff; then as bytes, so encodings count too.
        expect(output).toBe(readFileSync(golden, 'utf8'));
        expect(Buffer.from(output, 'utf8').equals(readFileSync(golden))).toBe(true);
    });
});
