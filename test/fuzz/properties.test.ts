// Property tests (fast-check): generated valid plans and mutated examples never make Lift
// throw; the formatter is idempotent and changes only whitespace; every JSON build
// validates against the published schema; every ICS build parses with ical.js with one
// event per run and lift. `npm test` runs a few hundred cases; `npm run fuzz` runs
// FUZZ_RUNS (10,000) cases in all. A failure prints fast-check's seed and the shrunk input.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { fileFormats, findEmitter, formatDocumentText, parseDate, planToJson, type PlanJson } from '@lift/language';
import { REPO_ROOT } from '../helpers/cli.js';
import { freshServices, parse } from '../helpers/services.js';
import { mutatedExampleText, validPlanText } from './plan-arbitraries.js';

const PROPERTIES = 5;
/** Cases per property: FUZZ_RUNS is the total over all of them. */
const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 200) / PROPERTIES);
// The seed is chosen here and printed first, so that a case that brings the process down
// (out of memory, before fast-check can report) can still be replayed with FUZZ_SEED.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
if (process.env.FUZZ_RUNS) console.log(`fuzz: ${RUNS} cases per property, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
const SETTINGS: fc.Parameters<unknown> = { numRuns: RUNS, seed: SEED };
const TIMEOUT = Math.max(30_000, RUNS * 200);

// One set of services for all cases, as the language server keeps one: each case is a new file.
const services = freshServices();
const open = (text: string) => parse(text, { services });

const validate = new Ajv2020({ allErrors: true, strict: true, formats: { date: (text: string) => parseDate(text) !== undefined } })
    .compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schema/lift-plan.schema.json'), 'utf8')));

const hasErrors = (document: LangiumDocument) => (document.diagnostics ?? []).some(d => d.severity === 1);

/** Errors of the language itself; coaching errors (recovery-48h) are the generator's bad luck, not invalid text. */
const STRUCTURAL = new Set(['syntax', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'invalid-time', 'import-not-found', 'duplicate-day', 'week-out-of-range', 'rest-day-conflict', 'missing-max']);
const structuralErrors = (document: LangiumDocument) => (document.diagnostics ?? []).filter(d => d.severity === 1 && STRUCTURAL.has(String(d.code)));

/**
 * Everything a front end does with a document: resolve, format, and build — JSON always (the
 * editor's preview), every format when the plan has no errors (as `lift build` does).
 */
function useFully(document: LangiumDocument): void {
    const plan = services.plan.PlanResolver.resolve(document);
    const formats = hasErrors(document) ? ['json'] : fileFormats();
    if (plan) for (const format of formats) findEmitter(format)!.emit({ plan, diagnostics: document.diagnostics ?? [], sourceDateEpoch: 0 });
    formatDocumentText(document);
}

describe('properties', () => {
    test('generated valid plans parse without errors and never throw', async () => {
        await fc.assert(fc.asyncProperty(validPlanText, async text => {
            const document = await open(text);
            expect(structuralErrors(document).map(d => d.message)).toEqual([]);
            useFully(document);
        }), SETTINGS);
    }, TIMEOUT);

    test('mutated examples never throw', async () => {
        await fc.assert(fc.asyncProperty(mutatedExampleText, async text => {
            useFully(await open(text));
        }), SETTINGS);
    }, TIMEOUT);

    test('the formatter is idempotent and changes only whitespace', async () => {
        await fc.assert(fc.asyncProperty(fc.oneof(validPlanText, mutatedExampleText), async text => {
            const once = formatDocumentText(await open(text));
            if (once.kind !== 'formatted') return;
            // Comments and tokens survive: the text without whitespace is the same.
            expect(once.text.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
            const twice = formatDocumentText(await open(once.text));
            expect(twice).toEqual({ kind: 'formatted', text: once.text, changed: false });
        }), SETTINGS);
    }, TIMEOUT);

    test('every JSON build validates against the published schema', async () => {
        await fc.assert(fc.asyncProperty(validPlanText, async text => {
            const document = await open(text);
            const plan = services.plan.PlanResolver.resolve(document);
            if (!plan || structuralErrors(document).length > 0) return;
            const json = JSON.parse(findEmitter('json')!.emit({ plan, diagnostics: document.diagnostics ?? [] }));
            expect(validate(json) ? [] : validate.errors).toEqual([]);
        }), SETTINGS);
    }, TIMEOUT);

    test('every ICS build parses with ical.js, one event per run and lift', async () => {
        await fc.assert(fc.asyncProperty(validPlanText, async text => {
            const document = await open(text);
            const plan = services.plan.PlanResolver.resolve(document);
            if (!plan || structuralErrors(document).length > 0) return;
            const ics = findEmitter('ics')!.emit({ plan, diagnostics: document.diagnostics ?? [], sourceDateEpoch: 0 });
            const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
            const json = planToJson(plan) as PlanJson;
            const expected = json.days.flatMap(day => day.activities.filter(activity => activity.type === 'run' || activity.type === 'lift'));
            expect(events.length).toBe(expected.length);
        }), SETTINGS);
    }, TIMEOUT);
});
