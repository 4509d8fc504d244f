#!/usr/bin/env node
// Writes docs/img/calendar.png: the spring-marathon example as `lift build --format html`
// renders it in headless Chromium (found by test/browser/find-chromium.ts, driven by playwright-core).
// The picture is taken by the screenshot step in test/emit/html.test.ts, which runs only
// when LIFT_SCREENSHOT_OUT names a file: so a plain `npm test` never touches the committed
// PNG, and no build is needed. Run it when the page's look changes:
//
//     node scripts/screenshot-calendar.mjs [out.png]

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = resolve(process.argv[2] ?? resolve(root, 'docs/img/calendar.png'));
const vitest = resolve(root, 'node_modules/vitest/vitest.mjs');

const result = spawnSync(process.execPath, [vitest, 'run', 'test/emit/html.test.ts', '-t', 'spring marathon screenshot'], {
    cwd: root,
    env: { ...process.env, LIFT_SCREENSHOT_OUT: output },
    stdio: 'inherit'
});
if (result.status === 0) console.log(`wrote ${output}`);
process.exit(result.status ?? 1);
