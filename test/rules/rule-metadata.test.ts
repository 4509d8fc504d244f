// Every rule of docs/rules exists with its id, category and default severity, in the table's
// order; every coaching rule explains itself, and its documented examples do what they say.

import { describe, expect, test } from 'vitest';
import { ALL_RULES, findRule } from '@lift/language';
import { diagnosticsOf, ruleDiagnostics } from '../helpers/services.js';

/** docs/rules, first table. */
const STRUCTURAL = ['syntax', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'invalid-time', 'import-not-found',
    'duplicate-day', 'week-out-of-range', 'rest-day-conflict', 'missing-max', 'race-outside-plan', 'unknown-rule'];

/** docs/rules, second table: id and default severity. */
const COACHING: Array<[string, string]> = [
    ['rep-range', 'warning'], ['set-range', 'warning'], ['rest-range', 'warning'], ['effort', 'warning'],
    ['recovery-48h', 'error'], ['lift-after-run', 'warning'], ['taper', 'error'], ['weekly-frequency', 'warning'],
    ['consistency', 'warning'], ['peak-reduction', 'warning'], ['warmup', 'warning'], ['warmup-duration', 'info'],
    ['advanced-lift', 'warning'], ['run-foundation', 'warning'], ['bodyweight-first', 'warning'],
    ['progression-step', 'warning'], ['light-session', 'warning'], ['alternate-groups', 'info'], ['foundations', 'info']
];

const coachingRules = ALL_RULES.filter(rule => rule.category === 'coaching');

describe('the rule catalogue', () => {
    test('has every rule of docs/rules, in its order', () => {
        expect(ALL_RULES.map(rule => rule.id)).toEqual([...STRUCTURAL, ...COACHING.map(([id]) => id)]);
    });

    test.each(COACHING)('%s is a configurable coaching rule, %s by default', (id, severity) => {
        const rule = findRule(id)!;
        expect(rule.category).toBe('coaching');
        expect(rule.defaultSeverity).toBe(severity);
        expect(rule.configurable).toBe(true);
    });
});

describe.each(coachingRules.map(rule => [rule.id, rule] as const))('%s', (id, rule) => {
    test('explains itself: one-line summary, where it reports, the guide, an example of each kind', () => {
        expect(rule.summary).toMatch(/^[A-Z].*\.$/);
        expect(rule.summary).not.toContain('\n');
        expect(rule.reportsAt.length).toBeGreaterThan(0);
        expect(rule.explanation).toMatch(/guide/);
        expect(rule.example?.bad).toBeTruthy();
        expect(rule.example?.good).toBeTruthy();
    });

    test('its bad example triggers it and its good example does not', async () => {
        expect(await ruleDiagnostics(rule.example!.bad, id)).not.toEqual([]);
        expect(await ruleDiagnostics(rule.example!.good!, id)).toEqual([]);
    });

    test('its examples have no other error', async () => {
        for (const text of [rule.example!.bad, rule.example!.good!]) {
            const errors = (await diagnosticsOf(text)).filter(d => d.severity === 1 && d.code !== id);
            expect(errors.map(d => `${d.code}: ${d.message}`)).toEqual([]);
        }
    });
});
