// Messages a coach can trust: each case here once produced a message that was wrong,
// repeated itself, or leaked an internal name.

import { describe, expect, test } from 'vitest';
import { diagnosticsOf, ruleDiagnostics } from '../helpers/services.js';
import { planText } from './coaching/coaching-fixtures.js';

const inPhase = (lines: string) => planText(`    phase A 1 week focus build {\n        ${lines}\n    }`);

async function messages(text: string, rule = 'syntax'): Promise<string[]> {
    return (await ruleDiagnostics(text, rule)).map(d => d.message);
}

describe('parser messages name the last token that parsed', () => {
    test('a stray word after a time: not "after \'pm\' but found \'pm\'"', async () => {
        const text = inPhase('mon: run easy 30min at 08:00 pm\n        tue: run easy 30min');
        expect(await messages(text)).toContain("Expected '}' after '08:00' but found 'pm'.");
    });

    test('a second `at`: named after the time before it, not one the parser looked ahead to', async () => {
        const text = inPhase('mon: run easy at 08:00 at 09:00');
        const found = await messages(text);
        expect(found[0]).toBe("Expected '}' after '08:00' but found 'at'.");
        expect(found.join('\n')).not.toContain("after '09:00'");
    });

    test('a stray word before a lift: named after the word before it', async () => {
        expect((await messages(inPhase('mon: run easy 30min at 08:00 pm, lift Heavy')))[0]).toBe("Expected '}' after '08:00' but found 'pm'.");
    });
});

describe('no internal names in messages', () => {
    test('an empty day line asks for an activity in words', async () => {
        const found = await messages(inPhase('mon:\n'));
        expect(found[0]).toBe("Expected an activity (run, cross, lift or rest) after ':' but found '}'.");
        expect(found.join('')).not.toMatch(/\u200b|Activity/);
    });

    test('a phase without its weeks', async () => {
        const found = await messages(planText('    phase A 4\n    }'));
        expect(found.join('\n')).not.toMatch(/\u200b|Phase|EOF/);
        expect(found[0]).toBe("Expected a day line (mon: …) or a week override (week K { … }) after '4' but found '}'.");
    });

    test('`phase B like A` reports the missing length once, with no "undefined"', async () => {
        const text = planText('    phase A 1 week focus build {\n        mon: run easy 30min\n    }\n    phase B like A 3 weeks focus build {\n    }');
        const found = await messages(text);
        expect(found.join('\n')).not.toContain('undefined');
        expect(found).toContain("Expected a number after 'B' but found 'like'.");
    });
});

describe('unsupported statements are named as such, not as unknown exercises', () => {
    test('superset', async () => {
        const diagnostics = await diagnosticsOf('session S {\n    superset {\n        squat 3x5\n    }\n}\n');
        expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        const syntax = diagnostics.filter(d => d.code === 'syntax').map(d => d.message);
        expect(syntax[0]).toMatch(/^The language has no `superset` statement\. A session lists its exercises one line each/);
        expect(syntax.join('\n')).not.toContain("after 'superset'");
    });

    test('tempo 3-1-1', async () => {
        const diagnostics = await diagnosticsOf('session S {\n    squat 3x5 tempo 3-1-1\n}\n');
        expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        const syntax = diagnostics.filter(d => d.code === 'syntax').map(d => d.message);
        expect(syntax).toHaveLength(1);
        expect(syntax[0]).toMatch(/^The language has no `tempo` statement\. An exercise line takes sets x reps, then `@ LOAD`.*describe the tempo in a `cue`/);
    });
});

describe('grouped calendar messages speak for every week they list', () => {
    test('weekly-frequency states the counts of all merged weeks', async () => {
        // Starts on a Tuesday: week 1 has 3 of the template's 4 lifts.
        const text = planText(`    phase A 4 weeks focus build {
        mon: lift Heavy
        tue: lift Light
        wed: lift Heavy
        fri: lift Heavy
    }`, { start: '2027-01-05' });
        const [diagnostic] = await ruleDiagnostics(text, 'weekly-frequency');
        expect(diagnostic.message).toMatch(/^Phase A schedules 3 to 4 lifts a week\./);
    });

    test('taper with a lift beside the race names the race day too', async () => {
        const text = planText(`    race "R" on 2027-01-11 priority A
    phase A 2 weeks focus build {
        mon: run race, lift Heavy
    }`);
        const [diagnostic] = await ruleDiagnostics(text, 'taper');
        expect(diagnostic.message).toMatch(/^Heavy lift Heavy on Mon comes 7 days before and on the day of the A race R \(Mon 2027-01-11\)\./);
    });
});

describe('wording', () => {
    test('foundations lists what is missing in plain English', async () => {
        const text = planText('    phase A 4 weeks focus build {\n        mon: lift S1\n    }', {
            library: 'warmup W {\n    cardio bike 10min\n    mobility 6min\n}\nsession S1 {\n    warmup W\n    squat 3x5 @ 80kg rest 2min rir 2\n}\n'
        });
        const [diagnostic] = await ruleDiagnostics(text, 'foundations');
        expect(diagnostic.message).toMatch(/^The plan's lifting has no hinge, lunge or upper-body push exercise\./);
    });

    test('race-outside-plan does not claim the taper goes unchecked', async () => {
        const text = planText('    race "R" on 2027-05-01 priority A\n    phase A 2 weeks focus build {\n        mon: lift Heavy\n    }');
        const [diagnostic] = await ruleDiagnostics(text, 'race-outside-plan');
        expect(diagnostic.message).not.toContain('unchecked');
        expect(diagnostic.message).toBe("Race R on Sat 2027-05-01 comes after the plan's last day (Sun 2027-01-17): the days between are not planned. Lengthen the last phase to reach it (the taper rule still counts back from the race).");
    });

    test('a rest of 0 s reads as 0s, not 0h', async () => {
        const [diagnostic] = await ruleDiagnostics('session S {\n    squat 3x5 rest 0s\n}\n', 'rest-range');
        expect(diagnostic.message).toMatch(/^squat rests only 0s between sets\./);
    });

    test('rep-range suggests a scheme that set-range accepts too', async () => {
        const [diagnostic] = await ruleDiagnostics('session S {\n    squat 5x10\n}\n', 'rep-range');
        expect(diagnostic.message).toMatch(/such as 4x6\.$/);
    });

    test('weekdays read the same in every rule ("Tue", never "tue")', async () => {
        const text = planText('    phase A 1 week focus build {\n        tue: run easy 30min\n        tue: rest, run easy 20min\n    }');
        const found = [...await messages(text, 'duplicate-day'), ...await messages(text, 'rest-day-conflict')];
        expect(found.length).toBeGreaterThan(0);
        for (const message of found) expect(message).toMatch(/^Tue /);
    });
});
