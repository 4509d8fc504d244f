// A file system held in memory, for hosts that have no disk: the browser playground's
// worker. Files are keyed by URI; folders exist implicitly as the prefixes of file paths,
// so the workspace manager can walk a folder and the import loader can find a library
// that no editor has opened.

import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';

export class InMemoryFileSystemProvider implements FileSystemProvider {
    private readonly files = new Map<string, string>();

    constructor(files: Iterable<[uri: string, text: string]> = []) {
        for (const [uri, text] of files) this.writeFile(uri, text);
    }

    writeFile(uri: URI | string, text: string): void {
        this.files.set(key(uri), text);
    }

    deleteFile(uri: URI | string): void {
        this.files.delete(key(uri));
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        return this.statSync(uri);
    }

    statSync(uri: URI): FileSystemNode {
        if (this.isFile(uri)) return { uri, isFile: true, isDirectory: false };
        if (this.isDirectory(uri)) return { uri, isFile: false, isDirectory: true };
        throw new Error(`No such file or folder: ${uri.toString()}`);
    }

    async exists(uri: URI): Promise<boolean> {
        return this.existsSync(uri);
    }

    existsSync(uri: URI): boolean {
        return this.isFile(uri) || this.isDirectory(uri);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return this.readBinarySync(uri);
    }

    readBinarySync(uri: URI): Uint8Array {
        return new TextEncoder().encode(this.readFileSync(uri));
    }

    async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    readFileSync(uri: URI): string {
        const text = this.files.get(key(uri));
        if (text === undefined) throw new Error(`No such file: ${uri.toString()}`);
        return text;
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        return this.readDirectorySync(uri);
    }

    /** The files and folders directly inside a folder. */
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = folderPrefix(uri);
        const children = new Map<string, FileSystemNode>();
        for (const file of this.files.keys()) {
            if (!file.startsWith(prefix)) continue;
            const rest = file.slice(prefix.length);
            const slash = rest.indexOf('/');
            const name = slash < 0 ? rest : rest.slice(0, slash);
            if (children.has(name)) continue;
            const child = URI.parse(prefix + name);
            children.set(name, { uri: child, isFile: slash < 0, isDirectory: slash >= 0 });
        }
        return [...children.values()];
    }

    private isFile(uri: URI): boolean {
        return this.files.has(key(uri));
    }

    private isDirectory(uri: URI): boolean {
        const prefix = folderPrefix(uri);
        return [...this.files.keys()].some(file => file.startsWith(prefix));
    }
}

function key(uri: URI | string): string {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).toString();
}

function folderPrefix(uri: URI): string {
    const text = uri.toString();
    return text.endsWith('/') ? text : `${text}/`;
}
