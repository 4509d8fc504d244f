// The structural checks of the structural table of docs/rules: id, severity and where each reports.

import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseFiles, ruleDiagnostics } from '../../helpers/services.js';

const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
const ERROR = 1;
const WARNING = 2;

const plan = (body: string, before = '') => `${before}
plan "P" {
    start 2027-01-04
${body}
}`;

describe('duplicate-name', () => {
    test('a second declaration in one file is reported at its name', async () => {
        const diagnostics = await ruleDiagnostics('session A { squat 3x5 }\nsession A { deadlift 3x5 }', 'duplicate-name');
        expect(diagnostics.map(at)).toEqual(['2:9']);
        expect(diagnostics[0].severity).toBe(ERROR);
        expect(diagnostics[0].message).toBe("'A' is already declared by this file (line 1): rename this session.");
    });

    test('warm-ups, sessions and exercises share one set of names', async () => {
        expect((await ruleDiagnostics('warmup A { cardio 10min }\nsession A { squat 3x5 }', 'duplicate-name')).map(at)).toEqual(['2:9']);
    });

    test('a declaration may not take a built-in name', async () => {
        const diagnostics = await ruleDiagnostics('exercise squat { pattern squat }', 'duplicate-name');
        expect(diagnostics.map(d => d.message)).toEqual(["'squat' is already declared by the built-in library: rename this exercise."]);
    });

    test('an import that brings a name the file already sees is reported at the import', async () => {
        const documents = await parseFiles({
            'p.lift': 'import "a.lift"\nimport "b.lift"',
            'a.lift': 'session Legs { squat 3x5 }',
            'b.lift': 'session Legs { lunge 3x5 }'
        });
        const diagnostics = documents.get('p.lift')!.diagnostics!.filter(d => d.code === 'duplicate-name');
        expect(diagnostics.map(at)).toEqual(['2:8']);
    });

    test('distinct names are fine', async () => {
        expect(await ruleDiagnostics('session A { squat 3x5 }\nsession B { squat 3x5 }', 'duplicate-name')).toEqual([]);
    });
});

describe('invalid-date and invalid-time', () => {
    test('dates that do not exist are errors at the date', async () => {
        const diagnostics = await ruleDiagnostics(`plan "P" {
    athlete "A" { running-since 2026-13-01 }
    start 2027-02-30
    race R on 2027-02-29
    phase B 1 week focus base { mon: rest }
}`, 'invalid-date');
        expect(diagnostics.map(at)).toEqual(['2:33', '3:11', '4:15']);
        expect(diagnostics.every(d => d.severity === ERROR)).toBe(true);
    });

    test('a leap day in a leap year is a real date', async () => {
        expect(await ruleDiagnostics(plan('race R on 2028-02-29\nphase B 1 week focus base { mon: rest }'), 'invalid-date')).toEqual([]);
    });

    test('times that do not exist are errors at the time', async () => {
        const diagnostics = await ruleDiagnostics(plan('phase B 1 week focus base { mon: run easy at 24:00  tue: run easy at 7:60  wed: run easy at 23:59 }'), 'invalid-time');
        expect(diagnostics.map(d => d.message.split(' ')[0])).toEqual(['24:00', '7:60']);
    });
});

describe('import-not-found', () => {
    test('missing, absolute and non-.lift imports are errors at the path', async () => {
        const documents = await parseFiles({
            'p.lift': 'import "missing.lift"\nimport "/abs/x.lift"\nimport "notes.txt"\nimport "ok.lift"',
            'ok.lift': 'session S { squat 3x5 }'
        });
        const diagnostics = documents.get('p.lift')!.diagnostics!.filter(d => d.code === 'import-not-found');
        expect(diagnostics.map(at)).toEqual(['1:8', '2:8', '3:8']);
        expect(diagnostics.map(d => d.message)).toEqual([
            '"missing.lift" was not found next to this file: check the path (it is relative to this file\'s folder).',
            '"/abs/x.lift" is absolute: write the path relative to this file\'s folder, such as "lib/strength.lift".',
            '"notes.txt" is not a .lift file: imports name .lift files only.'
        ]);
    });
});

describe('duplicate-day', () => {
    test('a weekday twice in a template or in one week override', async () => {
        const diagnostics = await ruleDiagnostics(plan(`phase B 2 weeks focus base {
    mon: run easy 30min
    mon: rest
    week 2 { tue: rest  tue: run easy 20min }
}`), 'duplicate-day');
        expect(diagnostics.map(at)).toEqual(['6:5', '7:25']);
    });

    test('an override may name a day the template names', async () => {
        expect(await ruleDiagnostics(plan('phase B 2 weeks focus base { mon: rest  week 2 { mon: run easy 30min } }'), 'duplicate-day')).toEqual([]);
    });
});

