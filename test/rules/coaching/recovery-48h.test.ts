// recovery-48h: a heavy lift followed by a quality run on a later day less than 48 h on.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { ERROR, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'recovery-48h';

const oneWeek = (days: string, extra = '') => planText(`${extra}
    phase Base 1 week focus base {
${days}
    }`);

describe('recovery-48h', () => {
    test('a heavy lift the day before a tempo run is an error at the lift, naming both days', async () => {
        const text = oneWeek(`        mon: lift Heavy
        tue: run tempo 30min`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        const [d] = diagnostics;
        expect(d.severity).toBe(ERROR);
        expect(startOf(d)).toEqual(positionOf(text, 'lift Heavy'));
        expect(d.range.end).toEqual({ line: d.range.start.line, character: d.range.start.character + 'lift Heavy'.length });
        expect(d.message).toBe('Heavy lift Heavy on Mon comes 24 h before the tempo run on Tue. '
            + 'Tired legs spoil the hard run: allow 48 h between heavy lifting and a quality run, so move the lift (after the run or earlier in the week) or make the session light.'
            + ' (week 1: Mon 2027-01-04)');
    });

    test('the run is related information, and the data names what a quick fix needs', async () => {
        const text = oneWeek(`        mon: lift Heavy
        tue: run tempo 30min`);
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.relatedInformation).toHaveLength(1);
        expect(startOf({ range: d.relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'run tempo'));
        expect(d.relatedInformation![0].message).toBe('The tempo run on Tue, less than 48 h after the heavy lift Heavy');
        expect(d.data).toMatchObject({ rule: RULE, session: 'Heavy', hours: 24, liftDate: '2027-01-04', runDate: '2027-01-05', runKind: 'tempo', dates: ['2027-01-04'] });
    });

    test('two whole days without times are 48 h: fine', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        wed: run intervals 6x800m`), RULE)).toEqual([]);
    });

    test('with both times, exactly 48 h passes', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy at 18:00
        wed: run tempo 30min at 18:00`), RULE)).toEqual([]);
    });

    test('with both times, 47 h is reported with the exact hours', async () => {
        const diagnostics = await ruleDiagnostics(oneWeek(`        mon: lift Heavy at 18:00
        wed: run tempo 30min at 17:00`), RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/^Heavy lift Heavy on Mon at 18:00 comes 47 h before the tempo run on Wed at 17:00\. /);
    });

    test('minutes count: 47 h 59 min is less than 48 h', async () => {
        const [d] = await ruleDiagnostics(oneWeek(`        mon: lift Heavy at 07:01
        wed: run tempo 30min at 07:00`), RULE);
        expect(d.message).toContain('comes 47 h 59 min before');
    });

    test('with only one time, whole days count', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy at 18:00
        wed: run tempo 30min`), RULE)).toEqual([]);
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        wed: run tempo 30min at 06:00`), RULE)).toEqual([]);
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy at 07:00
        tue: run tempo 30min`), RULE)).toHaveLength(1);
    });

    test('times can also lengthen the gap: Monday 06:00 to Tuesday 07:00 is still only 25 h', async () => {
        const [d] = await ruleDiagnostics(oneWeek(`        mon: lift Heavy at 06:00
        tue: run tempo 30min at 07:00`), RULE);
        expect(d.message).toContain('comes 25 h before');
    });

    test('light sessions are exempt', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Light
        tue: run tempo 30min`), RULE)).toEqual([]);
    });

    test('easy and long runs are not quality runs', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        tue: run easy 30min
        wed: run long 90min`), RULE)).toEqual([]);
    });

    test('a quality run on the same day is left to lift-after-run', async () => {
        expect(await ruleDiagnostics(oneWeek('        mon: lift Heavy, run tempo 30min'), RULE)).toEqual([]);
    });

    test('every quality kind counts: threshold, intervals, hills, fartlek', async () => {
        for (const kind of ['threshold 20min', 'intervals 6x800m', 'hills 8x60s', 'fartlek 30min']) {
            expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        tue: run ${kind}`), RULE)).toHaveLength(1);
        }
    });

    test('`rules { quality-runs … }` decides which runs count', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        tue: run intervals 6x800m`, '    rules { quality-runs tempo }'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        tue: run long 90min`, '    rules { quality-runs tempo, long }'), RULE)).toHaveLength(1);
    });

    test('the check looks across the week boundary: a Sunday lift before a Monday tempo', async () => {
        const text = planText(`    phase Base 2 weeks focus base {
        mon: run tempo 30min
        sun: lift Heavy
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/^Heavy lift Heavy on Sun comes 24 h before the tempo run on Mon\. .* \(week 1: Sun 2027-01-10\)$/);
    });

    test('and across phases', async () => {
        const text = planText(`    phase Base 1 week focus base {
        sat: lift Heavy at 18:00
    }
    phase Build 1 week focus build {
        mon: run intervals 6x800m at 07:00
    }`);
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Sat at 18:00 comes 37 h before the intervals run on Mon at 07:00\. .* \(week 1: Sat 2027-01-09\)$/);
    });

    test('a race day is a quality run, related to the race statement', async () => {
        const text = oneWeek(`        mon: lift Heavy
        tue: run easy 30min`, '    race "Club 5k" on 2027-01-05 priority C');
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/^Heavy lift Heavy on Mon comes 24 h before the race Club 5k on Tue\. /);
        expect(startOf({ range: diagnostics[0].relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'race "Club 5k"'));
    });

    test('a template lift repeated over weeks is one diagnostic listing its weeks and dates', async () => {
        const text = planText(`    phase Base 3 weeks focus base {
        tue: lift Heavy
        wed: run tempo 30min
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/\(weeks 1–3: Tue 2027-01-05, Tue 2027-01-12, Tue 2027-01-19\)$/);
        expect(diagnostics[0].data).toMatchObject({ dates: ['2027-01-05', '2027-01-12', '2027-01-19'] });
        // The run is the same source line every week: one related entry, not three.
        expect(diagnostics[0].relatedInformation).toHaveLength(1);
    });

    test('only the weeks that break the rule are listed', async () => {
        const text = planText(`    phase Base 4 weeks focus base {
        tue: lift Heavy
        wed: run tempo 30min
        week 2 { wed: run easy 30min }
        week 4 { wed: run easy 30min }
    }`);
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.message).toMatch(/\(weeks 1, 3: Tue 2027-01-05, Tue 2027-01-19\)$/);
    });

    test('two quality runs within 48 h: the nearer is named, both are related', async () => {
        const text = oneWeek(`        mon: lift Heavy at 18:00
        tue: run intervals 6x800m at 18:00
        wed: run tempo 30min at 07:00`);
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.message).toContain('24 h before the intervals run on Tue');
        expect(d.relatedInformation).toHaveLength(2);
    });
});

