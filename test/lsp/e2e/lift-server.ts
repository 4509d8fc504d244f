// An editor's side of the conversation with `lift lsp --stdio`: the real command, spawned as
// a child process, spoken to over standard input and output with vscode-jsonrpc and the
// LSP message types.
//
// The suite runs the built command (packages/cli/bin/lift.js, which loads packages/cli/dist).
// `npm install` builds it (the prepare script), as does `npm run build`; the suite itself
// builds nothing and stops with a clear message when the bundle is older than the sources.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification,
    InitializeRequest, PublishDiagnosticsNotification, ShutdownRequest, type Diagnostic, type InitializeResult,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol';
import { assertFreshBuild } from '../../helpers/fresh-build.js';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
const LIFT = `${REPOSITORY}packages/cli/bin/lift.js`;

/** The bundle exists and is newer than every source file (see test/helpers/fresh-build.ts). */
export const assertBuilt = assertFreshBuild;

interface Waiter {
    uri: string;
    accept: (diagnostics: Diagnostic[]) => boolean;
    resolve: (diagnostics: Diagnostic[]) => void;
}

export class LiftServer {
    readonly connection: MessageConnection;
    initializeResult?: InitializeResult;
    /** The last diagnostics published for each URI, and when (performance.now()) they arrived. */
    readonly published = new Map<string, { diagnostics: Diagnostic[]; at: number; version?: number }>();
    /** The URI of every publication, in the order they arrived. */
    readonly publicationOrder: string[] = [];
    readonly stderr: string[] = [];
    private readonly waiters: Waiter[] = [];
    private readonly versions = new Map<string, number>();
    private readonly exited: Promise<number | null>;

    private constructor(private readonly child: ChildProcessWithoutNullStreams) {
        this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        this.connection.onNotification(PublishDiagnosticsNotification.method, (params: PublishDiagnosticsParams) => this.receive(params));
        // Requests from the server to the client (register capabilities, …) get an empty answer.
        this.connection.onRequest(() => null);
        this.connection.listen();
        child.stderr.on('data', chunk => this.stderr.push(String(chunk)));
        this.exited = new Promise(resolve => child.on('exit', code => resolve(code)));
    }

    /**
     * Spawns `lift lsp --stdio` and initializes it with the given workspace folders (none: a
     * single-file editor). With `initialized: false` the server waits for initialized() and
     * answers no request until then, which lets a test queue requests deterministically.
     */
    static async start(folders: string[] = [], options: { initialized?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<LiftServer> {
        assertBuilt();
        const child = spawn(process.execPath, [LIFT, 'lsp', '--stdio'], { cwd: REPOSITORY, stdio: 'pipe', env: { ...process.env, ...options.env } });
        const server = new LiftServer(child);
        const workspaceFolders = folders.map(folder => ({ uri: pathToFileURL(folder).href, name: folder }));
        server.initializeResult = await server.connection.sendRequest(InitializeRequest.method, {
            processId: process.pid,
            rootUri: workspaceFolders[0]?.uri ?? null,
            workspaceFolders: workspaceFolders.length > 0 ? workspaceFolders : null,
            capabilities: {
                textDocument: {
                    completion: { completionItem: { snippetSupport: true } },
                    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
                    hover: { contentFormat: ['markdown'] }
                }
            }
        });
        if (options.initialized !== false) await server.initialized();
        return server;
    }

    /** The `initialized` notification: the server then loads the workspace. */
    async initialized(): Promise<void> {
        await this.connection.sendNotification(InitializedNotification.method, {});
    }

    async open(uri: string, text: string): Promise<void> {
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId: 'lift', version: 1, text } });
    }

    /** Replaces the whole text, as a client with full-document sync does. */
    async change(uri: string, text: string): Promise<void> {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.method, { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Resolves with the next (or the current) diagnostics of `uri` that satisfy `accept`. */
    diagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
        const current = this.published.get(uri);
        if (current && accept(current.diagnostics)) return Promise.resolve(current.diagnostics);
        return new Promise(resolve => this.waiters.push({ uri, accept, resolve }));
    }

    /** Like diagnostics(), but only for publications after this call. */
    nextDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
        return new Promise(resolve => this.waiters.push({ uri, accept, resolve }));
    }

    /** Resolves when every one of `uris` has had diagnostics published. */
    async allPublished(uris: string[]): Promise<void> {
        await Promise.all(uris.map(uri => this.diagnostics(uri)));
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    /** shutdown, then exit: resolves with the process's exit code. */
    async stop(): Promise<number | null> {
        await this.connection.sendRequest(ShutdownRequest.method);
        await this.connection.sendNotification(ExitNotification.method);
        const code = await this.exited;
        this.connection.dispose();
        return code;
    }

    /** Ends the process without the protocol, for a test that already failed. */
    kill(): void {
        this.child.kill();
    }

    get exitCode(): Promise<number | null> {
        return this.exited;
    }

    private receive(params: PublishDiagnosticsParams): void {
        this.published.set(params.uri, { diagnostics: params.diagnostics, at: performance.now(), version: params.version });
        this.publicationOrder.push(params.uri);
        for (const waiter of [...this.waiters]) {
            if (waiter.uri === params.uri && waiter.accept(params.diagnostics)) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(params.diagnostics);
            }
        }
    }
}

export function fileUri(path: string): string {
    return pathToFileURL(path).href;
}

export const EXAMPLES = `${REPOSITORY}examples`;
