// The built playground for browser tests: packages/web/dist, rebuilt first when it is
// missing or older than anything it is made from (its own sources, the language
// package, the examples, the rule pages), so `npm test` never drives a stale page.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WEB_ROOT = resolve(import.meta.dirname, '../../packages/web');
export const DIST = join(WEB_ROOT, 'dist');
const REPO_ROOT = resolve(WEB_ROOT, '../..');

const SOURCES = [
    'packages/web/src', 'packages/web/static', 'packages/web/scripts', 'packages/language/src',
    'packages/language/builtin', 'examples', 'docs/rules', 'syntaxes'
];
const OUTPUTS = ['index.html', 'playground.js', 'lift-worker.js'];

export function ensurePlaygroundBuilt(): void {
    const built = OUTPUTS.map(name => join(DIST, name));
    const oldestOutput = built.every(existsSync) ? Math.min(...built.map(path => statSync(path).mtimeMs)) : -Infinity;
    const newestSource = Math.max(...SOURCES.map(path => newestMtime(join(REPO_ROOT, path))));
    if (newestSource > oldestOutput) {
        execFileSync(process.execPath, [join(WEB_ROOT, 'scripts/build-playground.mjs')], { cwd: REPO_ROOT, stdio: 'pipe' });
    }
}

function newestMtime(path: string): number {
    if (!existsSync(path)) return -Infinity;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map(name => newestMtime(join(path, name))));
}
