// consistency: a week without lifting between the first and last lifting weeks, outside
// the 14 days before a priority-A race.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'consistency';

/** Seven weeks from Monday 2027-01-04 to Sunday 2027-02-21, a lift every Tuesday except in `gap` weeks. */
const season = (gaps: number[], race = '') => planText(`${race}
    phase Base 7 weeks focus base {
        tue: run easy 30min, lift Heavy
${gaps.map(week => `        week ${week} { tue: run easy 30min }`).join('\n')}
    }`);

describe('consistency', () => {
    test('a lift every week is fine', async () => {
        expect(await ruleDiagnostics(season([]), RULE)).toEqual([]);
    });

    test('a week without lifting in the middle is a warning at the phase name', async () => {
        const text = season([3]);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'Base'));
        expect(diagnostics[0].message).toBe('Phase Base has a week with no lifting between lifting weeks. '
            + 'On-and-off lifting loses what was gained and brings the soreness back: keep at least one session every week, a light one if the week is busy.'
            + ' (week 3: Mon 2027-01-18)');
    });

    test('gap weeks of one phase are one diagnostic', async () => {
        const [d] = await ruleDiagnostics(season([2, 3, 5]), RULE);
        expect(d.message).toMatch(/\(weeks 2–3, 5: Mon 2027-01-11, Mon 2027-01-18, Mon 2027-02-01\)$/);
    });

    test('weeks before the first and after the last lift are not gaps', async () => {
        expect(await ruleDiagnostics(season([1, 2, 6, 7]), RULE)).toEqual([]);
    });

    test('a gap inside the 14 days before an A race is the taper: fine', async () => {
        // Race on Sunday 21 February: the window opens on Sunday 7 February, the last day of week 5.
        expect(await ruleDiagnostics(season([5], '    race "Goal" on 2027-02-21 priority A'), RULE)).toEqual([]);
    });

    test('a gap just outside the window is reported', async () => {
        const diagnostics = await ruleDiagnostics(season([4], '    race "Goal" on 2027-02-21 priority A'), RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/\(week 4: Mon 2027-01-25\)$/);
    });

    test('B and C races do not excuse a gap', async () => {
        expect(await ruleDiagnostics(season([5], '    race "Tune-up" on 2027-02-21 priority B'), RULE)).toHaveLength(1);
        expect(await ruleDiagnostics(season([5], '    race "Tune-up" on 2027-02-21 priority C'), RULE)).toHaveLength(1);
    });

    test('a light lift keeps the thread', async () => {
        const text = planText(`
    phase Base 3 weeks focus base {
        tue: lift Heavy
        week 2 { tue: lift Light }
    }`);
        expect(await ruleDiagnostics(text, RULE)).toEqual([]);
    });

    test('the gap is reported at the phase that holds it', async () => {
        const text = planText(`
    phase Base 2 weeks focus base {
        tue: lift Heavy
    }
    phase Recovery 1 week focus recovery {
        tue: run easy 30min
    }
    phase Build 2 weeks focus build {
        tue: lift Heavy
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'Recovery'));
    });
});

describe('consistency and deload weeks', () => {
    const deloadSeason = (override: string) => planText(`    phase Base 7 weeks focus base {
        tue: run easy 30min, lift Heavy
        ${override}
    }`);

    test('a deload week without lifting is not a gap', async () => {
        expect(await ruleDiagnostics(deloadSeason('week 4 deload { tue: run easy 30min }'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(deloadSeason('week 3-4 deload { tue: run easy 30min }'), RULE)).toEqual([]);
    });

    test('the same week without `deload` is a gap', async () => {
        const [d] = await ruleDiagnostics(deloadSeason('week 4 { tue: run easy 30min }'), RULE);
        expect(d.message).toMatch(/\(week 4: Mon 2027-01-25\)$/);
    });

    test('a deload week does not cover the gap of another week', async () => {
        const [d] = await ruleDiagnostics(deloadSeason('week 4 deload { tue: run easy 30min }\n        week 5 { tue: run easy 30min }'), RULE);
        expect(d.message).toMatch(/\(week 5: Mon 2027-02-01\)$/);
    });
});
