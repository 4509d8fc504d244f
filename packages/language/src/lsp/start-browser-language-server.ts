// The language server for hosts without a disk or a process: the browser playground runs
// it in a Web Worker. The services are the very ones `lift lsp` uses; only the transport
// (browser messages instead of standard input/output) and the sources of data change:
// the workspace's files live in memory, and the built-in library, the VTIMEZONE table
// and the address of the rule pages come from the host, embedded when it was built.

import { startLanguageServer } from 'langium/lsp';
import { createConnection, type MessageReader, type MessageWriter } from 'vscode-languageserver/browser.js';
import { setBuiltinLibrarySource } from '../builtin/builtin-library.js';
import { setVtimezoneLookup, type VtimezoneLookup } from '../emit/ics/vtimezone-table.js';
import { createLiftServices } from '../lift-module.js';
import { setRuleDocumentationBase } from '../rules/registry.js';
import { InMemoryFileSystemProvider } from '../workspace/in-memory-file-system.js';
import { registerLiftBuildRequest } from './lift-build-request.js';
import { LiftLspModule } from './lift-lsp-module.js';

export interface BrowserLanguageServerOptions {
    /** Messages from the client (a `BrowserMessageReader` over the worker's scope). */
    reader: MessageReader;
    writer: MessageWriter;
    /** The workspace's files by URI, so imports resolve before an editor opens them. */
    files: Record<string, string>;
    /** The text of builtin/exercises.lift and the URI it goes by. */
    builtinLibrary: { uri: string; text: string };
    /** VTIMEZONE components for `.ics` builds. */
    vtimezones: VtimezoneLookup;
    /** Where the rule pages are (`ID.md` is appended). */
    ruleDocumentationBase: string;
}

export function startLiftBrowserLanguageServer(options: BrowserLanguageServerOptions): InMemoryFileSystemProvider {
    setBuiltinLibrarySource(options.builtinLibrary);
    setVtimezoneLookup(options.vtimezones);
    setRuleDocumentationBase(options.ruleDocumentationBase);
    const fileSystem = new InMemoryFileSystemProvider(Object.entries(options.files));
    const connection = createConnection(options.reader, options.writer);
    const { shared } = createLiftServices({ connection, fileSystemProvider: () => fileSystem }, LiftLspModule);
    shared.workspace.WorkspaceManager.initialBuildOptions = { validation: true };
    registerLiftBuildRequest(shared);
    startLanguageServer(shared);
    return fileSystem;
}
