// Snippets for the blocks a coach writes most: a phase, a session and a warm-up, offered
// where their keyword may start. The session snippet names a warm-up the file can see.

import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem } from 'vscode-languageserver';
import { FOCUSES } from '../model/vocabulary.js';

export type SnippetKeyword = 'phase' | 'session' | 'warmup' | 'week';

const INDENT = '    ';

function phaseSnippet(): string {
    return [
        `phase \${1:Base} \${2:4} weeks focus \${3|${FOCUSES.join(',')}|} {`,
        `${INDENT}mon: \${4:rest}`,
        `${INDENT}tue: run \${5:intervals 6x800m}, lift \${6:StrengthA}`,
        `${INDENT}\$0`,
        '}'
    ].join('\n');
}

function sessionSnippet(warmups: string[]): string {
    const warmup = warmups.length > 0 ? `\${3|${warmups.join(',')}|}` : '${3:Standard}';
    return [
        'session ${1:StrengthA} ${2|heavy,light|} {',
        `${INDENT}warmup ${warmup}`,
        `${INDENT}\${4:squat} \${5:4x5} @ \${6:60kg} rest \${7:2min} rir \${8:2}`,
        `${INDENT}\$0`,
        '}'
    ].join('\n');
}

function warmupSnippet(): string {
    return [
        'warmup ${1:Standard} {',
        `${INDENT}cardio \${2:rower} \${3:10min}`,
        `${INDENT}mobility \${4:6min} "\${5:leg swings, hip circles, walking lunges}"`,
        '}'
    ].join('\n');
}

function weekSnippet(): string {
    return ['week ${1:4} {', `${INDENT}\${2:tue}: \${0:run easy 40min}`, '}'].join('\n');
}

const DESCRIPTIONS: Record<SnippetKeyword, string> = {
    phase: 'new phase with a week template',
    session: 'new session with a warm-up and an exercise',
    warmup: 'new warm-up: cardio, then mobility',
    week: 'override days of one week of this phase'
};

/** The snippet completion item for a block keyword. */
export function snippetItem(keyword: SnippetKeyword, visibleWarmups: string[]): CompletionItem {
    const body = keyword === 'phase' ? phaseSnippet()
        : keyword === 'session' ? sessionSnippet(visibleWarmups)
        : keyword === 'warmup' ? warmupSnippet()
        : weekSnippet();
    return {
        label: keyword,
        kind: CompletionItemKind.Snippet,
        detail: DESCRIPTIONS[keyword],
        insertText: body,
        insertTextFormat: InsertTextFormat.Snippet,
        // Later lines take the indentation of the line the snippet starts on.
        insertTextMode: InsertTextMode.adjustIndentation,
        sortText: '2'
    };
}
