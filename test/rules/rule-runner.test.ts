// What the rule runner does for every coaching rule: `rules { }` severities (off included),
// suppression comments in both places and file-wide, `unknown-rule`, and grouping of
// calendar reports with their related places.

import { describe, expect, test } from 'vitest';
import { Cancellation, OperationCancelled } from 'langium';
import { ALL_RULES, defineRule, runRules } from '@lift/language';
import { diagnosticsOf, parse, ruleDiagnostics } from '../helpers/services.js';
import { ERROR, INFO, WARNING, planText } from './coaching/coaching-fixtures.js';

const HINT = 4;

/** A plan that breaks recovery-48h (an error) on Mondays, with `rules` and comments to taste. */
const tooClose = (options: { rules?: string; liftLine?: string; before?: string } = {}) => `${options.before ?? ''}${planText(`${options.rules ? `    rules { ${options.rules} }` : ''}
    phase Base 2 weeks focus base {
${options.liftLine ?? '        mon: lift Heavy'}
        tue: run tempo 30min
    }`)}`;

/** A library file with one line that breaks rep-range (a warning) and alternate-groups (an info). */
const session = (comment = '', before = '') => `${before}session Legs heavy {
    goblet-squat 3x6 @ 16kg
    split-squat  3x10 each @ 10kg${comment}
}`;

describe('severities from rules { }', () => {
    test('each coaching rule can be turned off', async () => {
        expect(await ruleDiagnostics(tooClose({ rules: 'recovery-48h off' }), 'recovery-48h')).toEqual([]);
    });

    test.each([['info', INFO], ['warning', WARNING], ['error', ERROR]] as const)('recovery-48h %s', async (setting, severity) => {
        const diagnostics = await ruleDiagnostics(tooClose({ rules: `recovery-48h ${setting}` }), 'recovery-48h');
        expect(diagnostics.map(d => d.severity)).toEqual([severity]);
    });

    test('an info rule can be raised, and a local rule follows the plan of its file', async () => {
        const text = `plan "P" {
    start 2027-01-04
    rules {
        alternate-groups error
        rep-range info
    }
    phase Base 1 week focus base { mon: lift Legs }
}
${session()}`;
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.filter(d => d.code === 'alternate-groups').map(d => d.severity)).toEqual([ERROR]);
        expect(diagnostics.filter(d => d.code === 'rep-range').map(d => d.severity)).toEqual([INFO]);
    });

    test('a library file keeps the defaults', async () => {
        const diagnostics = await diagnosticsOf(session());
        expect(diagnostics.filter(d => d.code === 'alternate-groups').map(d => d.severity)).toEqual([INFO]);
        expect(diagnostics.filter(d => d.code === 'rep-range').map(d => d.severity)).toEqual([WARNING]);
        expect(diagnostics.some(d => d.severity === HINT)).toBe(false);
    });
});

describe('suppression comments', () => {
    test('`// lift-ignore ID reason` on the line before silences that rule there', async () => {
        const text = tooClose({ liftLine: '        // lift-ignore recovery-48h the tempo is easy this block\n        mon: lift Heavy' });
        expect(await ruleDiagnostics(text, 'recovery-48h')).toEqual([]);
    });

    test('and at the end of the reported line', async () => {
        const text = tooClose({ liftLine: '        mon: lift Heavy // lift-ignore recovery-48h coach approved' });
        expect(await ruleDiagnostics(text, 'recovery-48h')).toEqual([]);
    });

    test('on an exercise line, only the named rule is silenced', async () => {
        const diagnostics = await diagnosticsOf(session(' // lift-ignore rep-range sprint drills'));
        expect(diagnostics.filter(d => d.code === 'rep-range')).toEqual([]);
        expect(diagnostics.filter(d => d.code === 'alternate-groups')).toHaveLength(1);
    });

    test('a comment two lines above does not reach', async () => {
        const text = tooClose({ liftLine: '        // lift-ignore recovery-48h\n        sun: run easy 30min\n        mon: lift Heavy' });
        expect(await ruleDiagnostics(text, 'recovery-48h')).toHaveLength(1);
    });

    test('`// lift-ignore-file ID` silences the rule in the whole file', async () => {
        const text = tooClose({ before: '// lift-ignore-file recovery-48h\n' });
        expect(await ruleDiagnostics(text, 'recovery-48h')).toEqual([]);
        const local = await diagnosticsOf(session('', '// lift-ignore-file alternate-groups, rep-range\n'));
        expect(local.filter(d => d.code === 'alternate-groups' || d.code === 'rep-range')).toEqual([]);
    });

    test('a suppression of another rule silences nothing', async () => {
        const text = tooClose({ liftLine: '        mon: lift Heavy // lift-ignore lift-after-run' });
        expect(await ruleDiagnostics(text, 'recovery-48h')).toHaveLength(1);
    });
});

