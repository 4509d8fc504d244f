// `import "relative/path.lift"`: where an import points, and which documents a file sees.
// A file sees its own declarations, the built-in library and the files it imports
// directly — not what those files import in turn.

import { AstUtils, URI, UriUtils, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import { isLiftFile, type Import, type LiftFile } from '../generated/ast.js';

export type ImportProblem = 'absolute' | 'not-lift';

/** Why an import path is not acceptable, before looking at the disk. */
export function importPathProblem(path: string): ImportProblem | undefined {
    if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path) || /^[a-z][a-z0-9+.-]*:/i.test(path)) return 'absolute';
    if (!path.endsWith('.lift')) return 'not-lift';
    return undefined;
}

/** The URI an import points at, resolved against the importing file's folder. */
export function importTarget(documentUri: URI, path: string | undefined): URI | undefined {
    // A path the parser could not read (a half-typed import) points nowhere.
    if (path === undefined || importPathProblem(path)) return undefined;
    return UriUtils.resolvePath(UriUtils.dirname(documentUri), path);
}

export function importsOf(root: AstNode): Import[] {
    return isLiftFile(root) ? (root as LiftFile).imports : [];
}

/** URIs (as strings) of the files a document imports directly. */
export function importedUris(document: LangiumDocument): string[] {
    const uris: string[] = [];
    for (const node of importsOf(document.parseResult.value)) {
        const target = importTarget(document.uri, node.path);
        if (target) uris.push(target.toString());
    }
    return uris;
}

/** The documents an import statement points at, when it is loaded. */
export function importedDocument(node: Import, documents: LangiumDocuments): LangiumDocument | undefined {
    const document = AstUtils.getDocument(node);
    const target = importTarget(document.uri, node.path);
    return target && documents.hasDocument(target) ? documents.getDocument(target) : undefined;
}
