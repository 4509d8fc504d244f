// Writing a folder of build files (`lift build --format fit -o DIR`) all at once or not at
// all: the files go into a temporary sibling folder, which is renamed to DIR only once
// every file is written. A DIR that already exists may hold only files of the format
// (an earlier build, which is replaced whole) — never anything else of the user's.

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FolderFile {
    name: string;
    content: Uint8Array;
}

/** Why DIR cannot take the build, or undefined when it can (missing, empty, or only `extension` files). */
export async function folderRefusal(dir: string, extension: string): Promise<string | undefined> {
    let info;
    try {
        info = await stat(dir);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
    }
    if (!info.isDirectory()) return 'it exists and is not a folder';
    const entries = await readdir(dir, { withFileTypes: true });
    const foreign = entries.filter(entry => !(entry.isFile() && entry.name.endsWith(extension)));
    if (foreign.length === 0) return undefined;
    const names = foreign.slice(0, 3).map(entry => entry.name).join(', ');
    return `it holds other things than ${extension} files (${names}${foreign.length > 3 ? ', …' : ''}); choose an empty or new folder`;
}

/**
 * Writes `files` as the whole content of `dir`. Throws a FolderRefusedError when `dir`
 * holds anything but `extension` files; other errors are the file system's.
 */
export async function writeFolderAtomically(dir: string, files: readonly FolderFile[], extension: string): Promise<void> {
    const refusal = await folderRefusal(dir, extension);
    if (refusal) throw new FolderRefusedError(refusal);
    const createdParent = await mkdir(dirname(dir), { recursive: true });
    const tag = randomBytes(6).toString('hex');
    const staging = join(dirname(dir), `.${basename(dir)}.${tag}.tmp`);
    const previous = join(dirname(dir), `.${basename(dir)}.${tag}.old`);
    try {
        await mkdir(staging);
        for (const file of files) await writeFile(join(staging, file.name), file.content, { flag: 'wx' });
        await replaceFolder(dir, staging, previous);
    } catch (error) {
        await rm(staging, { recursive: true, force: true });
        if (createdParent) await rm(createdParent, { recursive: true, force: true });
        throw error;
    }
}

/** Puts `staging` where `dir` is; an earlier `dir` is set aside first and put back on failure. */
async function replaceFolder(dir: string, staging: string, previous: string): Promise<void> {
    const hadFolder = await exists(dir);
    if (hadFolder) await rename(dir, previous);
    try {
        await rename(staging, dir);
    } catch (error) {
        if (hadFolder) await rename(previous, dir);
        throw error;
    }
    if (hadFolder) await rm(previous, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
    try {
        await stat(path);
        return true;
    } catch {
        return false;
    }
}

export class FolderRefusedError extends Error {
    constructor(readonly reason: string) {
        super(reason);
        this.name = 'FolderRefusedError';
    }
}
