// The browser face of @lift/language: what a Web Worker needs to run the language server.
// It leaves out the Node entry points (the stdio server, loading files from disk), so a
// browser bundle does not pull them in.

export { startLiftBrowserLanguageServer, type BrowserLanguageServerOptions } from './lsp/start-browser-language-server.js';
export { InMemoryFileSystemProvider } from './workspace/in-memory-file-system.js';
export type { VtimezoneLookup } from './emit/ics/vtimezone-table.js';
