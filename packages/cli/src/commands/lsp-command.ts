// `lift lsp`: the language server. program.ts imports this file only when the command runs,
// and it reaches the server through its own entry rather than all of @lift/language, so
// that the bundled CLI evaluates the server's stack (vscode-languageserver, Langium's editor
// services) for this command alone.

export { startLiftLanguageServer } from '@lift/language/language-server';
