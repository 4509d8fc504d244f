// No input makes Lift crash: every example, cut and mangled in many ways, still parses,
// validates, resolves and builds to JSON without an exception, and no rule fails on it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findEmitter } from '@lift/language';
import { REPO_ROOT } from '../helpers/cli.js';
import { freshServices, parse } from '../helpers/services.js';

function exampleFiles(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
        for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
            if (entry.isDirectory()) walk(join(dir, entry.name));
            else if (entry.name.endsWith('.lift')) found.push(join(dir, entry.name));
        }
    };
    walk('examples');
    return found;
}

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
    };
}

function mangle(text: string, seed: number): string {
    const next = random(seed);
    const at = Math.floor(next() * text.length);
    const length = 1 + Math.floor(next() * 40);
    switch (seed % 4) {
        case 0: return text.slice(0, at);                                   // typing: a prefix
        case 1: return text.slice(0, at) + text.slice(at + length);         // a deleted span
        case 2: return text.slice(0, at) + text.slice(at, at + length) + text.slice(at); // a duplicated span
        default: return text.slice(0, at) + '{}:,@x%"'.charAt(Math.floor(next() * 8)) + text.slice(at);
    }
}

describe('mangled plans', () => {
    let errors: unknown[][];
    beforeEach(() => {
        errors = [];
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
    });
    afterEach(() => vi.restoreAllMocks());

    test.each(exampleFiles())('%s survives 30 manglings', async file => {
        const text = readFileSync(join(REPO_ROOT, file), 'utf8');
        const services = freshServices();
        for (let seed = 1; seed <= 30; seed++) {
            const document = await parse(mangle(text, seed), { services, path: `mangled-${seed}.lift` });
            const plan = services.plan.PlanResolver.resolve(document);
            if (plan) findEmitter('json')!.emit({ plan, diagnostics: [] });
            expect(errors, `seed ${seed}`).toEqual([]);
        }
    });
});
