// peak-reduction: average weekly heavy volume (sets × reps) of peak phases vs base phases.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { LIBRARY, WARNING, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'peak-reduction';

const season = (base: string, peak: string, library?: string) => planText(`    phase Base 2 weeks focus base {
${base}
    }
    phase Build 2 weeks focus build {
        mon: lift Heavy
        wed: lift Heavy
        fri: lift Heavy
    }
    phase Peak 2 weeks focus peak {
${peak}
    }`, { library });

describe('peak-reduction', () => {
    test('less heavy lifting in the peak than in the base is fine', async () => {
        expect(await ruleDiagnostics(season('        mon: lift Heavy\n        thu: lift Heavy', '        tue: lift Heavy'), RULE)).toEqual([]);
    });

    test('equal volume is fine', async () => {
        expect(await ruleDiagnostics(season('        tue: lift Heavy', '        tue: lift Heavy'), RULE)).toEqual([]);
    });

    test('more in the peak is a warning at the peak phase, with both averages', async () => {
        // Heavy is 3x5 + 3x5 + 3x5 + 3x6 = 63 reps; build phases do not count.
        const text = season('        tue: lift Heavy', '        mon: lift Heavy\n        thu: lift Heavy');
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].severity).toBe(WARNING);
        expect(startOf(diagnostics[0])).toEqual(positionOf(text, 'Peak'));
        expect(diagnostics[0].message).toBe('Phase Peak averages 126 heavy reps a week (sets × reps), more than the 63 of the base phase. '
            + 'Peak race preparation is the time to lift less, so the hard running gets the energy: drop a heavy session, make one light, or cut sets.');
    });

    test('light sessions add nothing to the volume', async () => {
        expect(await ruleDiagnostics(season('        tue: lift Heavy', '        tue: lift Heavy\n        fri: lift Light'), RULE)).toEqual([]);
    });

    test('timed holds add nothing; counted reps decide', async () => {
        const library = `${LIBRARY}
session Core heavy {
    warmup W
    plank 3x60s rest 60s
}`;
        expect(await ruleDiagnostics(season('        tue: lift Heavy', '        tue: lift Heavy\n        fri: lift Core', library), RULE)).toEqual([]);
    });

    test('averages are per week: a longer base with the same weekly lifting is the same average', async () => {
        const text = planText(`    phase Base 4 weeks focus base {
        tue: lift Heavy
        week 4 { tue: run easy 30min }
    }
    phase Peak 2 weeks focus peak {
        tue: lift Heavy
    }`);
        // Base: 3 × 63 over 4 weeks = 47.25 a week; peak: 63 a week.
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.message).toContain('averages 63 heavy reps a week (sets × reps), more than the 47.3 of the base phase');
    });

    test('without a base phase there is nothing to compare with', async () => {
        expect(await ruleDiagnostics(planText(`    phase Peak 2 weeks focus peak {
        mon: lift Heavy
        thu: lift Heavy
    }`), RULE)).toEqual([]);
    });

    test('several base phases are averaged together', async () => {
        const text = planText(`    phase Base1 2 weeks focus base {
        tue: lift Heavy
    }
    phase Base2 2 weeks focus base {
        tue: lift Heavy
        fri: lift Heavy
        sun: lift Heavy
    }
    phase Peak 2 weeks focus peak {
        tue: lift Heavy
        fri: lift Heavy
    }`);
        // Base: (2 × 63 + 2 × 189) / 4 = 126 a week; peak: 126 a week.
        expect(await ruleDiagnostics(text, RULE)).toEqual([]);
    });
});

describe('peak-reduction and deload weeks', () => {
    // Heavy is 63 reps; Light adds nothing.
    const plan = (base: string, peak: string) => planText(`    phase Base 4 weeks focus base {
        tue: lift Heavy
        thu: lift Heavy
${base}
    }
    phase Peak 3 weeks focus peak {
        tue: lift Heavy
        thu: lift Heavy
${peak}
    }`);

    test('a base deload week does not lower the base average', async () => {
        // Without the deload week left out, the base would average (3 × 126 + 0) / 4 = 94.5
        // and the peak's 126 would be reported.
        expect(await ruleDiagnostics(plan('        week 4 deload { tue: lift Light\n thu: rest }', ''), RULE)).toEqual([]);
        const [d] = await ruleDiagnostics(plan('        week 4 { tue: lift Light\n thu: rest }', ''), RULE);
        expect(d.message).toMatch(/^Phase Peak averages 126 heavy reps a week \(sets × reps\), more than the 94\.5 of the base phase\./);
    });

    test('a peak deload week does not lower the peak average', async () => {
        // Base 126 a week; peak weeks 1–2 at 189, week 3 a deload with nothing heavy.
        const peak = '        fri: lift Heavy\n        week 3 deload { tue: lift Light\n thu: rest\n fri: rest }';
        const [d] = await ruleDiagnostics(plan('', peak), RULE);
        expect(d.message).toMatch(/^Phase Peak averages 189 heavy reps a week/);
        // Counted as an ordinary week, the easy one brings the peak down to (2 × 189) / 3 = 126.
        expect(await ruleDiagnostics(plan('', peak.replace(' deload', '')), RULE)).toEqual([]);
    });
});
