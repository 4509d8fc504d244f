// Where the playground's files live, as URIs both sides of the worker agree on. A plan's
// `import "lib/strength.lift"` resolves against its folder, as on disk.

export const WORKSPACE_ROOT = 'file:///playground/';

/** The built-in exercise library goes by this URI in hovers and go-to-definition. */
export const BUILTIN_LIBRARY_URI = 'file:///lift/builtin/exercises.lift';

export function workspaceUri(path: string): string {
    return WORKSPACE_ROOT + path.split('/').map(encodeURIComponent).join('/');
}

export function workspacePath(uri: string): string | undefined {
    return uri.startsWith(WORKSPACE_ROOT) ? uri.slice(WORKSPACE_ROOT.length).split('/').map(decodeURIComponent).join('/') : undefined;
}
