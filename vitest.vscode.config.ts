import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:vscode`: the extension end to end in code-server, driven by headless
// Chromium. Slow and needs `bash scripts/install-code-server.sh`; `npm test` leaves it out
// (its files end in .e2e.ts, which the main config does not include).
export default defineConfig({
    resolve: {
        alias: {
            '@lift/language': fileURLToPath(new URL('./packages/language/src/index.ts', import.meta.url))
        }
    },
    test: {
        include: ['test/vscode-e2e/**/*.e2e.ts'],
        fileParallelism: false,
        sequence: { concurrent: false },
        testTimeout: 180_000,
        hookTimeout: 300_000,
        reporters: ['verbose']
    }
});
