// Builds the extension into packages/vscode: dist/extension.cjs (the client), dist/server.cjs
// (the language server, bundled from @lift/language's sources), and the assets they read
// at run time: the built-in exercise library, the rule pages, the TextMate grammar, the
// screenshots the README shows.
//
//   node scripts/build.mjs            development: source maps
//   node scripts/build.mjs --release  minified, no source maps (what the .vsix ships)

import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const release = process.argv.includes('--release');
const here = dirname(fileURLToPath(import.meta.url));
const extensionRoot = join(here, '..');
const repositoryRoot = join(extensionRoot, '..', '..');
const languageRoot = join(repositoryRoot, 'packages', 'language');
const dist = join(extensionRoot, 'dist');

function fail(message) {
    console.error(`lift-vscode build: ${message}`);
    process.exit(1);
}

const grammar = join(repositoryRoot, 'syntaxes', 'lift.tmLanguage.json');
if (!existsSync(grammar)) fail(`${relative(process.cwd(), grammar)} is missing: run \`npm run build\` at the repository root first (it generates the grammar).`);
if (!existsSync(join(languageRoot, 'src', 'generated', 'ast.ts'))) fail('the Langium parser is not generated: run `npm run build` at the repository root first.');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: release,
    sourcemap: release ? false : 'linked',
    legalComments: release ? 'none' : 'inline',
    logLevel: 'warning',
    // `@lift/language` is bundled from its TypeScript sources, so the extension never
    // ships a stale `out/` and needs no separate compile step.
    alias: { '@lift/language': join(languageRoot, 'src', 'index.ts') },
    // Bundled CommonJS has no import.meta; the language package only uses it for default
    // file locations, which the server entry overrides.
    define: { 'import.meta.url': '__liftImportMetaUrl' },
    banner: { js: 'var __liftImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
    metafile: true
};

const started = Date.now();
const [client, server] = await Promise.all([
    build({ ...common, entryPoints: [join(extensionRoot, 'src', 'extension.ts')], outfile: join(dist, 'extension.cjs'), external: ['vscode'] }),
    // Garmin's FIT SDK (FIT licence) never ships in the .vsix; the server builds no FIT files.
    build({ ...common, entryPoints: [join(extensionRoot, 'src', 'server.ts')], outfile: join(dist, 'server.cjs'), external: ['@garmin/fitsdk'] })
]);
for (const result of [client, server]) {
    const bundledLanguageClient = Object.keys(result.metafile.inputs).some(input => input.includes('vscode-languageclient'));
    if (result === server && bundledLanguageClient) fail('the server bundle pulled in vscode-languageclient');
}

// Run-time assets of the server.
mkdirSync(join(dist, 'builtin'), { recursive: true });
cpSync(join(languageRoot, 'builtin', 'exercises.lift'), join(dist, 'builtin', 'exercises.lift'));
const rulePages = join(repositoryRoot, 'docs', 'rules');
if (existsSync(rulePages)) {
    mkdirSync(join(dist, 'docs', 'rules'), { recursive: true });
    for (const page of readdirSync(rulePages).filter(name => name.endsWith('.md'))) {
        cpSync(join(rulePages, page), join(dist, 'docs', 'rules', page));
    }
}

// The grammar is generated from the Langium grammar at the repository root.
mkdirSync(join(extensionRoot, 'syntaxes'), { recursive: true });
cpSync(grammar, join(extensionRoot, 'syntaxes', 'lift.tmLanguage.json'));

// The README's screenshots live in docs/img/; the marketplace page reads them from the
// package, so the packaged README points at a copy under images/screenshots/.
const screenshots = join(repositoryRoot, 'docs', 'img');
const shotsOut = join(extensionRoot, 'images', 'screenshots');
rmSync(shotsOut, { recursive: true, force: true });
if (existsSync(screenshots)) {
    mkdirSync(shotsOut, { recursive: true });
    for (const shot of readdirSync(screenshots).filter(name => /^vscode-.*\.png$/.test(name))) {
        cpSync(join(screenshots, shot), join(shotsOut, shot));
    }
}
const readme = readFileSync(join(extensionRoot, 'README.md'), 'utf8').replaceAll('../../docs/img/', 'images/screenshots/');
writeFileSync(join(dist, 'README.md'), readme);

const size = file => `${(statSync(join(dist, file)).size / 1024).toFixed(0)} KiB`;
console.log(`lift-vscode: built ${release ? 'release' : 'development'} bundles in ${Date.now() - started} ms ` +
    `(extension.cjs ${size('extension.cjs')}, server.cjs ${size('server.cjs')})`);
