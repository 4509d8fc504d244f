// Bundles the `lift` command into one file (packages/cli/dist/lift.cjs). Loading one
// module instead of a few hundred cuts the command's start-up time by about two thirds
// (see docs/performance.md). The bundle is CommonJS so that bin/lift.js can compile it
// through `vm.Script` with a V8 code cache (bin/run-bundle.js); ES modules cannot take
// one on Node 20. bin/lift.js falls back to the tsc output when there is no bundle.
//
// The first line of the bundle names the SHA-256 of the rest: the launcher keys its code
// cache on it without hashing two megabytes at every start.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = 'packages/cli/dist/lift.cjs';

await build({
    entryPoints: ['packages/cli/src/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // The sources locate files next to themselves through import.meta.url, which CommonJS
    // lacks: give them the bundle's own URL.
    define: { 'import.meta.url': '__liftBundleUrl' },
    banner: { js: "const __liftBundleUrl = require('node:url').pathToFileURL(__filename).href;" }
});

const body = readFileSync(outfile, 'utf8');
const hash = createHash('sha256').update(body).digest('hex');
writeFileSync(outfile, `// lift-bundle-sha256: ${hash}\n${body}`);
// The ES-module bundle of earlier builds would be stale.
rmSync('packages/cli/dist/lift.mjs', { force: true });

// Warm the launcher's code cache (bin/run-bundle.js) with a check of the built-in library,
// so that even the first `lift check` after a build skips compiling the bundle. A failure
// here only leaves the cache to the first real run.
spawnSync(process.execPath, ['packages/cli/bin/lift.js', 'check', 'packages/language/builtin/exercises.lift'], { stdio: 'ignore' });
