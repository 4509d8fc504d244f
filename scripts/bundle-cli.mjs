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
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const outfile = 'packages/cli/dist/lift.cjs';
/** Packages the bundle leaves in node_modules and imports only when a command needs them. */
const LOADED_ON_DEMAND = ['@garmin/fitsdk'];

/**
 * Langium's document builder, which every command uses, imports two error values from
 * vscode-languageserver-protocol, whose Node entry loads the whole JSON-RPC stack (and
 * Node's net, child_process, crypto): a tenth of `lift check`'s start-up, for errors that
 * only a language server can raise. In the bundle, the import becomes a `require` made
 * when such an error is raised; esbuild still bundles the package (the same copy as the
 * language server's), it only evaluates it later.
 */
const lazyProtocolInDocumentBuilder = {
    name: 'lazy-protocol-in-document-builder',
    setup(builder) {
        builder.onLoad({ filter: /[\\/]langium[\\/]lib[\\/]workspace[\\/]document-builder\.js$/ }, async ({ path }) => {
            const source = await readFile(path, 'utf8');
            const eagerImport = "import { LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';";
            const uses = source.match(/new ResponseError\(LSPErrorCodes\./g) ?? [];
            if (!source.includes(eagerImport) || uses.length === 0 || source.split('ResponseError').length - 1 !== uses.length + 1) {
                throw new Error(`bundle-cli: ${path} no longer imports vscode-languageserver-protocol as expected; revisit lazyProtocolInDocumentBuilder`);
            }
            const contents = source
                .replace(eagerImport, "const lspProtocol = () => require('vscode-languageserver-protocol');")
                .replaceAll('new ResponseError(LSPErrorCodes.', 'new (lspProtocol().ResponseError)(lspProtocol().LSPErrorCodes.');
            return { contents, loader: 'js' };
        });
    }
};

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
    // Garmin's FIT SDK is under Garmin's FIT licence, not an open-source one: it stays an
    // installed dependency, loaded only by `lift build --format fit`, never copied in here.
    external: LOADED_ON_DEMAND,
    plugins: [lazyProtocolInDocumentBuilder],
    // The sources locate files next to themselves through import.meta.url, which CommonJS
    // lacks: give them the bundle's own URL.
    define: { 'import.meta.url': '__liftBundleUrl' },
    // `__liftImport` comes from the launcher (bin/run-bundle.js); run without it, the bundle
    // uses Node's own import().
    banner: { js: "const __liftBundleUrl = require('node:url').pathToFileURL(__filename).href;\nconst __liftDynamicImport = typeof __liftImport === 'function' ? __liftImport : specifier => import(specifier);" }
});

// A script compiled from a V8 code cache cannot call import() on Node 20: the on-demand
// imports go through the launcher's `__liftImport` instead.
let body = readFileSync(outfile, 'utf8');
for (const name of LOADED_ON_DEMAND) {
    const call = `import(${JSON.stringify(name)})`;
    if (!body.includes(call)) throw new Error(`bundle-cli: expected ${call} in the bundle`);
    body = body.replaceAll(call, `__liftDynamicImport(${JSON.stringify(name)})`);
}
body = escapeNonAscii(body);
const hash = createHash('sha256').update(body).digest('hex');
writeFileSync(outfile, `// lift-bundle-sha256: ${hash}\n${body}`);
// The ES-module bundle of earlier builds would be stale.
rmSync('packages/cli/dist/lift.mjs', { force: true });

/**
 * The bundle in ASCII only. A single other character makes V8 hold all two megabytes of
 * source as two bytes per character, and makes reading the file decode it character by
 * character (about 10 ms instead of 2 at every start). esbuild escapes non-ASCII
 * characters in strings but leaves them in regular-expression literals (`[x×]` of a
 * repetition) and comments; there, a `\uXXXX` escape means the same character. Anywhere
 * else (a tagged template's raw text) it might not, so the build stops instead.
 */
function escapeNonAscii(text) {
    const regexLiteral = /\/(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuyv]*/g;
    return text.split('\n').map((line, index) => {
        if (!/[^\x00-\x7f]/.test(line)) return line;
        const escape = part => part.replace(/[^\x00-\x7f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
        const trimmed = line.trimStart();
        if (trimmed.startsWith('//') || trimmed.startsWith('/*') || trimmed.startsWith('*')) return escape(line);
        const escaped = line.replace(regexLiteral, escape);
        if (/[^\x00-\x7f]/.test(escaped) || /\\[^\x00-\x7f]/.test(line)) {
            throw new Error(`bundle-cli: line ${index + 1} of the bundle has a non-ASCII character outside a regular expression or comment, or escaped by a backslash; write it as \\uXXXX in the source:\n${line}`);
        }
        return escaped;
    }).join('\n');
}

// Warm the launcher's code cache (bin/run-bundle.js) with a check of the built-in library,
// so that even the first `lift check` after a build skips compiling the bundle. A failure
// here only leaves the cache to the first real run.
spawnSync(process.execPath, ['packages/cli/bin/lift.js', 'check', 'packages/language/builtin/exercises.lift'], { stdio: 'ignore' });
