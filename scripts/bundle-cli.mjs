// Bundles the `lift` command into one file (packages/cli/dist/lift.mjs). Loading one
// module instead of a few hundred cuts the command's start-up time by about two thirds
// (see bench/); bin/lift.js prefers the bundle and falls back to the tsc output.

import { build } from 'esbuild';

await build({
    entryPoints: ['packages/cli/src/main.ts'],
    outfile: 'packages/cli/dist/lift.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // Some bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "import { createRequire as __liftCreateRequire } from 'node:module'; const require = __liftCreateRequire(import.meta.url);" }
});
