// Never lose a file: output goes to a temporary file next to the real target and is renamed
// over it only once complete and on disk, so a failure leaves the old file as it was.
//
// The rename must not change what the name *is*, so the target keeps its identity:
// - a symbolic link is followed, and its target file is the one rewritten;
// - the new file gets the old one's mode and owner;
// - a file with several hard links is refused (a rename would give this name a new file and
//   leave the other names on the old text; rewriting in place is not crash-safe);
// - anything but a regular file (a device such as /dev/null, a FIFO, a folder) is refused;
// - a read-only file is refused, even for root, who could otherwise replace it;
// - with `unchangedSince`, a target edited since it was read is refused (`lift fmt` must not
//   throw away edits made while it ran).
// The temporary file is removed on any failure and on SIGINT/SIGTERM/SIGHUP; one left by a
// process that was killed outright (SIGKILL) is removed by the next write to the same target.

import { randomBytes } from 'node:crypto';
import { constants, rmSync } from 'node:fs';
import { lstat, open, readdir, readFile, readlink, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../usage-error.js';
import { removeOnSignal, forgetOnSignal } from './temporary-files.js';

export interface WriteOptions {
    /** How to name the target in messages (the path as the user wrote it). */
    display?: string;
    /** Refuse the write when the target's bytes are no longer these. */
    unchangedSince?: Uint8Array;
}

/** Writes `content` to `path` crash-safely, keeping the target's identity (see above). Refusals are UsageErrors (exit 2). */
export async function writeFileAtomically(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
    const display = options.display ?? path;
    const refuse = (reason: string) => new UsageError(`lift: cannot write '${display}': ${reason}`);
    const target = await realTarget(path, refuse);
    const existing = await statIfExists(target);
    if (existing) checkWritable(existing, refuse);
    await removeStaleTemporaries(target);
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    removeOnSignal(temporary);
    try {
        await writeTemporary(temporary, content, existing, refuse);
        if (options.unchangedSince && !await hasBytes(target, options.unchangedSince)) {
            throw refuse('the file changed on disk while lift was working on it; nothing was written, run the command again');
        }
        await rename(temporary, target);
        await syncFolder(dirname(target));
    } catch (error) {
        await rm(temporary, { force: true });
        throw error instanceof UsageError ? error : refuse(reasonOf(error as NodeJS.ErrnoException, target));
    } finally {
        forgetOnSignal(temporary);
    }
}

/** The file a write to `path` must change: symbolic links followed, even dangling ones. */
async function realTarget(path: string, refuse: (reason: string) => UsageError): Promise<string> {
    let current = resolve(path);
    for (let hops = 0; hops < 40; hops++) {
        let link;
        try {
            link = await lstat(current);
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw refuse(reasonOf(error as NodeJS.ErrnoException, current));
            return join(await folderOf(current, refuse), basename(current));
        }
        if (!link.isSymbolicLink()) return join(await folderOf(current, refuse), basename(current));
        current = resolve(dirname(current), await readlink(current));
    }
    throw refuse('too many symbolic links');
}

/** The real path of a file's folder; a clear refusal when there is none. */
async function folderOf(path: string, refuse: (reason: string) => UsageError): Promise<string> {
    try {
        const folder = await realpath(dirname(path));
        if (!(await stat(folder)).isDirectory()) throw refuse(`'${dirname(path)}' is not a folder`);
        return folder;
    } catch (error) {
        if (error instanceof UsageError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        throw refuse(code === 'ENOENT' ? 'its folder does not exist' : code === 'ENOTDIR' ? 'a part of its path is not a folder' : reasonOf(error as NodeJS.ErrnoException, path));
    }
}

async function statIfExists(path: string) {
    try {
        return await stat(path);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
    }
}

type FileInfo = NonNullable<Awaited<ReturnType<typeof statIfExists>>>;

function checkWritable(info: FileInfo, refuse: (reason: string) => UsageError): void {
    if (info.isDirectory()) throw refuse('it is a folder; name a file');
    if (!info.isFile()) {
        const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
        throw refuse(`it is ${kind}, not a regular file; to write to standard output use '-o -'`);
    }
    if ((info.mode & 0o222) === 0) throw refuse('the file is read-only; make it writable first if it should be replaced');
    if (info.nlink > 1) {
        throw refuse(`the file has ${info.nlink} hard links, and replacing it would split them; write to another file or remove the extra links`);
    }
}

/** Writes the whole content to a new temporary file with the target's mode and owner, then flushes it to disk. */
async function writeTemporary(temporary: string, content: string | Uint8Array, existing: FileInfo | undefined, refuse: (reason: string) => UsageError): Promise<void> {
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? 0o600 : 0o666);
    try {
        await handle.writeFile(content);
        if (existing) await keepIdentity(handle, existing, refuse);
        await handle.sync();
    } finally {
        await handle.close();
    }
}

async function keepIdentity(handle: FileHandle, existing: FileInfo, refuse: (reason: string) => UsageError): Promise<void> {
    const current = await handle.stat();
    if (current.uid !== existing.uid || current.gid !== existing.gid) {
        try {
            await handle.chown(existing.uid, existing.gid);
        } catch {
            throw refuse('lift cannot give the new file the owner of the old one (it belongs to another user); nothing was written');
        }
    }
    await handle.chmod(existing.mode & 0o7777);
}

async function hasBytes(path: string, expected: Uint8Array): Promise<boolean> {
    try {
        return Buffer.from(expected).equals(await readFile(path));
    } catch {
        return false;
    }
}

/** Makes the rename itself durable: without this a power cut can bring the old name back. */
async function syncFolder(folder: string): Promise<void> {
    let handle: FileHandle | undefined;
    try {
        handle = await open(folder, constants.O_RDONLY);
        await handle.sync();
    } catch {
        // Some file systems cannot sync a folder; the file itself is already on disk.
    } finally {
        await handle?.close();
    }
}

/** Temporary files of this target left by processes that no longer run (killed with SIGKILL). */
async function removeStaleTemporaries(target: string): Promise<void> {
    const prefix = `.${basename(target)}.`;
    let names: string[];
    try {
        names = await readdir(dirname(target));
    } catch {
        return;
    }
    for (const name of names) {
        if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
        const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
        if (match && !processRuns(Number(match[1]))) rmSync(join(dirname(target), name), { force: true });
    }
}

function processRuns(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}

function reasonOf(error: NodeJS.ErrnoException, path: string): string {
    switch (error.code) {
        case 'EACCES': case 'EPERM': return 'permission denied';
        case 'EROFS': return 'the file system is read-only';
        case 'ENOSPC': return 'the disk is full';
        case 'EDQUOT': return 'the disk quota is exhausted';
        case 'EISDIR': return 'it is a folder; name a file';
        case 'ENOENT': return 'its folder does not exist';
        // Node's message names the temporary file too ("EXDEV: …, rename 'a' -> 'b'"): keep the reason only.
        default: return (error.message ?? String(error)).split(', ')[0].replaceAll(path, basename(path));
    }
}
