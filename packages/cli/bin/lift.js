#!/usr/bin/env node
// Launcher for the `lift` command. It stays plain JavaScript so npm can link it before the
// build has run. The single-file bundle, run through a V8 code cache, starts fastest; the
// tsc output is the fallback.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/lift.cjs', import.meta.url));
if (existsSync(bundle)) {
    const { runBundle } = await import('./run-bundle.js');
    runBundle(bundle, process.argv[2] === 'lsp' ? 'lsp' : 'cli');
} else {
    await import(new URL('../out/main.js', import.meta.url).href);
}