describe('unknown-rule', () => {
    test('an unknown id in rules { } is a warning at the id, and changes nothing', async () => {
        const text = tooClose({ rules: 'recovery-24h off' });
        const unknown = await ruleDiagnostics(text, 'unknown-rule');
        expect(unknown).toHaveLength(1);
        expect(unknown[0].severity).toBe(WARNING);
        expect(unknown[0].message).toBe("There is no rule 'recovery-24h': run `lift rules` for the list of rule ids.");
        expect(await ruleDiagnostics(text, 'recovery-48h')).toHaveLength(1);
    });

    test('an unknown id in a suppression is a warning at the id', async () => {
        const text = session(' // lift-ignore rep-ranges typo');
        const unknown = await ruleDiagnostics(text, 'unknown-rule');
        expect(unknown).toHaveLength(1);
        expect(unknown[0].message).toBe("There is no rule 'rep-ranges' to ignore: run `lift rules` for the list of rule ids.");
        expect(unknown[0].range.start).toEqual({ line: 2, character: text.split('\n')[2].indexOf('rep-ranges') });
        expect(await ruleDiagnostics(text, 'rep-range')).toHaveLength(1);
    });

    test('every coaching rule id is known in rules { }, `warmup` included', async () => {
        const ids = ['rep-range', 'set-range', 'rest-range', 'effort', 'recovery-48h', 'lift-after-run', 'taper', 'weekly-frequency',
            'consistency', 'peak-reduction', 'warmup', 'warmup-duration', 'advanced-lift', 'run-foundation', 'bodyweight-first',
            'progression-step', 'light-session', 'alternate-groups', 'foundations'];
        const text = tooClose({ rules: ids.map(id => `${id} warning`).join('\n        ') });
        const diagnostics = await diagnosticsOf(text);
        expect(diagnostics.filter(d => d.code === 'unknown-rule' || d.code === 'syntax')).toEqual([]);
    });
});

describe('grouping', () => {
    test('a template lift repeated over weeks is one diagnostic with its weeks and dates, and one related place', async () => {
        const diagnostics = await ruleDiagnostics(tooClose(), 'recovery-48h');
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].message).toMatch(/ \(weeks 1–2: Mon 2027-01-04, Mon 2027-01-11\)$/);
        expect(diagnostics[0].relatedInformation).toHaveLength(1);
        expect(diagnostics[0].data).toMatchObject({ rule: 'recovery-48h', dates: ['2027-01-04', '2027-01-11'] });
    });

    test('more than three dates are shortened to the first two and the last', async () => {
        const text = planText(`    phase Base 6 weeks focus base {
        mon: lift Heavy
        tue: run tempo 30min
    }`);
        const [d] = await ruleDiagnostics(text, 'recovery-48h');
        expect(d.message).toMatch(/ \(weeks 1–6: Mon 2027-01-04, Mon 2027-01-11 … Mon 2027-02-08\)$/);
    });

    test('each rule keeps its own diagnostic at a shared place', async () => {
        // Monday: a heavy lift before Tuesday's tempo and 13 days before an A race.
        const text = planText(`    race "Goal" on 2027-01-17 priority A
    phase Base 2 weeks focus base {
        mon: lift Heavy
        tue: run tempo 30min
    }`);
        const codes = (await diagnosticsOf(text)).map(d => d.code).filter(code => code === 'recovery-48h' || code === 'taper');
        expect(codes.sort()).toEqual(['recovery-48h', 'taper']);
    });
});

describe('cancellation', () => {
    test('a cancelled validation stops between rules instead of finishing', async () => {
        const document = await parse(planText('    phase A 1 week focus build {\n        mon: lift Heavy\n    }'));
        const source = new Cancellation.CancellationTokenSource();
        const checked: string[] = [];
        const rule = (id: string) => defineRule({
            id, category: 'coaching', defaultSeverity: 'warning', configurable: true, reportsAt: 'x', summary: 'x', reason: 'x', explanation: 'x',
            check() {
                checked.push(id);
                source.cancel();
            }
        });
        const run = () => runRules({ document, rules: [rule('first'), rule('second')], documents: { getDocument: () => undefined }, cancelToken: source.token });
        expect(run).toThrow(OperationCancelled);
        expect(checked).toEqual(['first']);
    });

    test('without cancellation every rule runs', async () => {
        const document = await parse(planText('    phase A 1 week focus build {\n        mon: lift Heavy\n    }'));
        const source = new Cancellation.CancellationTokenSource();
        expect(runRules({ document, rules: ALL_RULES, documents: { getDocument: () => undefined }, cancelToken: source.token })).toBeInstanceOf(Array);
    });
});
