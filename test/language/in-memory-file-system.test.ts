// The in-memory file system behind the browser playground's worker: files by URI, folders
// from their paths, and a plan's import found there before any editor opens the library.

import { URI } from 'langium';
import { createLiftServices } from '@lift/language';
import { describe, expect, test } from 'vitest';
import { InMemoryFileSystemProvider } from '../../packages/language/src/workspace/in-memory-file-system.js';

const PLAN = 'file:///playground/plan.lift';
const LIBRARY = 'file:///playground/lib/sessions.lift';

describe('InMemoryFileSystemProvider', () => {
    const files = new InMemoryFileSystemProvider([[PLAN, 'plan text'], [LIBRARY, 'library text']]);

    test('reads the files it holds and refuses others with their URI', () => {
        expect(files.readFileSync(URI.parse(LIBRARY))).toBe('library text');
        expect(() => files.readFileSync(URI.parse('file:///playground/missing.lift'))).toThrow(/missing\.lift/);
    });

    test('folders exist as the prefixes of file paths, and list their direct children', () => {
        expect(files.existsSync(URI.parse('file:///playground/lib'))).toBe(true);
        expect(files.statSync(URI.parse('file:///playground')).isDirectory).toBe(true);
        const children = files.readDirectorySync(URI.parse('file:///playground/'));
        expect(children.map(child => [child.uri.toString(), child.isFile])).toEqual([[PLAN, true], ['file:///playground/lib', false]]);
    });

    test('writes and deletes', async () => {
        const scratch = new InMemoryFileSystemProvider();
        scratch.writeFile(PLAN, 'one');
        expect(await scratch.readFile(URI.parse(PLAN))).toBe('one');
        scratch.deleteFile(PLAN);
        expect(await scratch.exists(URI.parse(PLAN))).toBe(false);
    });

    test('a plan imports a library that only the in-memory file system holds', async () => {
        const library = 'session Legs {\n    squat 3x5 @ 40kg rest 2min\n}\n';
        const plan = [
            'import "lib/sessions.lift"',
            'plan "Spring" {',
            '    athlete "Ana" {',
            '        level intermediate',
            '        running-since 2020-01-01',
            '    }',
            '    start 2027-01-04',
            '    phase Base 2 weeks focus base {',
            '        mon: lift Legs',
            '        tue: run easy 30min',
            '    }',
            '}',
            ''
        ].join('\n');
        const memory = new InMemoryFileSystemProvider([[LIBRARY, library]]);
        const { shared } = createLiftServices({ fileSystemProvider: () => memory });
        const document = shared.workspace.LangiumDocumentFactory.fromString(plan, URI.parse(PLAN));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const problems = (document.diagnostics ?? []).filter(d => d.code === 'import-not-found' || d.code === 'unresolved-reference');
        expect(problems).toEqual([]);
    });
});
