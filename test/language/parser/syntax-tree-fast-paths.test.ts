// The parser's and the checks' fast paths build exactly what Langium's own code builds:
// the lexer's tokens (parser/lift-lexer.ts), the tree with its comments
// (parser/linear-hidden-tokens.ts), and the shared walks over it (parser/syntax-tree-walk.ts).
// Each is compared with Langium's stock version on every example and on files with
// comments wherever a comment may stand, broken files included.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    AstUtils, CstUtils, DefaultLexer, EmptyFileSystem, createLangiumParser, inject, isLeafCstNode,
    type AstNode, type CstNode, type LangiumCoreServices
} from 'langium';
import { createDefaultCoreModule, createDefaultSharedCoreModule } from 'langium';
import type { IToken } from 'chevrotain';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createLiftServices } from '@lift/language';
import { LiftGeneratedModule, LiftGeneratedSharedModule } from '../../../packages/language/src/generated/module.js';
import { allAstNodes, allAstNodesOf, allCstLeaves, allReferences } from '../../../packages/language/src/parser/syntax-tree-walk.js';
import * as ast from '../../../packages/language/src/generated/ast.js';
import { parse } from '../../helpers/services.js';

const EXAMPLES = join(import.meta.dirname, '../../../examples');

function liftFiles(folder: string): Array<{ name: string; text: string }> {
    return readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.lift'))
        .map(entry => ({ name: entry.name, text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));
}

const COMMENTED = `// before everything
/* a block */ import "library.lift" // after an import

// between declarations
session /* inside */ Legs heavy { // after a brace
    // before a line
    squat 3x5 @ 60% rest 2min rir 2 // after a line
    /* before a second line */ deadlift 3x5 @ 50kg
    // before the closing brace
}
// between sessions
session Core light {
    plank 3x30s
}
plan "P" { // comment
    start 2027-01-04
    phase Base 4 weeks focus base {
        mon: run easy 30min // easy
        // no tuesday
        wed: lift Legs /* evening */ at 18:00
    }
}
// at the very end`;

const BROKEN = [
    'session Legs heavy {\n    squat 3x @ 60%\n    // a comment after a broken line\n    deadlift 3x5\n}\n// end',
    '// only a comment',
    '/* only a block */',
    'plan "P" {\n    start\n    // missing date\n    phase Base weeks {\n        mon run easy 30min\n    }\n',
    'session { }\n// a comment\nsession B { squat 3x5 }',
    ''
];

const cases = [...liftFiles(EXAMPLES), { name: 'commented.lift', text: COMMENTED }, ...BROKEN.map((text, index) => ({ name: `broken-${index}.lift`, text }))];

/** Langium's own lexer and parser for the Lift grammar, without Lift's replacements. */
function stockServices(): LangiumCoreServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), LiftGeneratedSharedModule);
    const services = inject(createDefaultCoreModule({ shared }), LiftGeneratedModule, {
        parser: { Lexer: (s: LangiumCoreServices) => new DefaultLexer(s), LangiumParser: (s: LangiumCoreServices) => createLangiumParser(s) }
    });
    shared.ServiceRegistry.register(services);
    return services;
}

const lift = createLiftServices(EmptyFileSystem).Lift;
const stock = stockServices();

function describeCst(root: CstNode | undefined): unknown[] {
    const rows: unknown[] = [];
    for (const node of root ? CstUtils.streamCst(root) : []) {
        const leaf = isLeafCstNode(node);
        rows.push([leaf, node.offset, node.length, node.hidden, leaf ? node.tokenType.name : node.grammarSource?.$type, node.range, node.container?.offset]);
    }
    return rows;
}

function describeAst(root: AstNode): unknown[] {
    return AstUtils.streamAst(root).map(node => [node.$type, node.$containerProperty, node.$containerIndex, node.$cstNode?.offset, node.$cstNode?.length]).toArray();
}

