// One workspace being edited: a Web Worker running the Lift language server, the
// CodeMirror LSP client talking to it, and one editor per file (all kept open, so the
// server sees every file and a library edit re-checks the plan). Switching to another
// example ends the session and starts a new one.

import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { formatDocument, languageServerExtensions, LSPClient } from '@codemirror/lsp-client';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { WORKSPACE_ROOT, workspacePath, workspaceUri } from '../workspace-uris.js';
import { diagnosticsWithFixes } from './diagnostics-with-fixes.js';
import { goToDefinitionKeymap } from './go-to-definition.js';
import { liftHighlighting } from './lift-highlighting.js';
import { sanitizeHtml } from './sanitize-html.js';
import type { PlaygroundWorkspace } from './saved-workspaces.js';
import { TabbedWorkspace } from './tabbed-workspace.js';
import { workerTransport } from './worker-transport.js';

/** The answer of the server's `lift/build` request (packages/language/src/lsp/lift-build-request.ts). */
export type BuildResult =
    | { content: string; format: string; extension: string; mediaType: string; warningCount: number }
    | { reason: string; message: string; errorCount: number; filesWithErrors: string[] };

export interface SessionEvents {
    /** The server published diagnostics: the plan or a file it imports may have changed. */
    onChecked(): void;
    /** A file's text changed in its editor. */
    onEdited(): void;
    /** Another file's editor came to the front (a tab, or go-to-definition). */
    onShown(path: string): void;
    /** The worker failed (a bug in Lift or a browser without Web Workers). */
    onFailed(reason: string): void;
}

export class PlaygroundSession {
    readonly views = new Map<string, EditorView>();
    private readonly worker: Worker;
    private readonly client: LSPClient;
    private readonly events: SessionEvents;

    /** `worker` is a fresh worker running lift-worker.js (see worker-loader.ts). */
    constructor(readonly workspace: PlaygroundWorkspace, host: HTMLElement, worker: Worker, events: SessionEvents) {
        this.worker = worker;
        this.events = events;
        this.worker.addEventListener('error', event => events.onFailed(event.message || 'the worker failed to start'));
        this.worker.postMessage({
            files: Object.fromEntries(workspace.files.map(file => [workspaceUri(file.path), file.text])),
            ruleDocumentationBase: new URL('rules/', location.href).href
        });
        const checked = diagnosticsWithFixes(events.onChecked);
        this.client = new LSPClient({
            rootUri: WORKSPACE_ROOT,
            // The marker's tooltip shows the message already; the hover adds the rule's reason.
            initializationOptions: { diagnosticMessagesInHover: false },
            timeout: 20000,
            sanitizeHTML: sanitizeHtml,
            workspace: client => new TabbedWorkspace(client, uri => this.bringToFront(uri)),
            notificationHandlers: checked.notificationHandlers,
            extensions: [checked, ...languageServerExtensions()]
        }).connect(workerTransport(this.worker));
        for (const file of workspace.files) {
            const view = new EditorView({
                parent: host,
                state: EditorState.create({ doc: file.text, extensions: this.editorExtensions(file.path, events) })
            });
            view.dom.dataset.path = file.path;
            this.views.set(file.path, view);
        }
        this.show(workspace.activePath);
    }

    show(path: string): void {
        this.workspace.activePath = path;
        for (const [viewPath, view] of this.views) {
            view.dom.hidden = viewPath !== path;
            if (viewPath === path) view.requestMeasure();
        }
        this.events.onShown(path);
    }

    private bringToFront(uri: string): EditorView | null {
        const path = workspacePath(uri);
        const view = path === undefined ? undefined : this.views.get(path);
        if (!view || path === undefined) return null;
        this.show(path);
        return view;
    }

    get activeView(): EditorView {
        return this.views.get(this.workspace.activePath)!;
    }

    /** The workspace with the editors' current texts. */
    snapshot(): PlaygroundWorkspace {
        return {
            ...this.workspace,
            files: this.workspace.files.map(file => ({ path: file.path, text: this.views.get(file.path)!.state.doc.toString() }))
        };
    }

    async build(format: string): Promise<BuildResult> {
        await this.client.initializing;
        this.client.sync();
        return this.client.request<{ uri: string; format: string }, BuildResult>('lift/build', {
            uri: workspaceUri(this.workspace.files[0].path),
            format
        });
    }

    format(): boolean {
        return formatDocument(this.activeView);
    }

    destroy(): void {
        for (const view of this.views.values()) view.destroy();
        this.client.disconnect();
        this.worker.terminate();
    }

    private editorExtensions(path: string, events: SessionEvents) {
        return [
            lineNumbers(),
            history(),
            drawSelection(),
            indentOnInput(),
            bracketMatching(),
            closeBrackets(),
            autocompletion(),
            highlightActiveLine(),
            highlightSelectionMatches(),
            lintGutter(),
            liftHighlighting(),
            EditorState.tabSize.of(4),
            keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
            this.client.plugin(workspaceUri(path), 'lift'),
            goToDefinitionKeymap(),
            EditorView.updateListener.of(update => { if (update.docChanged) events.onEdited(); })
        ];
    }
}

