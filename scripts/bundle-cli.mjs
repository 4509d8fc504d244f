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
    // Garmin's FIT SDK is under Garmin's FIT licence, not an open-source one: it stays an
    // installed dependency, loaded only by `lift build --format fit`, never copied in here.
    external: ['@garmin/fitsdk'],
    // Some bundled CommonJS dependencies call require(); give the ES module one.
    banner: { js: "import { createRequire as __liftCreateRequire } from 'node:module'; const require = __liftCreateRequire(import.meta.url);" }
});
