// Turning the paths of `lift check PATH…` into `.lift` files: files as given, folders
// searched recursively. A path that cannot be read is a usage error (exit 2). A named path
// that is not a regular file (a FIFO, a device) is skipped with a message: reading it could
// block forever; a folder's entries that are not regular files are never looked at.

import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../usage-error.js';
import { kindOf } from './read-lift-file.js';

export interface LiftFileArgument {
    /** The path as the user wrote it (for folders: joined with the file's relative path). */
    display: string;
    absolute: string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export async function collectLiftFiles(paths: string[], cwd: string, warn: (message: string) => void = () => undefined): Promise<LiftFileArgument[]> {
    const files: LiftFileArgument[] = [];
    for (const path of paths) {
        const absolute = resolve(cwd, path);
        const info = await statOrExplain(path, absolute);
        if (info.isDirectory()) {
            const found = await findInFolder(absolute, path);
            if (found.length === 0) throw new UsageError(`lift: no .lift files in folder '${path}'`);
            files.push(...found);
        } else if (!path.endsWith('.lift')) {
            throw new UsageError(`lift: '${path}' is not a .lift file`);
        } else if (!info.isFile()) {
            warn(`lift: skipping '${path}': it is ${kindOf(info)}, not a regular file\n`);
        } else {
            files.push({ display: path, absolute });
        }
    }
    if (files.length === 0) throw new UsageError('lift: no .lift files to read');
    const unique = new Map(files.map(file => [file.absolute, file]));
    return [...unique.values()];
}

export async function statOrExplain(display: string, absolute: string) {
    try {
        return await stat(absolute);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
        throw new UsageError(`lift: cannot read '${display}': ${reason}`);
    }
}

async function findInFolder(folder: string, display: string): Promise<LiftFileArgument[]> {
    let entries;
    try {
        entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
        throw new UsageError(`lift: cannot read folder '${display}': ${(error as Error).message}`);
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const files: LiftFileArgument[] = [];
    for (const entry of entries) {
        const absolute = join(folder, entry.name);
        const shown = display === '.' ? entry.name : join(display, entry.name);
        if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
            files.push(...await findInFolder(absolute, shown));
        } else if (entry.isFile() && entry.name.endsWith('.lift')) {
            files.push({ display: shown, absolute });
        }
    }
    return files;
}
