// What the built playground ships: Garmin's FIT SDK is under a licence that forbids
// redistributing it, so neither the page nor its worker may carry any of it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, ensurePlaygroundBuilt } from './built-playground.js';

beforeAll(() => ensurePlaygroundBuilt(), 300_000);

describe('the built playground', () => {
    test.each(['lift-worker.js', 'playground.js'])('%s carries none of the FIT SDK', file => {
        const script = readFileSync(join(DIST, file), 'utf8');
        // A field only the SDK's profile defines; an import the code never reaches is allowed.
        expect(script).not.toMatch(/garminProduct|Profile Version = /);
    });
});
