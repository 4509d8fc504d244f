// Reading a `.lift` file from disk for the CLI. Only regular files are read (a FIFO named
// `x.lift` would block forever). The text is UTF-8; bytes that are not valid UTF-8 are
// decoded as U+FFFD, which the `syntax` rule reports at its place, and `lift fmt` refuses
// such a file rather than write the replacement characters back.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import { MAX_FILE_BYTES, MEMORY_PER_FILE_BYTE } from '@lift/language/core';

export interface LiftFileContent {
    text: string;
    /** The bytes as read, to compare before replacing the file. */
    bytes: Buffer;
    validUtf8: boolean;
}

export class NotRegularFileError extends Error {
    readonly code = 'ENOTREGULAR';
    constructor(readonly kind: string) {
        super(`it is ${kind}, not a regular file`);
    }
}

export class TooLargeError extends Error {
    readonly code = 'ETOOLARGE';
    constructor(size: number) {
        super(`it is ${megabytes(size)} MB; Lift reads files of at most ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    }
}

/** A file within MAX_FILE_BYTES that this process has not the memory to check. */
export class TooLargeForMemoryError extends Error {
    readonly code = 'ETOOLARGE';
    constructor(size: number, heapLimit: number) {
        const needed = Math.ceil(size * MEMORY_PER_FILE_BYTE / 1024 / 1024 / 1024 * 10) / 10;
        super(`it is ${megabytes(size)} MB, and checking it needs about ${needed} GB of memory, more than the ${(heapLimit / 1024 / 1024 / 1024).toFixed(1)} GB this Node process may use: `
            + `run lift with NODE_OPTIONS=--max-old-space-size=${Math.ceil(needed * 1024 + 512)}`);
    }
}

function megabytes(size: number): string {
    return (size / 1024 / 1024).toFixed(1);
}

export async function readLiftFile(path: string): Promise<LiftFileContent> {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the check below refuses it.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile()) throw new NotRegularFileError(kindOf(info));
        if (info.size > MAX_FILE_BYTES) throw new TooLargeError(info.size);
        const heapLimit = getHeapStatistics().heap_size_limit;
        if (info.size * MEMORY_PER_FILE_BYTE > heapLimit) throw new TooLargeForMemoryError(info.size, heapLimit);
        const bytes = await handle.readFile();
        return { text: bytes.toString('utf8'), bytes, validUtf8: isUtf8(bytes) };
    } finally {
        await handle.close();
    }
}

export function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
    if (info.isDirectory()) return 'a folder';
    if (info.isFIFO()) return 'a FIFO (named pipe)';
    if (info.isSocket()) return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
    return 'a special file';
}
