// `import-not-found`: an import whose file is missing, absolute, or not a `.lift` file.

import { importPathProblem, importTarget } from '../../workspace/imports.js';
import { unreadableReason } from '../../workspace/unreadable-files.js';
import { defineRule } from '../rule.js';

export const importNotFound = defineRule({
    id: 'import-not-found',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A plan that imports a missing file cannot see the sessions it names, so its calendar cannot be built.',
    configurable: false,
    reportsAt: 'the import path',
    summary: 'An import whose file is missing, absolute, or not a .lift file.',
    explanation: 'An import names another `.lift` file by a path relative to the importing file\'s folder, such as `import "lib/strength.lift"` or `import "../lib/warmups.lift"`. Absolute paths are refused so that plans keep working when the repository moves.',
    example: { bad: 'import "/home/coach/strength.lift"', good: 'import "lib/strength.lift"' },
    check({ document, file, documents, report }) {
        for (const node of file.imports) {
            if (node.path === undefined) continue; // a syntax error already
            const problem = importPathProblem(node.path);
            if (problem === 'absolute') {
                report({ node, property: 'path', message: `"${node.path}" is absolute: write the path relative to this file's folder, such as "lib/strength.lift".` });
            } else if (problem === 'not-lift') {
                report({ node, property: 'path', message: `"${node.path}" is not a .lift file: imports name .lift files only.` });
            } else if (!documents.getDocument(importTarget(document.uri, node.path)!.toString())) {
                const unreadable = unreadableReason(importTarget(document.uri, node.path)!.toString());
                if (unreadable) {
                    report({ node, property: 'path', message: `"${node.path}" exists but cannot be read (${unreadable}): check the file's permissions.` });
                    continue;
                }
                report({ node, property: 'path', message: `"${node.path}" was not found next to this file: check the path (it is relative to this file's folder).` });
            }
        }
    }
});
