// The packaged extension for tests: packages/vscode/lift.vsix, built by `npm run package`
// when it is missing or older than the sources it is made from.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
export const vsixPath = join(repositoryRoot, 'packages', 'vscode', 'lift.vsix');

/** Everything the .vsix is built from; a change to any of them rebuilds it. */
const SOURCES = [
    'packages/vscode/src', 'packages/vscode/scripts', 'packages/vscode/snippets', 'packages/vscode/images/icon.png',
    'packages/vscode/package.json', 'packages/vscode/language-configuration.json', 'packages/vscode/.vscodeignore',
    'packages/vscode/README.md', 'packages/vscode/CHANGELOG.md', 'packages/vscode/LICENSE',
    'packages/language/src', 'packages/language/builtin', 'syntaxes', 'docs/rules', 'docs/img'
];

function newestChange(path: string): number {
    if (!existsSync(path)) return 0;
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs;
    let newest = info.mtimeMs;
    for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
    return newest;
}

export function isVsixStale(): boolean {
    if (!existsSync(vsixPath)) return true;
    const built = statSync(vsixPath).mtimeMs;
    return SOURCES.some(source => newestChange(join(repositoryRoot, source)) > built);
}

/** Builds the .vsix if needed; returns its path. */
export function ensureVsix(): string {
    if (process.env.LIFT_VSIX) return process.env.LIFT_VSIX;
    if (isVsixStale()) {
        execFileSync('npm', ['run', 'package', '--silent', '-w', 'lift-vscode'], { cwd: repositoryRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    return vsixPath;
}
