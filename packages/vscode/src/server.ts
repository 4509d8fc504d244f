// The language server the extension starts (bundled to dist/server.cjs): the same server
// as `lift lsp`, told where the bundle ships the built-in library and the rule pages,
// which it cannot find from its own location once bundled.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setBuiltinLibraryPath, setRuleDocumentationBase, startLiftLanguageServer } from '@lift/language';

// esbuild's CommonJS output: __dirname is dist/.
setBuiltinLibraryPath(join(__dirname, 'builtin', 'exercises.lift'));
const rulePages = join(__dirname, 'docs', 'rules');
if (existsSync(rulePages)) setRuleDocumentationBase(pathToFileURL(rulePages).href);

startLiftLanguageServer();
