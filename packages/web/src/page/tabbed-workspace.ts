// The LSP client's view of the open files, one editor per file as the default workspace
// of @codemirror/lsp-client keeps them, plus the one thing it leaves to the host: showing
// another file. Go-to-definition on a session from lib/strength.lift, or a reference in
// another file, brings that file's tab to the front.

import { LSPPlugin, Workspace, type LSPClient, type WorkspaceFile } from '@codemirror/lsp-client';
import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

type WorkspaceFileUpdate = ReturnType<Workspace['syncFiles']>[number];

class TabFile implements WorkspaceFile {
    constructor(readonly uri: string, readonly languageId: string, public version: number, public doc: Text, readonly view: EditorView) {}

    getView(): EditorView {
        return this.view;
    }
}

export class TabbedWorkspace extends Workspace {
    files: TabFile[] = [];
    private readonly versions = new Map<string, number>();

    /** `bringToFront` shows a file's editor and returns it (null for a file that has none). */
    constructor(client: LSPClient, private readonly bringToFront: (uri: string) => EditorView | null) {
        super(client);
    }

    syncFiles(): readonly WorkspaceFileUpdate[] {
        const updates: WorkspaceFileUpdate[] = [];
        for (const file of this.files) {
            const plugin = LSPPlugin.get(file.view);
            if (!plugin || plugin.unsyncedChanges.empty) continue;
            updates.push({ changes: plugin.unsyncedChanges, file, prevDoc: file.doc });
            file.doc = file.view.state.doc;
            file.version = this.nextVersion(file.uri);
            plugin.clear();
        }
        return updates;
    }

    openFile(uri: string, languageId: string, view: EditorView): void {
        if (this.getFile(uri)) throw new Error(`${uri} is open in two editors; the playground keeps one per file.`);
        const file = new TabFile(uri, languageId, this.nextVersion(uri), view.state.doc, view);
        this.files.push(file);
        this.client.didOpen(file);
    }

    closeFile(uri: string): void {
        if (!this.getFile(uri)) return;
        this.files = this.files.filter(file => file.uri !== uri);
        this.client.didClose(uri);
    }

    override async displayFile(uri: string): Promise<EditorView | null> {
        return this.bringToFront(uri);
    }

    private nextVersion(uri: string): number {
        const version = (this.versions.get(uri) ?? -1) + 1;
        this.versions.set(uri, version);
        return version;
    }
}
