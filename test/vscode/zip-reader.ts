// A small reader for the .vsix (a zip): the central directory's entries, and the bytes of
// stored or deflated members. Enough for tests; no zip64, no encryption.

import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
    name: string;
    compressedSize: number;
    size: number;
    /** The member's bytes, inflated. */
    read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

export function readZipEntries(zip: Buffer): ZipEntry[] {
    const end = findEndOfCentralDirectory(zip);
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let index = 0; index < count; index++) {
        if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) throw new Error(`zip: bad central directory entry at ${offset}`);
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const size = zip.readUInt32LE(offset + 24);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localHeader = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        entries.push({
            name, compressedSize, size,
            read: () => {
                if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) throw new Error(`zip: bad local header for ${name}`);
                const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
                const data = zip.subarray(start, start + compressedSize);
                if (method === 0) return Buffer.from(data);
                if (method === 8) return inflateRawSync(data);
                throw new Error(`zip: ${name} uses compression method ${method}`);
            }
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

function findEndOfCentralDirectory(zip: Buffer): number {
    // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
    for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
        if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
    }
    throw new Error('zip: no end of central directory record (not a zip file?)');
}
