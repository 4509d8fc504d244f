// Every construct of docs/language.md parses; the parser recovers and reports every error.

import { describe, expect, test } from 'vitest';
import { ast } from '@lift/language';
import { diagnosticsOf, parse, problems } from '../helpers/services.js';

const WHOLE_PLAN = `
// a line comment
/* a block
   comment */
warmup Standard {
    cardio rower 10min
    mobility 6min "leg swings, hip circles, walking lunges"
}

session StrengthA heavy {
    warmup Standard
    squat      4x5 @ 80kg rest 2min rir 2 progress +2.5kg/week
    deadlift   3x5 @ 100kg rest 2min rir 2
    push-press 3x6 @ 35kg rest 90s
    lunge      3×5 each @ 20kg rest 90s rpe 7 progress +5%/week
    plank      3x30s
    push-up    3x6 @ bw
}

session Maintenance light {
    warmup Standard
    squat 2x5 @ 60% rest 2min rir 4
    deadlift 2x5 @ 175lb rest 1h
}

exercise nordic-curl "Nordic hamstring curl" {
    pattern hinge
    muscles hamstrings, glutes
    level advanced
    cue "Kneel with the heels anchored"
    cue "Lower slowly"
}

plan "Spring Marathon 2027" {
    athlete "Sam Rivera" {
        level intermediate
        running-since 2025-06-01
        max squat 120kg
        max deadlift 140kg
    }
    start 2027-01-04
    timezone "Europe/Berlin"
    race "City Marathon" on 2027-04-18 priority A
    race Parkrun on 2027-02-06 priority C
    rules {
        alternate-groups off
        warmup info
        quality-runs tempo intervals race
    }
    phase Base 6 weeks focus base {
        mon: run easy 45min
        tue: run intervals 6x800m, lift StrengthA
        wed: run easy 40min "with strides" at 07:00
        thu: lift StrengthA at 18:00
        fri: rest
        sat: run long 90min
        sun: run recovery 5km
        week 4 {
            thu: lift Maintenance
        }
    }
    phase Build 4 weeks focus build { tue: run tempo 10mi  thu: run hills 8x1min }
    phase "Race prep" 3 weeks focus peak { tue: run threshold 1h30min }
    phase Taper 1 week focus taper { tue: run fartlek 30min }
    phase Recover 1 week focus recovery { tue: run easy }
}
`;

describe('the grammar', () => {
    test('a plan using every construct parses without syntax errors', async () => {
        const document = await parse(WHOLE_PLAN);
        expect(document.parseResult.lexerErrors).toEqual([]);
        expect(document.parseResult.parserErrors).toEqual([]);
        const diagnostics = (document.diagnostics ?? []).filter(d => ['syntax', 'unresolved-reference'].includes(String(d.code)));
        expect(diagnostics).toEqual([]);
    });

    test('the parsed tree holds every part', async () => {
        const file = (await parse(WHOLE_PLAN)).parseResult.value as ast.LiftFile;
        const plan = file.plans[0];
        expect(plan.athletes[0].maxes.map(max => [max.exercise.$refText, max.load])).toEqual([['squat', '120kg'], ['deadlift', '140kg']]);
        expect(plan.races.map(race => [race.name, race.date, race.priorities[0]])).toEqual([
            ['City Marathon', '2027-04-18', 'A'], ['Parkrun', '2027-02-06', 'C']
        ]);
        expect(plan.ruleBlocks[0].settings.map(s => `${s.rule} ${s.severity}`)).toEqual(['alternate-groups off', 'warmup info']);
        expect(plan.ruleBlocks[0].qualityRuns[0].kinds).toEqual(['tempo', 'intervals', 'race']);
        expect(plan.phases.map(phase => `${phase.name}/${phase.length}/${phase.focus}`)).toEqual([
            'Base/6/base', 'Build/4/build', 'Race prep/3/peak', 'Taper/1/taper', 'Recover/1/recovery'
        ]);
        const lunge = file.sessions[0].exercises[3];
        expect([lunge.scheme, lunge.each, lunge.loads[0].value, lunge.rests[0].duration, lunge.efforts[0].measure, lunge.progressions[0].step])
            .toEqual(['3×5', true, '20kg', '90s', 'rpe', '+5%/week']);
        expect(file.sessions[1].intensity).toBe('light');
        expect(file.exercises[0]).toMatchObject({ name: 'nordic-curl', displayName: 'Nordic hamstring curl' });
        expect(file.exercises[0].muscleLists[0].muscles).toEqual(['hamstrings', 'glutes']);
        expect(file.warmups[0].cardio[0]).toMatchObject({ kind: 'rower', duration: '10min' });
        expect(plan.phases[0].overrides[0].weeks).toEqual([4]);
        const wed = plan.phases[0].days[2].activities[0] as ast.RunActivity;
        expect([wed.kind, wed.amount, wed.note, wed.time]).toEqual(['easy', '40min', 'with strides', '07:00']);
    });

    test('imports parse', async () => {
        const file = (await parse('import "lib/strength.lift"\nimport "../shared/warmups.lift"')).parseResult.value as ast.LiftFile;
        expect(file.imports.map(i => i.path)).toEqual(['lib/strength.lift', '../shared/warmups.lift']);
    });

    test('options on an exercise line may come in any order', async () => {
        const file = (await parse('session S { squat 3x5 rir 2 rest 90s @ 60kg }')).parseResult.value as ast.LiftFile;
        const line = file.sessions[0].exercises[0];
        expect([line.loads[0].value, line.rests[0].duration, line.efforts[0].value]).toEqual(['60kg', '90s', 2]);
    });

    test('escapes in strings', async () => {
        const file = (await parse('plan "The \\"big\\" one \\\\ 2027" { start 2027-01-04 phase B 1 week focus base { mon: rest } }')).parseResult.value as ast.LiftFile;
        expect(file.plans[0].name).toBe('The "big" one \\ 2027');
    });

    test('a library file (no plan) parses clean', async () => {
        expect(problems(await diagnosticsOf('warmup W { cardio 10min mobility 6min }'))).toEqual([]);
    });
});