describe('recovery-48h, version 2: hard runs, hard cross sessions, timed races', () => {
    test('a long run marked hard is a quality run; unmarked it is not', async () => {
        const [d] = await ruleDiagnostics(oneWeek(`        sat: lift Heavy
        sun: run long 2h30min hard "last 10 km at marathon pace"`), RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Sat comes 24 h before the hard long run on Sun\. /);
        expect(await ruleDiagnostics(oneWeek(`        sat: lift Heavy
        sun: run long 2h30min "easy all the way"`), RULE)).toEqual([]);
    });

    test('hard counts whatever quality-runs says', async () => {
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        tue: run easy 40min hard`, '    rules { quality-runs tempo }'), RULE)).toHaveLength(1);
    });

    test('a hard cross session counts; an easy one does not', async () => {
        const text = oneWeek(`        mon: lift Heavy
        tue: cross bike 60min hard`);
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.message).toMatch(/^Heavy lift Heavy on Mon comes 24 h before the hard bike session on Tue\. /);
        expect(startOf({ range: d.relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'cross bike'));
        expect(await ruleDiagnostics(oneWeek(`        mon: lift Heavy
        tue: cross bike 60min`), RULE)).toEqual([]);
    });

    test('a timed race makes the hours exact: Thursday 18:00 to Saturday 08:00 is 38 h', async () => {
        const text = oneWeek('        thu: lift Heavy at 18:00', '    race "City 10k" on 2027-01-09 at 08:00 priority C');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(ERROR);
        expect(d.message).toMatch(/^Heavy lift Heavy on Thu at 18:00 comes 38 h before the race City 10k on Sat at 08:00\. /);
        expect(d.data).toMatchObject({ hours: 38 });
    });

    test('a timed race two days after an untimed lift is 48 h, as in version 1', async () => {
        expect(await ruleDiagnostics(oneWeek('        thu: lift Heavy', '    race "City 10k" on 2027-01-09 at 08:00 priority C'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(oneWeek('        thu: lift Heavy at 08:00', '    race "City 10k" on 2027-01-09 at 08:00 priority C'), RULE)).toEqual([]);
    });

    test('a race counts even when quality-runs leaves out `race`', async () => {
        expect(await ruleDiagnostics(oneWeek('        fri: lift Heavy at 18:00',
            '    race "City 10k" on 2027-01-09 at 08:00 priority C\n    rules { quality-runs tempo }'), RULE)).toHaveLength(1);
    });
});
