// Each end-to-end suite works on its own copy of examples/, so that nothing it does can
// touch the repository's files.

import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from './lift-server.js';

export function copyOfExamples(): string {
    const folder = join(mkdtempSync(join(tmpdir(), 'lift-lsp-e2e-')), 'examples');
    cpSync(EXAMPLES, folder, { recursive: true });
    return folder;
}
