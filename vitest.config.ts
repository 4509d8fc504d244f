import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the TypeScript sources directly: no build is needed to run them.
export default defineConfig({
    resolve: {
        alias: [
            { find: /^@lift\/language$/, replacement: fileURLToPath(new URL('./packages/language/src/index.ts', import.meta.url)) },
            { find: /^@lift\/language\/core$/, replacement: fileURLToPath(new URL('./packages/language/src/core.ts', import.meta.url)) },
            { find: /^@lift\/language\/language-server$/, replacement: fileURLToPath(new URL('./packages/language/src/lsp/start-language-server.ts', import.meta.url)) }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 30000
    }
});
