// Builds the playground into packages/web/dist/: a static folder that any web server can
// host. Two bundles: the page (CodeMirror and its LSP client) and the Web Worker (the
// Lift language server from @lift/language's TypeScript sources). Data the Node build
// reads from disk is embedded here instead: the built-in exercise library, the VTIMEZONE
// table and the example plans; the rule pages are copied beside the page.
//
// `node scripts/build-playground.mjs [--no-minify]`; prints the size of each file.

import { build } from 'esbuild';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(webRoot, '..', '..');
const outDir = join(webRoot, 'dist');
const minify = !process.argv.includes('--no-minify');

/** Modules made up at build time from files of the repository (see src/embedded-data.d.ts). */
const EMBEDDED = {
    'builtin-library': () => `export const builtinLibraryText = ${JSON.stringify(readFileSync(join(repoRoot, 'packages/language/builtin/exercises.lift'), 'utf8'))};`,
    vtimezones: vtimezoneModule,
    examples: examplesModule
};

function vtimezoneModule() {
    const require = createRequire(join(repoRoot, 'packages/language/package.json'));
    const table = require.resolve('@touch4it/ical-timezones/zones.js');
    const zoneFiles = {};
    const components = {};
    for (const [zone, file] of Object.entries(require(table))) {
        const path = join(dirname(table), 'zones', String(file));
        if (!file || !existsSync(path)) continue;
        zoneFiles[zone] = file;
        if (!components[file]) {
            const calendar = readFileSync(path, 'utf8');
            components[file] = calendar.slice(calendar.indexOf('BEGIN:VTIMEZONE'), calendar.indexOf('END:VCALENDAR'));
        }
    }
    return `export const zoneFiles = ${JSON.stringify(zoneFiles)};\nexport const components = ${JSON.stringify(components)};`;
}

/** Each example plan with the files it imports, transitively, as paths inside examples/. */
function examplesModule() {
    const examplesDir = join(repoRoot, 'examples');
    const plans = [
        ...liftFiles(examplesDir).map(name => ({ path: name, group: 'Examples' })),
        ...liftFiles(join(examplesDir, 'mistakes')).map(name => ({ path: `mistakes/${name}`, group: 'Mistakes on purpose' }))
    ];
    const examples = plans.map(({ path, group }) => {
        const files = withImports(examplesDir, path);
        const title = /^plan\s+"([^"]*)"/m.exec(files[0].text)?.[1] ?? path;
        return { name: path.replace(/\.lift$/, ''), title, group, files };
    });
    return `export const examples = ${JSON.stringify(examples)};`;
}

function liftFiles(dir) {
    return readdirSync(dir).filter(name => name.endsWith('.lift')).sort();
}

function withImports(examplesDir, planPath) {
    const files = [];
    const pending = [planPath];
    while (pending.length > 0) {
        const path = pending.shift();
        if (files.some(file => file.path === path) || !existsSync(join(examplesDir, path))) continue;
        const text = readFileSync(join(examplesDir, path), 'utf8');
        files.push({ path, text });
        for (const [, target] of text.matchAll(/^\s*import\s+"([^"]+)"/gm)) {
            pending.push(posix.normalize(posix.join(posix.dirname(path), target)));
        }
    }
    return files;
}

/** `lift-embedded:NAME` modules, and empty stand-ins for Node modules the worker never calls. */
const playgroundModules = {
    name: 'lift-playground-modules',
    setup(build) {
        build.onResolve({ filter: /^lift-embedded:/ }, args => ({ path: args.path.slice('lift-embedded:'.length), namespace: 'lift-embedded' }));
        build.onLoad({ filter: /.*/, namespace: 'lift-embedded' }, args => ({ contents: EMBEDDED[args.path](), loader: 'js' }));
        // builtin-library.ts, registry.ts, vtimezone-table.ts and @touch4it/ical-timezones
        // import these for the Node path; in the worker the embedded data is injected
        // instead, so their functions are never reached.
        build.onResolve({ filter: /^(node:)?(fs|module|path|url)$/ }, args => ({ path: args.path, namespace: 'node-stand-in' }));
        build.onLoad({ filter: /.*/, namespace: 'node-stand-in' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
        // Its zone-to-file table and file reader serve the Node path only (29 KB minified).
        build.onResolve({ filter: /^@touch4it\/ical-timezones$/ }, args => ({ path: args.path, namespace: 'node-stand-in' }));
    }
};

const common = {
    bundle: true,
    // Classic scripts: module scripts and module workers are refused on file:// pages.
    format: 'iife',
    platform: 'browser',
    target: ['chrome111', 'firefox113', 'safari16.4'],
    minify,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [playgroundModules],
    alias: {
        '@lift/language/browser': join(repoRoot, 'packages/language/src/browser.ts')
    },
    // lift/build reads SOURCE_DATE_EPOCH from the environment; a browser has none, and
    // import.meta.url only feeds the Node paths that look for files; the worker injects its data.
    define: { 'process.env.SOURCE_DATE_EPOCH': 'undefined', 'import.meta.url': JSON.stringify('file:///lift-playground/') }
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
/**
 * The worker bundle runs as a worker; loaded into a page with <script> (a page opened from
 * file://, see src/page/worker-loader.ts) it hands over its own source instead.
 */
const workerWrapper = {
    banner: { js: "(function (worker) { if (typeof window === 'undefined') worker(); else window.liftWorkerSource = '(' + worker.toString() + ')()'; })(function liftWorker() {" },
    footer: { js: '});' }
};

await Promise.all([
    // Garmin's FIT SDK may not be redistributed: the page never builds FIT files, and the
    // emitter's dynamic import of the SDK stays an import that the worker never reaches.
    build({ ...common, ...workerWrapper, external: ['@garmin/fitsdk'], entryPoints: [join(webRoot, 'src/worker/lift-worker.ts')], outfile: join(outDir, 'lift-worker.js') }),
    build({ ...common, entryPoints: [join(webRoot, 'src/page/main.ts')], outfile: join(outDir, 'playground.js') })
]);
for (const file of ['index.html', 'playground.css']) copyFileSync(join(webRoot, 'static', file), join(outDir, file));
cpSync(join(repoRoot, 'docs/rules'), join(outDir, 'rules'), { recursive: true });

printSizes();

function printSizes() {
    let total = 0;
    let totalGzip = 0;
    for (const name of ['index.html', 'playground.css', 'playground.js', 'lift-worker.js']) {
        const bytes = readFileSync(join(outDir, name));
        const gzip = gzipSync(bytes).length;
        total += bytes.length;
        totalGzip += gzip;
        console.log(`  ${name.padEnd(16)} ${kb(bytes.length).padStart(9)}  ${kb(gzip).padStart(9)} gzip`);
    }
    console.log(`  ${'total'.padEnd(16)} ${kb(total).padStart(9)}  ${kb(totalGzip).padStart(9)} gzip  → ${relative(process.cwd(), outDir) || '.'}`);
}

function kb(bytes) {
    return `${(bytes / 1024).toFixed(0)} KB`;
}

