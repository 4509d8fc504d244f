// The public face of @lift/language: services, the resolved plan, rules and emitters (all
// of core.ts), and the language server with its editor features.

export * from './core.js';
export * from './lift-module.js';
export { startLiftLanguageServer } from './lsp/start-language-server.js';
export { LiftLspModule } from './lsp/lift-lsp-module.js';
