// The Web Worker: the Lift language server, with the same services as `lift lsp`, talking
// to the page through worker messages. The page sends the workspace's files in the
// worker's name (a URL fragment), so imports resolve before any editor opens a file.

import { startLiftBrowserLanguageServer } from '@lift/language/browser';
import { BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser.js';
import { builtinLibraryText } from 'lift-embedded:builtin-library';
import { components, zoneFiles } from 'lift-embedded:vtimezones';
import { BUILTIN_LIBRARY_URI } from '../workspace-uris.js';

// The page lib types `self` as a window; in a worker it is the worker's global scope.
const scope = self as unknown as Worker;

/** The first message carries the files; everything after it is the language server protocol. */
scope.addEventListener('message', event => {
    const { files, ruleDocumentationBase } = event.data as { files: Record<string, string>; ruleDocumentationBase: string };
    startLiftBrowserLanguageServer({
        reader: new BrowserMessageReader(scope),
        writer: new BrowserMessageWriter(scope),
        files,
        builtinLibrary: { uri: BUILTIN_LIBRARY_URI, text: builtinLibraryText },
        vtimezones: zone => components[zoneFiles[zone] ?? ''] ?? null,
        ruleDocumentationBase
    });
}, { once: true });
