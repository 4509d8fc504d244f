#!/usr/bin/env node
// Launcher for the `lift` command. It stays plain JavaScript so npm can link it before the
// build has run. The single-file bundle, run through a V8 code cache, starts fastest; the
// tsc output is the fallback.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

const isLanguageServer = process.argv[2] === 'lsp';
if (!isLanguageServer) {
    // A command runs for a fraction of a second to a few seconds. With V8's default budget,
    // TurboFan optimises hundreds of functions (the AST walks, Chevrotain's lexer, lodash)
    // on background threads that cost more CPU than the optimised code saves in that time:
    // about a sixth of a `lift check` of the marathon plan, a quarter of a 5,000-line one.
    // Four times the budget leaves optimisation to the code that stays hot. It is a tiering
    // heuristic only, read by V8 each time it resets a function's budget: what runs and
    // what it computes do not change. The language server, which runs for hours, keeps
    // V8's default (docs/performance.md).
    setFlagsFromString('--interrupt-budget=270336');
}

const bundle = fileURLToPath(new URL('../dist/lift.cjs', import.meta.url));
if (existsSync(bundle)) {
    const { runBundle } = await import('./run-bundle.js');
    runBundle(bundle, isLanguageServer ? 'lsp' : 'cli');
} else {
    await import(new URL('../out/main.js', import.meta.url).href);
}
