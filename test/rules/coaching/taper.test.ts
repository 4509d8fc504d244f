// taper: a heavy lift within 14 days before a priority-A race; error at 10 days or fewer.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { ERROR, WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'taper';

/** One heavy lift, on Monday 2027-01-04, and a race `days` later. */
const liftBeforeRace = (days: number, priority = 'A', session = 'Heavy') => {
    const date = new Date(Date.UTC(2027, 0, 4 + days)).toISOString().slice(0, 10);
    return planText(`    race "Big Race" on ${date} priority ${priority}
    phase Block 1 week focus build {
        mon: lift ${session}
    }
    phase Taper 3 weeks focus taper {
        tue: run easy 30min
    }`);
};

describe('taper', () => {
    test('15 days before an A race is fine', async () => {
        expect(await ruleDiagnostics(liftBeforeRace(15), RULE)).toEqual([]);
    });

    test('14 days before is a warning at the lift, related to the race', async () => {
        const text = liftBeforeRace(14);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'lift Heavy'));
        expect(diagnostics[0].message).toBe('Heavy lift Heavy on Mon comes 14 days before the A race Big Race (Mon 2027-01-18). '
            + 'The legs need 10–14 days to shed heavy-lifting fatigue before a major race: stop heavy lifting 14 days out, and make this session light (maintenance) or drop it.'
            + ' (week 1: Mon 2027-01-04)');
        expect(startOf({ range: diagnostics[0].relatedInformation![0].location.range } as never)).toEqual(positionOf(text, '"Big Race"'));
        expect(diagnostics[0].data).toMatchObject({ daysBefore: 14, race: 'Big Race' });
    });

    test('11 days before is a warning', async () => {
        const diagnostics = await ruleDiagnostics(liftBeforeRace(11), RULE);
        expect(diagnostics.map(d => d.severity)).toEqual([WARNING]);
    });

    test('10 days before is an error', async () => {
        const diagnostics = await ruleDiagnostics(liftBeforeRace(10), RULE);
        expect(diagnostics.map(d => d.severity)).toEqual([ERROR]);
        expect(diagnostics[0].message).toContain('10 days before the A race');
    });

    test('a lift on race day counts as 0 days: an error', async () => {
        const diagnostics = await ruleDiagnostics(liftBeforeRace(0), RULE);
        expect(diagnostics.map(d => d.severity)).toEqual([ERROR]);
        expect(diagnostics[0].message).toContain('comes on the day of the A race');
    });

    test('B and C races are exempt', async () => {
        expect(await ruleDiagnostics(liftBeforeRace(5, 'B'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(liftBeforeRace(5, 'C'), RULE)).toEqual([]);
    });

    test('a race without a priority is an A race', async () => {
        const text = liftBeforeRace(5).replace(' priority A', '');
        expect(await ruleDiagnostics(text, RULE)).toHaveLength(1);
    });

    test('light sessions are exempt', async () => {
        expect(await ruleDiagnostics(liftBeforeRace(5, 'A', 'Light'), RULE)).toEqual([]);
    });

    test('lifts after the race are not judged', async () => {
        const text = planText(`    race "Big Race" on 2027-01-03 priority A
    phase Block 1 week focus build {
        mon: lift Heavy
    }`);
        expect(await ruleDiagnostics(text, RULE)).toEqual([]);
    });

    test('a template lift in both bands is one diagnostic at the more severe grade, listing both dates', async () => {
        // Tuesdays 2027-01-12 (12 days before) and 2027-01-19 (5 days before) the race of Sunday 2027-01-24.
        const text = planText(`    race "Big Race" on 2027-01-24 priority A
    phase Build 3 weeks focus build {
        tue: run easy 30min, lift Heavy
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(ERROR);
        expect(diagnostics[0].message).toMatch(/^Heavy lift Heavy on Tue comes 12 and 5 days before the A race Big Race/);
        expect(diagnostics[0].message).toMatch(/\(weeks 2–3: Tue 2027-01-12, Tue 2027-01-19\)$/);
    });

    test('the nearest A race ahead is the one named', async () => {
        const text = planText(`    race "First" on 2027-01-10 priority A
    race "Second" on 2027-01-14 priority A
    phase Build 2 weeks focus build {
        mon: lift Heavy
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        // Monday 4 January: 6 days before First. Monday 11 January: 3 days before Second.
        expect(diagnostics[0].message).toContain('6 days before the A race First');
        expect(diagnostics[0].data).toMatchObject({ dates: ['2027-01-04', '2027-01-11'] });
    });
});
