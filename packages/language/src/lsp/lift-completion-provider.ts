// Completion that knows where it is: sessions after `lift`, exercises at the start of an
// exercise line, warm-ups after `warmup`, run kinds after `run`, focus, levels, priorities
// and patterns, weekdays, rule ids in `rules { }` and after `// lift-ignore`, units after a
// number, and snippets for a new phase, session and warm-up.
//
// Run kinds, focus and the like are parsed as identifiers (see the grammar's header), so
// Langium's keyword completion cannot know them; they are added here from the vocabulary.

import {
    DocumentState, GrammarAST, OperationCancelled, UriUtils,
    type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, CompletionList, type CancellationToken, type CompletionParams, type InitializeParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { sessionIntensity } from '../model/vocabulary.js';
import type { LiftServices } from '../lift-module.js';
import { snippetItem, type SnippetKeyword } from './completion-snippets.js';
import { exerciseMarkdown, sessionMarkdown, warmupMarkdown } from './hover-markdown.js';
import { suppressionCompletions } from './suppression-completion.js';
import { unitCompletions } from './unit-completion.js';
import { valueChoicesFor } from './value-completion.js';
import { visibleDeclarations } from './visible-declarations.js';

/** Block keywords that get a snippet, by the grammar rule they start. */
const SNIPPET_RULES: Record<string, SnippetKeyword> = { Phase: 'phase', Session: 'session', Warmup: 'warmup', WeekOverride: 'week' };

export class LiftCompletionProvider extends DefaultCompletionProvider {
    /** Off when the client ships snippets of its own (the VS Code extension says so). */
    private offerSnippets = true;
    private snippetCapability = true;

    constructor(private readonly services: LiftServices) {
        super(services);
        services.shared.lsp.LanguageServer.onInitialize(params => this.applyClientSettings(params));
    }

    /** Reads the client's initialisation options (`snippets: false`) and capabilities. */
    applyClientSettings(params: InitializeParams): void {
        const options = params.initializationOptions as { snippets?: boolean } | undefined;
        this.offerSnippets = options?.snippets !== false;
        this.snippetCapability = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport ?? true;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        await this.treeOfShownText(document, cancelToken);
        const line = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const special = suppressionCompletions(line, params.position) ?? unitCompletions(line, params.position);
        if (special) return CompletionList.create(special, false);
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * The editor's text changes (didChange) before the server rebuilds the document, and a
     * request can arrive in between: it would complete the new text against the old syntax
     * tree (a cross-reference "on" the file's root). Wait until the document is linked
     * again from the text the editor shows.
     */
    private async treeOfShownText(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const builder = this.services.shared.workspace.DocumentBuilder;
        while (document.parseResult.value.$cstNode && document.parseResult.value.$cstNode.root.fullText !== document.textDocument.getText()) {
            await new Promise<void>((resolve, reject) => {
                const phase = builder.onDocumentPhase(DocumentState.Linked, built => {
                    if (!UriUtils.equals(built.uri, document.uri)) return;
                    phase.dispose();
                    cancel?.dispose();
                    resolve();
                });
                const cancel = cancelToken?.onCancellationRequested(() => {
                    phase.dispose();
                    cancel?.dispose();
                    reject(OperationCancelled);
                });
            });
        }
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = grammarRuleOf(next.feature)?.name;
        // Version 2's words are names wherever a name stands: not keywords to offer there.
        if (rule === 'Id' && GrammarAST.isKeyword(next.feature)) return;
        // Names go through the datatype rule `Id` (so that version 2's words stay names);
        // what the name is for is then told by the node being completed.
        const values = valueChoicesFor(rule === 'Id' ? context.node?.$type ?? rule : rule, next.property);
        if (values) {
            for (const choice of values) {
                acceptor(context, {
                    label: choice.value, kind: CompletionItemKind.EnumMember, detail: choice.detail, sortText: '0',
                    documentation: choice.documentation
                });
            }
            return;
        }
        if (GrammarAST.isKeyword(next.feature) && rule && SNIPPET_RULES[rule] && this.snippetsSupported()) {
            const keyword = SNIPPET_RULES[rule];
            if (next.feature.value === keyword) acceptor(context, snippetItem(keyword, this.visibleWarmups(context)));
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (ast.isExercise(node)) {
            return { ...item, kind: CompletionItemKind.Class, detail: [node.displayName, node.patterns[0]?.value].filter(Boolean).join(' · '), documentation: { kind: 'markdown', value: exerciseMarkdown(node) } };
        }
        if (ast.isSession(node)) {
            return { ...item, kind: CompletionItemKind.Function, detail: `${sessionIntensity(node.intensity)} session · ${node.exercises.length} exercise${node.exercises.length === 1 ? '' : 's'}`, documentation: { kind: 'markdown', value: sessionMarkdown(node) } };
        }
        if (ast.isWarmup(node)) {
            return { ...item, kind: CompletionItemKind.Module, detail: 'warm-up', documentation: { kind: 'markdown', value: warmupMarkdown(node) } };
        }
        return item;
    }

    private snippetsSupported(): boolean {
        return this.offerSnippets && this.snippetCapability;
    }

    /** Warm-ups the document can see, for the session snippet's choice. */
    private visibleWarmups(context: CompletionContext): string[] {
        const root = context.document.parseResult.value;
        if (!ast.isLiftFile(root)) return [];
        // A session that does not exist yet: the scope of its `warmup` is the file's.
        const probe = { $type: ast.Session.$type, $container: root, $containerProperty: 'sessions', name: '', exercises: [] } as unknown as ast.Session;
        return [...new Set(visibleDeclarations(this.services, probe, 'warmup').map(description => description.name))];
    }
}

/** The grammar rule an element of the grammar belongs to (`Phase`, `RunKind`, …). */
function grammarRuleOf(feature: GrammarAST.AbstractElement): GrammarAST.ParserRule | undefined {
    let current: unknown = feature;
    while (current && !GrammarAST.isParserRule(current)) current = (current as { $container?: unknown }).$container;
    return current as GrammarAST.ParserRule | undefined;
}
