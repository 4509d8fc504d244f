// The built-in exercise library: a bundled `.lift` file that every document sees without an
// import, so that hover and go-to-definition work on `squat` like on any user exercise.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

export interface BuiltinLibrarySource {
    uri: URI;
    text: string;
}

let configuredPath: string | undefined;
let injectedSource: BuiltinLibrarySource | undefined;

/**
 * Hosts without a file system (the browser playground's worker) hand over the library's
 * text, embedded at build time, and the URI it goes by. Nothing is read from disk then.
 */
export function setBuiltinLibrarySource(source: { uri: URI | string; text: string }): void {
    injectedSource = { uri: typeof source.uri === 'string' ? URI.parse(source.uri) : source.uri, text: source.text };
}

/**
 * Bundles that cannot locate files from `import.meta.url` (the VS Code extension) say
 * where they ship the library before creating services.
 */
export function setBuiltinLibraryPath(path: string): void {
    configuredPath = path;
}

export function builtinLibraryPath(): string {
    if (configuredPath) return configuredPath;
    const candidates = [
        // src/builtin/ and out/builtin/ both sit two folders below the package root.
        () => fileURLToPath(new URL('../../builtin/exercises.lift', import.meta.url)),
        // A bundle (the CLI's dist/lift.mjs) finds the package through node_modules.
        () => createRequire(import.meta.url).resolve('@lift/language/builtin/exercises.lift')
    ];
    for (const candidate of candidates) {
        try {
            const path = candidate();
            if (existsSync(path)) return path;
        } catch {
            // try the next place
        }
    }
    throw new Error('the built-in exercise library (builtin/exercises.lift) is missing from the installation');
}

let cachedSource: BuiltinLibrarySource | undefined;

export function builtinLibrarySource(): BuiltinLibrarySource {
    if (injectedSource) return injectedSource;
    const path = builtinLibraryPath();
    if (cachedSource?.uri.fsPath !== path) {
        cachedSource = { uri: URI.parse(pathToFileURL(path).href), text: readFileSync(path, 'utf8') };
    }
    return cachedSource;
}

export function isBuiltinLibrary(uri: URI | string): boolean {
    return uri.toString() === builtinLibrarySource().uri.toString();
}

/** Adds the built-in library to the workspace once; returns its document. */
export function ensureBuiltinLibrary(shared: LangiumSharedCoreServices): LangiumDocument {
    const { uri, text } = builtinLibrarySource();
    const documents = shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) return documents.getDocument(uri)!;
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    documents.addDocument(document);
    return document;
}
