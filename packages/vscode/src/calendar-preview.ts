// "Lift: Open Calendar Preview": a webview beside the editor showing the plan's HTML
// calendar (the `html` emitter, built by the language server). It rebuilds a moment after
// the plan or its diagnostics change. While the plan has errors it keeps the last good
// calendar under a banner that says so.

import * as vscode from 'vscode';
import { explainRefusal, planDocument, type BuildOutcome, type PlanBuilder } from './plan-builder.js';
import { withPreviewChrome } from './preview-html.js';

export class CalendarPreviews implements vscode.Disposable {
    private readonly previews = new Map<string, CalendarPreview>();

    constructor(private readonly context: vscode.ExtensionContext, private readonly builder: PlanBuilder) {}

    async open(uri?: vscode.Uri): Promise<void> {
        const document = await planDocument(uri);
        if (!document) return;
        const key = document.uri.toString();
        const existing = this.previews.get(key);
        if (existing) {
            existing.reveal();
            return;
        }
        const outcome = await this.builder.build(document, 'html');
        if (!outcome.ok) {
            await explainRefusal('preview the calendar', outcome);
            return;
        }
        const preview = new CalendarPreview(this.context, this.builder, document, outcome.content, () => this.previews.delete(key));
        this.previews.set(key, preview);
    }

    dispose(): void {
        for (const preview of [...this.previews.values()]) preview.dispose();
        this.previews.clear();
    }
}

class CalendarPreview implements vscode.Disposable {
    private readonly panel: vscode.WebviewPanel;
    private readonly subscriptions: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private lastGood: string;
    private generation = 0;
    private disposed = false;

    constructor(
        context: vscode.ExtensionContext,
        private readonly builder: PlanBuilder,
        private readonly document: vscode.TextDocument,
        html: string,
        private readonly onDispose: () => void
    ) {
        this.lastGood = html;
        this.panel = vscode.window.createWebviewPanel(
            'lift.calendarPreview',
            `Calendar: ${baseName(document.uri)}`,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: false, enableFindWidget: true, localResourceRoots: [] }
        );
        this.panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'lift-file.svg');
        this.show(html);
        const uri = document.uri.toString();
        this.subscriptions.push(
            this.panel.onDidDispose(() => this.dispose()),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.uri.toString() === uri) this.schedule();
            }),
            // Diagnostics follow every rebuild, including edits to imported files.
            vscode.languages.onDidChangeDiagnostics(event => {
                if (event.uris.some(changed => changed.toString() === uri)) this.schedule();
            })
        );
    }

    reveal(): void {
        this.panel.reveal(undefined, true);
    }

    private schedule(): void {
        if (this.timer) clearTimeout(this.timer);
        const delay = vscode.workspace.getConfiguration('lift', this.document).get<number>('preview.updateDelay', 300);
        this.timer = setTimeout(() => void this.refresh(), delay);
    }

    private async refresh(): Promise<void> {
        const generation = ++this.generation;
        let outcome: BuildOutcome;
        try {
            outcome = await this.builder.build(this.document, 'html');
        } catch (error) {
            outcome = { ok: false, reason: 'failed', message: (error as Error).message, errorCount: 0 };
        }
        // A slower, older build must not overwrite a newer one.
        if (this.disposed || generation !== this.generation) return;
        if (outcome.ok) {
            this.lastGood = outcome.content;
            this.show(outcome.content);
        } else {
            this.show(this.lastGood, bannerFor(outcome));
        }
    }

    private show(html: string, banner?: string): void {
        this.panel.webview.html = withPreviewChrome(html, this.panel.webview.cspSource, banner);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        for (const subscription of this.subscriptions) subscription.dispose();
        this.panel.dispose();
        this.onDispose();
    }
}

function bannerFor(outcome: Extract<BuildOutcome, { ok: false }>): string {
    if (outcome.reason === 'errors') {
        return `${outcome.message}: this is the last calendar built without errors. The Problems panel lists them.`;
    }
    return `The calendar cannot be rebuilt: ${outcome.message}`;
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
