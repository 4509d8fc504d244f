// The browser finder: CHROMIUM first, then a system Chromium, then the npm-shipped build;
// a clear message when a named browser is missing.

import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findChromium, QUIET_FLAGS } from './find-chromium.js';

const folder = mkdtempSync(join(tmpdir(), 'lift-find-chromium-'));
const fakeSystem = join(folder, 'chromium');
writeFileSync(fakeSystem, '#!/bin/sh\n');
chmodSync(fakeSystem, 0o755);
const notExecutable = join(folder, 'not-a-browser');
writeFileSync(notExecutable, '');

describe('findChromium', () => {
    test('CHROMIUM wins over everything', async () => {
        const found = await findChromium({ CHROMIUM: fakeSystem }, ['/nonexistent']);
        expect(found).toEqual({ executablePath: fakeSystem, args: QUIET_FLAGS, source: 'CHROMIUM' });
    });

    test('a CHROMIUM that is not executable fails and says how to get a browser', async () => {
        await expect(findChromium({ CHROMIUM: notExecutable }, [])).rejects.toThrow(/not an executable file.*npm install.*apt-get install chromium/);
    });

    test('a system Chromium is preferred to the npm build', async () => {
        const found = await findChromium({}, ['/nonexistent/chromium', fakeSystem]);
        expect(found.source).toBe('system');
        expect(found.executablePath).toBe(fakeSystem);
    });

    test('LIFT_IGNORE_SYSTEM_CHROMIUM=1 takes the build the npm registry ships', async () => {
        const found = await findChromium({ LIFT_IGNORE_SYSTEM_CHROMIUM: '1' }, [fakeSystem]);
        expect(found.source).toBe('npm');
        expect(found.executablePath).not.toBe(fakeSystem);
        expect(found.args).toContain('--headless');
    }, 60_000);
});
