// Writes packages/vscode/snippets/lift.code-snippets from the language's vocabulary
// (packages/language/src/lsp/vscode-snippets.ts). `npm run build` runs it after tsc;
// test/vscode/snippets.test.ts fails when the committed file differs.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vscodeSnippetsFile } from '../packages/language/out/index.js';

const target = fileURLToPath(new URL('../packages/vscode/snippets/lift.code-snippets', import.meta.url));
writeFileSync(target, vscodeSnippetsFile());
