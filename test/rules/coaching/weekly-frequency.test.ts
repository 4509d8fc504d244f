// weekly-frequency: more than 3 lifts in a week; more than 2 in the first two lifting weeks.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'weekly-frequency';

describe('weekly-frequency', () => {
    test('two lifts a week from the start are fine', async () => {
        expect(await ruleDiagnostics(planText(`    phase Base 4 weeks focus base {
        mon: lift Heavy
        thu: lift Heavy
    }`), RULE)).toEqual([]);
    });

    test('three lifts in the first two lifting weeks are a warning at the phase, listing those weeks only', async () => {
        const text = planText(`    phase Base 4 weeks focus base {
        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'Base'));
        expect(diagnostics[0].message).toBe('Phase Base schedules 3 lifts a week. '
            + 'Start with at most two sessions a week in the first two weeks of lifting, then settle at two or three, so the running keeps its recovery: move or drop lifts until each week fits.'
            + ' (weeks 1–2: Mon 2027-01-04, Mon 2027-01-11)');
    });

    test('a third lift in week 2 is reported at the week override that adds it', async () => {
        const text = planText(`    phase Base 4 weeks focus base {
        mon: lift Heavy
        thu: lift Heavy
        week 2 {
            sat: lift Light
        }
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'week 2'));
        expect(diagnostics[0].message).toMatch(/^Week 2 of phase Base schedules 3 lifts .* \(week 2: Mon 2027-01-11\)$/);
    });

    test('three lifts from the third lifting week on are fine; four are a warning', async () => {
        const phases = (later: string) => planText(`    phase Base 2 weeks focus base {
        mon: lift Heavy
        thu: lift Heavy
    }
    phase Build 2 weeks focus build {
${later}
    }`);
        expect(await ruleDiagnostics(phases(`        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy`), RULE)).toEqual([]);
        const text = phases(`        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy
        sun: lift Light`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'Build'));
        expect(diagnostics[0].message).toBe('Phase Build schedules 4 lifts a week. '
            + 'Start with at most two sessions a week in the first two weeks of lifting, then settle at two or three, so the running keeps its recovery: move or drop lifts until each week fits.'
            + ' (weeks 3–4: Mon 2027-01-18, Mon 2027-01-25)');
    });

    test('light lifts count as much as heavy ones', async () => {
        expect(await ruleDiagnostics(planText(`    phase Base 2 weeks focus base {
        mon: lift Light
        wed: lift Light
        fri: lift Light
    }`), RULE)).toHaveLength(1);
    });

    test('the first two lifting weeks are counted from the first week that has a lift', async () => {
        const text = planText(`    phase Run 2 weeks focus base {
        tue: run easy 30min
    }
    phase Lift 3 weeks focus base {
        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy
    }`);
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/\(weeks 3–4: Mon 2027-01-18, Mon 2027-01-25\)$/);
    });

    test('week 1 counts only the days from the start', async () => {
        // Starting on Wednesday, week 1 has the Wednesday and Friday lifts only; week 2 has three.
        const text = planText(`    phase Base 3 weeks focus base {
        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy
    }`, { start: '2027-01-06' });
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/\(week 2: Mon 2027-01-11\)$/);
    });
});

describe('weekly-frequency and lifting-since', () => {
    /** Three lifts a week from the first lift, Monday 2027-01-04. */
    const plan = (since?: string) => planText(`${since ? `    athlete "Sam" { lifting-since ${since} }\n` : ''}    phase Base 4 weeks focus base {
        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy
    }`);

    test('lifting since 28 days before the first lift skips the start ramp', async () => {
        expect(await ruleDiagnostics(plan('2026-12-07'), RULE)).toEqual([]);
    });

    test('27 days is not enough: the first two lifting weeks keep their limit of two', async () => {
        const [d, ...rest] = await ruleDiagnostics(plan('2026-12-08'), RULE);
        expect(rest).toEqual([]);
        expect(d.message).toMatch(/\(weeks 1–2: Mon 2027-01-04, Mon 2027-01-11\)$/);
    });

    test('the days count to the plan\'s first lift, not to its start', async () => {
        const text = (since: string) => planText(`    athlete "Sam" { lifting-since ${since} }
    phase Run 2 weeks focus base {
        tue: run easy 30min
    }
    phase Base 3 weeks focus base {
        mon: lift Heavy
        wed: lift Light
        fri: lift Heavy
    }`);
        // The first lift is Monday 2027-01-18.
        expect(await ruleDiagnostics(text('2026-12-21'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(text('2026-12-22'), RULE)).toHaveLength(1);
    });

    test('the limit of three still holds for an athlete who already lifts', async () => {
        const [d] = await ruleDiagnostics(planText(`    athlete "Sam" { lifting-since 2025-01-01 }
    phase Base 2 weeks focus base {
        mon: lift Heavy
        tue: lift Light
        thu: lift Light
        sat: lift Heavy
    }`), RULE);
        expect(d.message).toMatch(/schedules 4 lifts a week\..*\(weeks 1–2/);
    });
});
