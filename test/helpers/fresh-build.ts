// The end-to-end tests run the bundled command (packages/cli/dist/lift.cjs). A bundle older
// than the sources would test yesterday's code and pass or fail for the wrong reason, so
// they stop with a clear message instead.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(REPOSITORY, 'packages/cli/dist/lift.cjs');
/** What the bundle is built from (generated code included: the grammar regenerates it). */
const SOURCES = ['packages/language/src', 'packages/language/builtin', 'packages/cli/src'];

function newestFile(folder: string): { path: string; mtime: number } | undefined {
    let newest: { path: string; mtime: number } | undefined;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        const found = entry.isDirectory() ? newestFile(path) : { path, mtime: statSync(path).mtimeMs };
        if (found && (!newest || found.mtime > newest.mtime)) newest = found;
    }
    return newest;
}

/** Throws when the bundle is missing or older than a source file, naming the file. */
export function assertFreshBuild(): void {
    if (!existsSync(BUNDLE)) {
        throw new Error('The lift command is not built: run `npm run build` (npm install does it too) before the end-to-end tests.');
    }
    const built = statSync(BUNDLE).mtimeMs;
    for (const folder of SOURCES) {
        const newest = newestFile(join(REPOSITORY, folder));
        if (newest && newest.mtime > built) {
            throw new Error(`packages/cli/dist/lift.cjs is older than ${newest.path.slice(REPOSITORY.length)}: run \`npm run build\` before the end-to-end tests, or they would test the previous code.`);
        }
    }
}
