// Editor features of the language server (completion, hover, code actions, formatting, …).
// They read the same services and resolved plan as the CLI.

import type { LiftModuleExtension, LiftServices } from '../lift-module.js';
import { LiftCodeActionProvider } from './lift-code-actions.js';
import { LiftCompletionProvider } from './lift-completion-provider.js';
import { LiftDocumentSymbolProvider } from './lift-document-symbols.js';
import { LiftFoldingRangeProvider } from './lift-folding-ranges.js';
import { LiftFormatter } from './lift-formatter.js';
import { LiftHoverProvider } from './lift-hover-provider.js';
import { LiftInlayHintProvider } from './lift-inlay-hints.js';
import { lazyCompletionParser } from './lazy-completion-parser.js';
import { LiftRenameProvider } from './lift-rename-provider.js';
import { LiftSemanticTokenProvider } from './lift-semantic-tokens.js';

export const LiftLspModule: LiftModuleExtension = {
    parser: {
        CompletionParser: services => lazyCompletionParser(services)
    },
    lsp: {
        CompletionProvider: services => new LiftCompletionProvider(services as LiftServices),
        HoverProvider: services => new LiftHoverProvider(services as LiftServices),
        CodeActionProvider: services => new LiftCodeActionProvider(services as LiftServices),
        DocumentSymbolProvider: services => new LiftDocumentSymbolProvider(services as LiftServices),
        FoldingRangeProvider: services => new LiftFoldingRangeProvider(services),
        SemanticTokenProvider: services => new LiftSemanticTokenProvider(services),
        InlayHintProvider: services => new LiftInlayHintProvider(services as LiftServices),
        RenameProvider: services => new LiftRenameProvider(services),
        Formatter: () => new LiftFormatter()
    }
};