describe('the lexer', () => {
    test.each(cases)('gives the tokens of Langium\'s own lexer: $name', ({ text }) => {
        const fields = (token: IToken) => {
            const { image, startOffset, endOffset, startLine, endLine, startColumn, endColumn, tokenTypeIdx, tokenType } = token;
            // Each set of services numbers its token types anew: compare the type by name, and
            // the number with the type's own.
            return { image, startOffset, endOffset, startLine, endLine, startColumn, endColumn, tokenType: tokenType.name, ownIndex: tokenTypeIdx === tokenType.tokenTypeIdx };
        };
        const ours = lift.parser.Lexer.tokenize(text);
        const theirs = stock.parser.Lexer.tokenize(text);
        expect(ours.tokens.map(fields)).toEqual(theirs.tokens.map(fields));
        expect(ours.hidden.map(fields)).toEqual(theirs.hidden.map(fields));
        expect(ours.errors).toEqual(theirs.errors);
    });

    test('makes tokens of a class of their own, not of the shape of the end-of-file token', () => {
        // That shape holds NaN positions, which boxes every number of every token that shares it.
        const [token] = lift.parser.Lexer.tokenize('squat').tokens;
        expect(Object.getPrototypeOf(token)).not.toBe(Object.prototype);
        expect(stock.parser.Lexer.tokenize('squat').tokens[0]).toSatisfy(stockToken => Object.getPrototypeOf(stockToken) === Object.prototype);
    });
});

describe('the parser', () => {
    test.each(cases)('builds the tree of Langium\'s own parser, comments in the same places: $name', ({ text }) => {
        const ours = lift.parser.LangiumParser.parse(text);
        const theirs = stock.parser.LangiumParser.parse(text);
        expect(describeCst(ours.value.$cstNode)).toEqual(describeCst(theirs.value.$cstNode));
        expect(describeAst(ours.value)).toEqual(describeAst(theirs.value));
        // The messages are Lift's own; the places must be the same.
        const places = (errors: typeof ours.parserErrors) => errors.map(error => [error.name, error.token.startOffset, error.token.image]);
        expect(places(ours.parserErrors)).toEqual(places(theirs.parserErrors));
    });

    describe('on a library with a comment before every session', () => {
        const library = Array.from({ length: 3000 }, (_, index) => `// session ${index}\nsession S${index} heavy {\n    squat 3x5 @ 60% // heavy\n}\n`).join('');
        afterEach(() => vi.restoreAllMocks());

        test('never searches a long list of siblings from its start', () => {
            const indexOf = vi.spyOn(Array.prototype, 'indexOf');
            const parsed = lift.parser.LangiumParser.parse(library);
            const longScans = indexOf.mock.contexts.filter(list => (list as unknown[]).length > 100);
            indexOf.mockRestore();
            expect((parsed.value as ast.LiftFile).sessions).toHaveLength(3000);
            expect(longScans).toHaveLength(0);
        });

        test('takes the comments off the lexer\'s list once, not one splice per comment', () => {
            const tokens = lift.parser.Lexer.tokenize(library);
            expect(tokens.hidden).toHaveLength(6000);
            // Removing from the front of a long list moves everything after it: what made it quadratic.
            const splice = Array.prototype.splice;
            let frontRemovals = 0;
            vi.spyOn(Array.prototype, 'splice').mockImplementation(function (this: unknown[], ...args: [number, number, ...unknown[]]) {
                if (args[0] === 0 && args[1] > 0 && this.length >= 1000) frontRemovals++;
                return splice.apply(this, args);
            });
            lift.parser.LangiumParser.parse(library);
            vi.restoreAllMocks();
            expect(frontRemovals).toBeLessThanOrEqual(1);
        });
    });
});

describe('the shared walks', () => {
    test.each(cases)('list what Langium\'s streams list, in the same order: $name', async ({ text }) => {
        const document = await parse(text);
        const root = document.parseResult.value;
        expect(allAstNodes(root)).toEqual(AstUtils.streamAst(root).toArray());
        expect(allCstLeaves(root)).toEqual(root.$cstNode ? CstUtils.flattenCst(root.$cstNode).toArray() : []);
        const references = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
        expect(allReferences(root).map(r => [r.reference, r.container, r.property, r.index]))
            .toEqual(references.map(r => [r.reference, r.container, r.property, r.index]));
        expect(allAstNodesOf(root, ast.isDayLine)).toEqual(AstUtils.streamAst(root).filter(ast.isDayLine).toArray());
    });

    test('are made once per parse and shared', async () => {
        const first = await parse(COMMENTED);
        expect(allAstNodes(first.parseResult.value)).toBe(allAstNodes(first.parseResult.value));
        const second = await parse(COMMENTED);
        expect(allAstNodes(second.parseResult.value)).not.toBe(allAstNodes(first.parseResult.value));
    });

    test('do not overflow the stack on a deeply nested tree', () => {
        let root: AstNode = { $type: 'Leaf' } as AstNode;
        for (let depth = 0; depth < 200_000; depth++) root = { $type: 'Wrapper', inner: root } as unknown as AstNode;
        expect(allAstNodes(root)).toHaveLength(200_001);
    });
});
