#!/usr/bin/env node
// Writes docs/img/playground.png: the browser playground with a warning's marker, its
// rule and fixes, and the calendar beside it. The picture is taken by the screenshot test
// in test/web/playground.test.ts (which builds the page when it is stale), so a plain
// `npm test` never touches the committed PNG. Run it when the page's look changes:
//
//     node scripts/screenshot-playground.mjs [out.png]

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = resolve(process.argv[2] ?? resolve(root, 'docs/img/playground.png'));
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');

const result = spawnSync(process.execPath, [vitest, 'run', 'test/web/playground.test.ts'], {
    cwd: root,
    env: { ...process.env, LIFT_PLAYGROUND_SCREENSHOT_OUT: output },
    stdio: 'inherit'
});
if (result.status === 0) console.log(`wrote ${output}`);
process.exit(result.status ?? 1);
