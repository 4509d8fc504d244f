import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the TypeScript sources directly: no build is needed to run them.
export default defineConfig({
    resolve: {
        alias: {
            '@lift/language': fileURLToPath(new URL('./packages/language/src/index.ts', import.meta.url))
        }
    },
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 30000
    }
});
