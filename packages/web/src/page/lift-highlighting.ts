// Lift highlighting for CodeMirror: a small stream tokenizer. Its keywords come from the
// TextMate grammar that `langium generate` writes from the Lift grammar, so the editor
// and VS Code colour the same words and neither list is typed by hand.

import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';
import textMateGrammar from '../../../../syntaxes/lift.tmLanguage.json';

const KEYWORDS = keywordsOf(textMateGrammar as { patterns: Array<{ name?: string; match?: string }> });

interface TokenizerState {
    inBlockComment: boolean;
}

const liftStreamParser = {
    name: 'lift',
    startState: (): TokenizerState => ({ inBlockComment: false }),
    token(stream: StringStream, state: TokenizerState): string | null {
        if (state.inBlockComment) return continueBlockComment(stream, state);
        if (stream.eatSpace()) return null;
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.inBlockComment = true;
            return continueBlockComment(stream, state);
        }
        if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
        if (stream.match(/^\d{4}-\d{2}-\d{2}\b/)) return 'number';
        if (stream.match(/^\d{1,2}:\d{2}\b/)) return 'number';
        if (stream.match(/^\d+(?:\.\d+)?(?:[a-zA-Z%]+)?/)) return 'number';
        const word = stream.match(/^[A-Za-z_][\w-]*/) as RegExpMatchArray | null;
        if (word) {
            if (KEYWORDS.has(word[0])) return 'keyword';
            return /^[A-Z]/.test(word[0]) ? 'typeName' : 'variableName';
        }
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
};

function continueBlockComment(stream: StringStream, state: TokenizerState): string {
    if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inBlockComment = false;
    } else {
        stream.skipToEnd();
    }
    return 'comment';
}

function keywordsOf(grammar: { patterns: Array<{ name?: string; match?: string }> }): Set<string> {
    const pattern = grammar.patterns.find(entry => entry.name?.startsWith('keyword'))?.match ?? '';
    const alternatives = /\\b\((.*)\)\\b/.exec(pattern)?.[1] ?? '';
    return new Set(alternatives.split('|').filter(word => word.length > 0));
}

const liftHighlightStyle = HighlightStyle.define([
    { tag: tags.keyword, color: '#7a3e9d', fontWeight: '600' },
    { tag: tags.comment, color: '#6a737d', fontStyle: 'italic' },
    { tag: tags.string, color: '#22863a' },
    { tag: tags.number, color: '#b35900' },
    { tag: tags.typeName, color: '#005cc5' },
    { tag: tags.variableName, color: '#24292e' }
]);

export const liftLanguage = StreamLanguage.define(liftStreamParser);

export function liftHighlighting(): Extension {
    return [liftLanguage, syntaxHighlighting(liftHighlightStyle)];
}
