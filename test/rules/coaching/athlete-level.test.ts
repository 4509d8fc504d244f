// advanced-lift, run-foundation and bodyweight-first: the rules for beginner athletes.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { LIBRARY, WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const athlete = (level: string, since?: string) =>
    `    athlete "Jordan" {\n        level ${level}\n${since ? `        running-since ${since}\n` : ''}    }`;

describe('advanced-lift', () => {
    const RULE = 'advanced-lift';
    const library = `${LIBRARY}
session Power heavy {
    warmup W
    hang-clean 3x3 @ 30kg rest 2min rir 2
    push-up    3x5 @ bw rest 75s rir 2
}`;
    const plan = (level: string, session = 'Power') => planText(`${athlete(level, '2026-01-01')}
    phase Base 3 weeks focus base {
        tue: lift Heavy
        fri: lift ${session}
    }`, { library });

    test('a beginner scheduled for a clean gets one warning at the lift, with the weeks', async () => {
        const text = plan('beginner');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'lift Power'));
        expect(d.message).toBe('Session Power on Fri includes hang-clean, an advanced lift, and Jordan is a beginner. '
            + 'Olympic lifts are technical and easy to get wrong: learn them with a coach first, and until then use basic movements such as squats, deadlifts and lunges.'
            + ' (weeks 1–3: Fri 2027-01-08, Fri 2027-01-15, Fri 2027-01-22)');
        expect(startOf({ range: d.relatedInformation![0].location.range } as never)).toEqual(positionOf(text, 'hang-clean'));
    });

    test('intermediate and advanced athletes are not checked', async () => {
        expect(await ruleDiagnostics(plan('intermediate'), RULE)).toEqual([]);
        expect(await ruleDiagnostics(plan('advanced'), RULE)).toEqual([]);
    });

    test('a beginner without advanced exercises is fine', async () => {
        expect(await ruleDiagnostics(plan('beginner', 'Light'), RULE)).toEqual([]);
    });
});

describe('run-foundation', () => {
    const RULE = 'run-foundation';
    /** The first lift is on Monday 2027-01-04, the plan's start. */
    const plan = (level: string, since?: string) => planText(`${athlete(level, since)}
    phase Base 2 weeks focus base {
        mon: lift Light
        thu: lift Light
    }`);

    test('28 days after running-since is fine', async () => {
        expect(await ruleDiagnostics(plan('beginner', '2026-12-07'), RULE)).toEqual([]);
    });

    test('27 days is a warning at the first lift only', async () => {
        const text = plan('beginner', '2026-12-08');
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'lift Light'));
        expect(diagnostics[0].message).toBe('The first lift, Light on Mon, comes 27 days after Jordan started running (Tue 2026-12-08). '
            + 'A new runner should build a steady running habit for at least four weeks, better one to two months, before lifting: start the lifting on Tue 2027-01-05 or later.'
            + ' (week 1: Mon 2027-01-04)');
    });

    test('without running-since the count starts at the plan\'s start', async () => {
        const [d] = await ruleDiagnostics(plan('beginner'), RULE);
        expect(d.message).toMatch(/^The first lift, Light on Mon, comes 0 days into the plan, and the athlete block does not say how long Jordan has been running/);
        const later = planText(`${athlete('beginner')}
    phase Run 4 weeks focus base {
        tue: run easy 20min
    }
    phase Lift 2 weeks focus base {
        mon: lift Light
    }`);
        expect(await ruleDiagnostics(later, RULE)).toEqual([]);
    });

    test('intermediate athletes are not checked', async () => {
        expect(await ruleDiagnostics(plan('intermediate', '2026-12-30'), RULE)).toEqual([]);
    });

    test('a plan without an athlete block is intermediate', async () => {
        expect(await ruleDiagnostics(planText(`    phase Base 2 weeks focus base {
        mon: lift Light
    }`), RULE)).toEqual([]);
    });
});

describe('bodyweight-first', () => {
    const RULE = 'bodyweight-first';
    const library = `${LIBRARY}
session Loaded heavy {
    warmup W
    goblet-squat 3x6 @ 12kg rest 90s rir 3
    push-press   3x5 @ 20kg rest 90s rir 3
}

session SquatAndPlank heavy {
    warmup W
    squat 3x5 @ 40kg rest 2min rir 3
    plank 3x30s rest 60s
}

session Bodyweight heavy {
    warmup W
    bodyweight-squat 3x6 @ bw rest 75s rir 3
    glute-bridge     3x6 rest 75s rir 3
    push-up          3x5 @ bw rest 75s rir 3
    row              3x6 each @ 8kg rest 75s rir 3
    plank            3x30s rest 60s
}

session PercentHinge heavy {
    warmup W
    deadlift 3x5 @ 40% rest 2min rir 3
}`;
    const plan = (level: string, first: string, later = 'Loaded') => planText(`${athlete(level, '2026-06-01')}
    phase Base 3 weeks focus base {
        tue: lift ${later}
        week 1 { tue: lift ${first} }
    }`, { library });

    test('a beginner\'s first lifting week with loaded foundations is a warning at the first lift', async () => {
        const text = plan('beginner', 'Loaded');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'lift Loaded', 'week 1'));
        expect(d.message).toContain('goblet-squat and push-press');
        expect(d.message).toMatch(/\(week 1: Tue 2027-01-05\)$/);
    });

    test('a bodyweight plank beside a loaded squat does not make the week a bodyweight week', async () => {
        const [d, ...rest] = await ruleDiagnostics(plan('beginner', 'SquatAndPlank'), RULE);
        expect(rest).toEqual([]);
        expect(d.message).toContain('puts weights on squat.');
    });

    test('bodyweight foundations pass, and a loaded pull beside them is fine', async () => {
        expect(await ruleDiagnostics(plan('beginner', 'Bodyweight'), RULE)).toEqual([]);
    });

    test('a % load counts as external, even without a max', async () => {
        const [d] = await ruleDiagnostics(plan('beginner', 'PercentHinge'), RULE);
        expect(d.message).toContain('puts weights on deadlift');
    });

    test('only the first lifting week matters', async () => {
        expect(await ruleDiagnostics(plan('beginner', 'Bodyweight', 'Loaded'), RULE)).toEqual([]);
    });

    test('intermediate athletes are not checked', async () => {
        expect(await ruleDiagnostics(plan('intermediate', 'Loaded'), RULE)).toEqual([]);
    });
});
