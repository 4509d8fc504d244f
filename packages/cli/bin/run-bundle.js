// Runs the CommonJS bundle of the `lift` command through a V8 code cache. Compiling the
// two-megabyte bundle is a large part of a short command's time; V8 can instead load the
// bytecode it produced the last time (Node 20 has no `module.enableCompileCache`).
//
// Safety: the cache only spares V8 the compilation, it never changes what runs. A cache is
// used only for the very bundle it was made from (its file name carries the SHA-256 that
// the build wrote on the bundle's first line, and the Node version), and V8 itself rejects
// data from another V8 version, other flags, or with a bad checksum; a rejected or
// unreadable cache costs one normal compilation and is written anew. Caches live next to
// the bundle when that folder is writable (whoever can write there can change the bundle
// itself), else in the user's own cache folder (~/.cache/lift, mode 700) — never in a
// shared temporary folder, where another user could plant one. LIFT_CODE_CACHE=0 turns
// the cache off.

import { accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs the bundle at `file` as CommonJS module, with a code cache where one can be kept.
 * `flavour` names what the process will do ('lsp' or 'cli'): each keeps a cache of its own,
 * since a cache holds the functions its first run compiled, and the language server and
 * the commands run mostly different code.
 */
export function runBundle(file, flavour = 'cli') {
    const source = readFileSync(file, 'utf8');
    const cacheFile = process.env.LIFT_CODE_CACHE === '0' ? undefined : codeCacheFile(file, source, flavour);
    const cachedData = cacheFile && readCache(cacheFile, file);
    // The same wrapper as Node's own CommonJS loader, plus `__liftImport` for the packages the
    // bundle loads on demand (scripts/bundle-cli.mjs): on Node 20 a script made from a code
    // cache cannot call import() itself, so it asks this module, which finds the same
    // node_modules as the bundle's folder.
    const script = new Script(`(function (exports, require, module, __filename, __dirname, __liftImport) {${source}\n})`, {
        filename: file,
        cachedData
    });
    if (cacheFile && (!cachedData || script.cachedDataRejected)) {
        // Made at exit, the cache also holds every function the command compiled lazily.
        process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
    }
    const module = { exports: {} };
    script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), specifier => import(specifier));
}

/** Where the cache of this bundle lives; undefined when there is no place for one. */
function codeCacheFile(file, source, flavour) {
    const hash = /^\/\/ lift-bundle-sha256: ([0-9a-f]{64})\n/.exec(source)?.[1];
    const folder = hash && cacheFolder(dirname(file));
    if (!folder) return undefined;
    return join(folder, `${basename(file)}.${hash.slice(0, 16)}.${flavour}.node-${process.version}-${process.arch}.v8cache`);
}

function cacheFolder(bundleFolder) {
    try {
        accessSync(bundleFolder, constants.W_OK);
        return bundleFolder;
    } catch {
        // an installation the user may not write to: use the user's own cache folder
    }
    try {
        const folder = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'lift');
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        return folder;
    } catch {
        return undefined;
    }
}

/**
 * The cache's bytes, if the file belongs to this user or to the bundle's owner: a HOME that
 * points at someone else's folder (sudo without -H) must not hand us their bytecode.
 */
function readCache(cacheFile, bundle) {
    try {
        const owner = statSync(cacheFile).uid;
        if (process.getuid && owner !== process.getuid() && owner !== statSync(bundle).uid) return undefined;
        return readFileSync(cacheFile);
    } catch {
        return undefined;
    }
}

/**
 * Writes the cache atomically (concurrent runs each rename a whole file) and drops the caches
 * of other builds of the bundle.
 */
function writeCache(cacheFile, data) {
    const folder = dirname(cacheFile);
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, data, { mode: 0o600 });
        renameSync(temporary, cacheFile);
        // lift.cjs.<hash>.<flavour>.node-….v8cache
        const [bundle, extension, hash] = basename(cacheFile).split('.');
        for (const name of readdirSync(folder)) {
            const parts = name.split('.');
            if (parts[0] === bundle && parts[1] === extension && parts[2] !== hash && name.endsWith('.v8cache')) {
                rmSync(join(folder, name), { force: true });
            }
        }
    } catch {
        // A cache is an optimisation only: a command never fails for want of one.
        rmSync(temporary, { force: true });
    }
}
