// The launcher's V8 code cache (packages/cli/bin/run-bundle.js): it never changes what a
// command does, it is kept per bundle, and a missing, stale or damaged cache only costs a
// normal compilation.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const RUN_BUNDLE = pathToFileURL(join(import.meta.dirname, '../../packages/cli/bin/run-bundle.js')).href;

/** A bundle as scripts/bundle-cli.mjs writes one: the SHA-256 of the body on the first line. */
function writeBundle(folder: string, body: string, header = true): string {
    const file = join(folder, 'lift.cjs');
    const hash = createHash('sha256').update(body).digest('hex');
    writeFileSync(file, header ? `// lift-bundle-sha256: ${hash}\n${body}` : body);
    return file;
}

function runBundle(file: string, env: Record<string, string> = {}, flavour = 'cli'): { stdout: string; status: number | null } {
    const script = `import(${JSON.stringify(RUN_BUNDLE)}).then(m => m.runBundle(${JSON.stringify(file)}, ${JSON.stringify(flavour)}))`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(result.stderr).toBe('');
    return { stdout: result.stdout, status: result.status };
}

const caches = (folder: string) => readdirSync(folder).filter(name => name.endsWith('.v8cache'));

const BODY = "const { basename } = require('node:path');\nconsole.log(basename(__filename), typeof module.exports, __liftAnswer());\nfunction __liftAnswer() { return 42; }\n";

describe('the code cache of the bundled command', () => {
    test('the bundle runs as a CommonJS module and leaves a cache named after its hash', () => {
        const folder = mkdtempSync(join(tmpdir(), 'lift-code-cache-'));
        const file = writeBundle(folder, BODY);
        expect(runBundle(file).stdout).toBe('lift.cjs object 42\n');
        const hash = createHash('sha256').update(BODY).digest('hex').slice(0, 16);
        expect(caches(folder)).toEqual([`lift.cjs.${hash}.cli.node-${process.version}-${process.arch}.v8cache`]);
        // The second run takes the cache and does the same.
        expect(runBundle(file).stdout).toBe('lift.cjs object 42\n');
    });

    test('a damaged cache is ignored and written anew', () => {
        const folder = mkdtempSync(join(tmpdir(), 'lift-code-cache-'));
        const file = writeBundle(folder, BODY);
        runBundle(file);
        const [cache] = caches(folder);
        writeFileSync(join(folder, cache!), 'not a code cache');
        expect(runBundle(file).stdout).toBe('lift.cjs object 42\n');
        expect(readFileSync(join(folder, cache!)).toString('latin1')).not.toBe('not a code cache');
    });

    test('a rebuilt bundle replaces the cache of the old one', () => {
        const folder = mkdtempSync(join(tmpdir(), 'lift-code-cache-'));
        runBundle(writeBundle(folder, BODY));
        const [old] = caches(folder);
        const changed = BODY.replace('return 42', 'return 43');
        expect(runBundle(writeBundle(folder, changed)).stdout).toBe('lift.cjs object 43\n');
        expect(caches(folder)).toHaveLength(1);
        expect(caches(folder)[0]).not.toBe(old);
    });

    test('the language server keeps a cache of its own; a rebuild drops both', () => {
        const folder = mkdtempSync(join(tmpdir(), 'lift-code-cache-'));
        runBundle(writeBundle(folder, BODY));
        runBundle(writeBundle(folder, BODY), {}, 'lsp');
        expect(caches(folder).map(name => name.split('.')[3]).sort()).toEqual(['cli', 'lsp']);
        runBundle(writeBundle(folder, BODY.replace('return 42', 'return 43')));
        expect(caches(folder).map(name => name.split('.')[3])).toEqual(['cli']);
    });

    test('no cache without the hash line, nor with LIFT_CODE_CACHE=0', () => {
        const folder = mkdtempSync(join(tmpdir(), 'lift-code-cache-'));
        expect(runBundle(writeBundle(folder, BODY, false)).stdout).toBe('lift.cjs object 42\n');
        expect(runBundle(writeBundle(folder, BODY), { LIFT_CODE_CACHE: '0' }).stdout).toBe('lift.cjs object 42\n');
        expect(caches(folder)).toEqual([]);
    });
});