describe('week-out-of-range', () => {
    test('week K outside 1..N is reported at K', async () => {
        const diagnostics = await ruleDiagnostics(plan(`phase B 4 weeks focus base {
    mon: rest
    week 0 { mon: rest }
    week 4 { mon: rest }
    week 5 { mon: rest }
}`), 'week-out-of-range');
        expect(diagnostics.map(at)).toEqual(['6:10', '8:10']);
    });
});

describe('rest-day-conflict', () => {
    test('rest with other activities is reported at the rest', async () => {
        const diagnostics = await ruleDiagnostics(plan('phase B 1 week focus base {\n    fri: run easy 30min, rest\n    sat: rest\n}'), 'rest-day-conflict');
        expect(diagnostics.map(at)).toEqual(['5:26']);
    });
});

describe('missing-max', () => {
    test('a % load used by the plan without a max is reported at the load', async () => {
        const diagnostics = await ruleDiagnostics(`session S {
    squat 3x5 @ 70% rest 2min
    deadlift 3x5 @ 70%
}
plan "P" {
    athlete "A" { max deadlift 140kg }
    start 2027-01-04
    phase B 2 weeks focus base { mon: lift S }
}`, 'missing-max');
        expect(diagnostics.map(at)).toEqual(['2:17']);
        expect(diagnostics[0].severity).toBe(ERROR);
    });

    test('a session no plan uses is not judged', async () => {
        expect(await ruleDiagnostics('session S { squat 3x5 @ 70% }', 'missing-max')).toEqual([]);
    });

    test('a session from a library is reported at the lift that uses it', async () => {
        const documents = await parseFiles({
            'p.lift': 'import "lib.lift"\nplan "P" { start 2027-01-04 phase B 1 week focus base { mon: lift S } }',
            'lib.lift': 'session S { squat 3x5 @ 70% }'
        });
        const diagnostics = documents.get('p.lift')!.diagnostics!.filter(d => d.code === 'missing-max');
        expect(diagnostics.map(at)).toEqual(['2:67']);
        expect(documents.get('lib.lift')!.diagnostics!.filter(d => d.code === 'missing-max')).toEqual([]);
    });
});

describe('race-outside-plan', () => {
    test('before start is an error, after the last day a warning, both at the race', async () => {
        const diagnostics = await ruleDiagnostics(plan(`race Early on 2027-01-03
race Late on 2027-01-11
race Last on 2027-01-10
phase B 1 week focus base { mon: rest }`), 'race-outside-plan');
        expect(diagnostics.map(d => [at(d), d.severity])).toEqual([['4:1', ERROR], ['5:1', WARNING]]);
    });
});

describe('unknown-rule', () => {
    test('unknown ids in rules { } and in suppressions are warnings at the id', async () => {
        const diagnostics = await ruleDiagnostics(`// lift-ignore-file no-such-rule
plan "P" {
    start 2027-01-04
    rules { recovery-24h off  race-outside-plan warning }
    phase B 1 week focus base {
        mon: rest // lift-ignore rest-too-long because
    }
}`, 'unknown-rule');
        expect(diagnostics.map(d => [at(d), d.severity])).toEqual([['1:21', WARNING], ['4:13', WARNING], ['6:34', WARNING]]);
    });
});

describe('structural checks cannot be switched off', () => {
    test('rules { duplicate-name off } leaves the error', async () => {
        const diagnostics = await ruleDiagnostics(`session A { squat 3x5 }
session A { squat 3x5 }
plan "P" { start 2027-01-04 rules { duplicate-name off } phase B 1 week focus base { mon: lift A } }`, 'duplicate-name');
        expect(diagnostics).toHaveLength(1);
    });
});

describe('every diagnostic names its rule', () => {
    test('code and codeDescription point at the rule', async () => {
        const [diagnostic] = await ruleDiagnostics('session A { squat 3x5 }\nsession A { squat 3x5 }', 'duplicate-name');
        expect(diagnostic.code).toBe('duplicate-name');
        expect(diagnostic.codeDescription?.href).toMatch(/docs\/rules\/duplicate-name\.md$/);
        expect(diagnostic.source).toBe('lift');
    });
});
