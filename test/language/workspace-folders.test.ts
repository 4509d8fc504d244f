// Which folders the language server reads when it opens a workspace.

import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createLiftServices } from '@lift/language';

const manager = createLiftServices(EmptyFileSystem).shared.workspace.WorkspaceManager;
const folder = (path: string) => ({ uri: URI.file(path), isDirectory: true, isFile: false });
const file = (path: string) => ({ uri: URI.file(path), isDirectory: false, isFile: true });

describe('workspace folders', () => {
    test('build output and dependencies are skipped', () => {
        for (const name of ['dist', 'out', 'node_modules', '.git']) {
            expect(manager.shouldIncludeEntry(folder(`/repo/packages/vscode/${name}`)), name).toBe(false);
        }
    });

    test('plan folders and .lift files are read; other files are not', () => {
        expect(manager.shouldIncludeEntry(folder('/repo/plans'))).toBe(true);
        expect(manager.shouldIncludeEntry(file('/repo/plans/marathon.lift'))).toBe(true);
        expect(manager.shouldIncludeEntry(file('/repo/plans/notes.md'))).toBe(false);
    });
});
