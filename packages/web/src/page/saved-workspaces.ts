// What the playground remembers: the files of each example as the coach left them
// (localStorage, so a reload keeps the work), and a plan carried in a share link's URL
// fragment, compressed with the browser's own CompressionStream (no library needed).

import { examples, type ExampleFile } from 'lift-embedded:examples';

export interface PlaygroundWorkspace {
    /** The example this workspace started from, or `shared` for a plan from a link. */
    name: string;
    files: ExampleFile[];
    /** The path of the tab in front. */
    activePath: string;
}

export interface SavedState {
    current: string;
    workspaces: Record<string, PlaygroundWorkspace>;
}

const STORAGE_KEY = 'lift-playground';
/** The first plan a newcomer sees: the shortest, for a beginner. */
const FIRST_EXAMPLE = examples.find(example => example.name === 'first-5k') ?? examples[0];
const SHARE_PREFIX = '#plan=';

export function pristineWorkspace(name: string): PlaygroundWorkspace {
    const example = examples.find(candidate => candidate.name === name) ?? FIRST_EXAMPLE;
    return { name: example.name, files: example.files.map(file => ({ ...file })), activePath: example.files[0].path };
}

export function loadSavedState(): SavedState {
    try {
        const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as SavedState | null;
        if (saved && saved.workspaces[saved.current]) return saved;
    } catch {
        // unreadable storage: start afresh
    }
    return { current: FIRST_EXAMPLE.name, workspaces: {} };
}

export function saveState(state: SavedState): void {
    try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
        // storage full or disabled: the plan still lives in the page and the share link
    }
}

/** The plan file of a workspace: the first file (the others are what it imports). */
export function planPath(workspace: PlaygroundWorkspace): string {
    return workspace.files[0].path;
}

export async function shareFragment(workspace: PlaygroundWorkspace): Promise<string> {
    const json = JSON.stringify({ files: workspace.files, activePath: workspace.activePath });
    const compressed = await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
    return SHARE_PREFIX + toBase64Url(new Uint8Array(compressed));
}

/** The workspace a share link carries, or undefined when the fragment holds none (or a damaged one). */
export async function workspaceFromFragment(fragment: string): Promise<PlaygroundWorkspace | undefined> {
    if (!fragment.startsWith(SHARE_PREFIX)) return undefined;
    try {
        const bytes = fromBase64Url(fragment.slice(SHARE_PREFIX.length));
        const json = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
        const shared = JSON.parse(json) as { files: ExampleFile[]; activePath: string };
        if (!Array.isArray(shared.files) || shared.files.length === 0) return undefined;
        const files = shared.files.filter(file => typeof file.path === 'string' && typeof file.text === 'string');
        return { name: 'shared', files, activePath: files.some(f => f.path === shared.activePath) ? shared.activePath : files[0].path };
    } catch {
        return undefined;
    }
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, char => char.charCodeAt(0));
}
