// lift-after-run: on one day, a heavy lift scheduled before a quality run.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'lift-after-run';

const oneWeek = (days: string, extra = '') => planText(`${extra}
    phase Base 1 week focus base {
${days}
    }`);

describe('lift-after-run', () => {
    test('a heavy lift written before the intervals of the same day is a warning at the lift', async () => {
        const text = oneWeek('        tue: lift Heavy, run intervals 6x800m');
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'lift Heavy'));
        expect(diagnostics[0].message).toBe('Heavy lift Heavy on Tue comes before the intervals run the same day. '
            + 'The quality run deserves fresh legs: run first and lift afterwards, or move the lift to another day. (week 1: Tue 2027-01-05)');
        expect(startOf({ range: diagnostics[0].relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'run intervals'));
    });

    test('the run written first is fine', async () => {
        expect(await ruleDiagnostics(oneWeek('        tue: run intervals 6x800m, lift Heavy'), RULE)).toEqual([]);
    });

    test('`at` times decide the order, both ways', async () => {
        expect(await ruleDiagnostics(oneWeek('        tue: lift Heavy at 18:00, run tempo 30min at 07:00'), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(oneWeek('        tue: run tempo 30min at 18:00, lift Heavy at 07:00'), RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Tue comes before the tempo run at 18:00 the same day\. /);
    });

    test('light sessions are exempt', async () => {
        expect(await ruleDiagnostics(oneWeek('        tue: lift Light, run intervals 6x800m'), RULE)).toEqual([]);
    });

    test('an easy run after the lift is fine', async () => {
        expect(await ruleDiagnostics(oneWeek('        tue: lift Heavy, run easy 30min'), RULE)).toEqual([]);
    });

    test('a race that takes the place of a later run counts', async () => {
        const text = oneWeek('        tue: lift Heavy, run easy 30min', '    race "Club 5k" on 2027-01-05 priority C');
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Tue comes before the race Club 5k the same day\. /);
    });

    test('a template day repeated over weeks is one diagnostic', async () => {
        const diagnostics = await ruleDiagnostics(planText(`    phase Base 3 weeks focus base {
        fri: lift Heavy, run fartlek 30min
    }`), RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/\(weeks 1–3: Fri 2027-01-08, Fri 2027-01-15, Fri 2027-01-22\)$/);
    });
});

describe('lift-after-run, version 2: hard runs, hard cross sessions, timed races', () => {
    test('a hard run and a hard cross session after a heavy lift are reported; easy ones are not', async () => {
        const [d] = await ruleDiagnostics(oneWeek('        sat: lift Heavy, run long 2h hard'), RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Sat comes before the hard long run the same day\. /);
        const [c] = await ruleDiagnostics(oneWeek('        tue: lift Heavy, cross swim 40min hard'), RULE);
        expect(c.message).toMatch(/^Heavy lift Heavy on Tue comes before the hard swim session the same day\. The hard swim session deserves fresh legs: do it first and lift afterwards/);
        expect(await ruleDiagnostics(oneWeek('        tue: lift Heavy, cross swim 40min, run long 2h'), RULE)).toEqual([]);
    });

    test('a timed race after a timed lift on race day is reported; after the race is fine', async () => {
        const race = '    race "Parkrun" on 2027-01-09 at 09:00 priority C';
        const [d] = await ruleDiagnostics(oneWeek('        sat: lift Heavy at 07:00', race), RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Sat comes before the race Parkrun at 09:00 the same day\. /);
        expect(await ruleDiagnostics(oneWeek('        sat: lift Heavy at 12:00', race), RULE)).toEqual([]);
    });
});
