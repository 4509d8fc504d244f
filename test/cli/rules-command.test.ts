// `lift rules [RULE-ID]`: the catalogue and one rule's explanation, from the rule metadata.

import { describe, expect, test } from 'vitest';
import { ALL_RULES } from '@lift/language';
import { lift } from '../helpers/cli.js';

const RULES_MD_IDS = [
    'syntax', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'invalid-time', 'import-not-found', 'duplicate-day',
    'week-out-of-range', 'rest-day-conflict', 'missing-max', 'race-outside-plan', 'unknown-rule',
    'rep-range', 'set-range', 'rest-range', 'effort', 'recovery-48h', 'lift-after-run', 'taper', 'weekly-frequency',
    'consistency', 'peak-reduction', 'warmup', 'warmup-duration', 'advanced-lift', 'run-foundation', 'bodyweight-first',
    'progression-step', 'light-session', 'alternate-groups', 'foundations'
];

describe('lift rules', () => {
    test('the registry holds exactly the rules of docs/rules', () => {
        expect(ALL_RULES.map(rule => rule.id).sort()).toEqual([...RULES_MD_IDS].sort());
    });

    test('lists every rule with its default severity and summary', async () => {
        const result = await lift(['rules']);
        expect(result.code).toBe(0);
        for (const rule of ALL_RULES) {
            expect(result.stdout).toMatch(new RegExp(`^  ${rule.id}\\s+${rule.defaultSeverity}\\s+${escape(rule.summary)}$`, 'm'));
        }
    });

    test('explains one rule with its example and how to configure it', async () => {
        const result = await lift(['rules', 'race-outside-plan']);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('race-outside-plan — ');
        expect(result.stdout).toContain('Default severity: error');
        expect(result.stdout).toContain('Example that fires:');
        expect(result.stdout).toContain('rules { race-outside-plan warning }');
        expect(result.stdout).toContain('// lift-ignore race-outside-plan');
    });

    test('the explanation is rendered for a terminal: no Markdown bold markers, code marked by colour', async () => {
        const plain = await lift(['rules', 'taper']);
        expect(plain.stdout).toContain('an error.');
        expect(plain.stdout).not.toContain('**');
        expect(plain.stdout).toContain('`lift`');
        const coloured = await lift(['rules', 'taper'], { color: true });
        expect(coloured.stdout).not.toContain('**');
        expect(coloured.stdout).toContain('\u001b[1merror\u001b[22m');
        expect(coloured.stdout).not.toContain('`lift`');
    });

    test('a structural check says it cannot be turned off', async () => {
        expect((await lift(['rules', 'syntax'])).stdout).toContain('(always; cannot be turned off)');
    });

    test('an unknown rule id is a usage error', async () => {
        expect(await lift(['rules', 'no-such-rule'])).toMatchObject({ code: 2, stderr: "lift: there is no rule 'no-such-rule'; run 'lift rules' for the list\n" });
        expect(await lift(['rules', 'recovery'])).toMatchObject({ code: 2, stderr: "lift: there is no rule 'recovery'; did you mean 'recovery-48h'? run 'lift rules' for the list\n" });
        expect((await lift(['rules', 'tapper'])).stderr).toContain("did you mean 'taper'?");
    });
});

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