describe('syntax errors', () => {
    test('the parser recovers and reports every error of a file in one run', async () => {
        const diagnostics = (await diagnosticsOf(`
session A {
    squat 4x5 @ 80kg rest rir 2
}
plan "P" {
    start 2027-01-04
    phase Base 2 weeks focus base {
        tue run easy 30min
        thu: run easy 40min, lift A at 6pm
    }
}`)).filter(d => d.code === 'syntax');
        expect(diagnostics.map(d => d.range.start.line + 1)).toEqual([3, 8, 9]);
        expect(diagnostics[1].message).toBe("Expected ':' after the weekday 'tue' but found 'run'.");
        expect(diagnostics.every(d => d.severity === 1)).toBe(true);
    });

    test('an unknown character is a syntax error, not a crash', async () => {
        const diagnostics = await diagnosticsOf('session A { squat 3x5 $ }');
        expect(diagnostics.some(d => d.code === 'syntax' && d.message.includes('"$"'))).toBe(true);
    });

    test('values outside their sets are named with the allowed ones', async () => {
        const diagnostics = (await diagnosticsOf(`plan "P" { athlete "A" { level pro }
            start 2027-01-04
            race R on 2027-02-01 priority Z
            phase B 1 week focus speed { mon: run jog 30min } }
            exercise e { pattern twist }`)).filter(d => d.code === 'syntax');
        expect(diagnostics.map(d => d.message)).toEqual([
            "Unknown level 'pro': expected one of beginner, intermediate, advanced.",
            "Unknown race priority 'Z': expected one of A, B, C.",
            "Unknown phase focus 'speed': expected one of base, build, peak, taper, recovery.",
            "Unknown run kind 'jog': expected one of easy, recovery, long, tempo, threshold, intervals, hills, fartlek, race.",
            "Unknown movement pattern 'twist': expected one of squat, hinge, lunge, push, pull, core, olympic, plyo, calf."
        ]);
    });

    test('quantities in the wrong unit are reported', async () => {
        const diagnostics = (await diagnosticsOf(`session S { squat 3x5 @ 80s rest 80kg }
            plan "P" { athlete "A" { max squat 75% } start 2027-01-04 phase B 1 week focus base { mon: run easy 5kg } }`))
            .filter(d => d.code === 'syntax').map(d => d.message);
        expect(diagnostics).toEqual([
            "80s is not allowed here. A load is 80kg, 175lb, 75% (of the athlete's max) or bw.",
            '80kg is not allowed here. Rest is a duration such as 90s or 2min.',
            '75% is not allowed here. A max is a load in kg or lb, such as 120kg.',
            'A run amount is a duration (45min), a distance (10km) or a repeat (6x800m, 8x1min), not 5kg.'
        ]);
    });

    test('a plan needs a start and phases; at most one plan per file', async () => {
        const messages = (await diagnosticsOf('plan "A" { }\nplan "B" { start 2027-01-04 phase P 1 week focus base { mon: rest } }'))
            .filter(d => d.code === 'syntax').map(d => d.message);
        expect(messages).toContain('A file holds at most one plan: move this plan into a file of its own.');
        expect(messages).toContain('The plan has no start date: add a line `start YYYY-MM-DD` inside the plan.');
        expect(messages).toContain('The plan has no phases: add at least one `phase NAME N weeks focus base { … }`.');
    });

    test('an unknown time zone is reported', async () => {
        const messages = (await diagnosticsOf('plan "A" { start 2027-01-04 timezone "Mars/Olympus" phase P 1 week focus base { mon: rest } }'))
            .filter(d => d.code === 'syntax').map(d => d.message);
        expect(messages).toEqual(['"Mars/Olympus" is not a known time zone: use an IANA name such as "Europe/Berlin" or "America/New_York".']);
    });

    test.each(['Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'US/Eastern'])(
        'time zone %s, canonical or an alias the runtime knows, is accepted', async zone => {
            const messages = (await diagnosticsOf(`plan "A" { start 2027-01-04 timezone "${zone}" phase P 1 week focus base { mon: rest } }`))
                .filter(d => d.code === 'syntax').map(d => d.message);
            expect(messages).toEqual([]);
        });
});
