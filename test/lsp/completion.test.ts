// Completion knows where it is (langium/test's expectCompletion over the server's services).

import { expectCompletion } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import type { LiftServices } from '@lift/language';
import { ALL_RULES, FOCUSES, LEVELS, PATTERNS, PRIORITIES, RUN_KINDS } from '@lift/language';
import { lspServices, openFiles, positionParams } from './lsp-services.js';

let services: LiftServices;
let complete: ReturnType<typeof expectCompletion>;

beforeAll(async () => {
    services = await lspServices();
    complete = expectCompletion(services);
});

const labels = (list: CompletionList) => list.items.map(item => item.label);

/** Runs completion at `<|>` and hands the list to `check`. */
async function completionAt(text: string, check: (list: CompletionList) => void): Promise<void> {
    await complete({ text, index: 0, assert: check, disposeAfterCheck: true });
}

const PLAN = (body: string) => `plan "P" {\n    start 2027-01-04\n    ${body}\n}\nsession StrengthA { squat 3x5 }\nsession Maintenance light { squat 2x5 }\nwarmup Standard { cardio 10min mobility 6min }\n`;

describe('names', () => {
    test('sessions after `lift`', async () => {
        await completionAt(PLAN('phase B 1 week focus base {\n        tue: lift <|>\n    }'), list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['StrengthA', 'Maintenance']));
            expect(labels(list)).not.toContain('squat');
            expect(labels(list)).not.toContain('Standard');
        });
    });

    test('exercises, built-in and declared, at the start of an exercise line', async () => {
        await completionAt('exercise nordic-curl "Nordic curl" { pattern hinge }\nsession A {\n    squat 3x5\n    <|>\n}', list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['squat', 'deadlift', 'power-clean', 'nordic-curl']));
            const squat = list.items.find(item => item.label === 'squat')!;
            expect(squat.detail).toContain('Back squat');
            expect(JSON.stringify(squat.documentation)).toContain('quadriceps');
        });
    });

    test('a partly typed exercise keeps its matches', async () => {
        await completionAt('session A {\n    romanian<|>\n}', list => {
            expect(labels(list)).toContain('romanian-deadlift');
        });
    });

    test('warm-ups after `warmup` in a session', async () => {
        await completionAt('warmup Standard { cardio 10min mobility 6min }\nsession A {\n    warmup <|>\n}', list => {
            expect(labels(list)).toEqual(['Standard']);
        });
    });

    test('names from an imported file', async () => {
        const { 'plan.lift': plan } = await openFiles(services, {
            'lib/strength.lift': 'session LibSession { squat 3x5 }',
            'plan.lift': 'import "lib/strength.lift"\nplan "P" {\n    start 2027-01-04\n    phase B 1 week focus base {\n        tue: lift \n    }\n}\n'
        });
        const offset = plan.textDocument.getText().indexOf('lift \n') + 5;
        const list = await services.lsp.CompletionProvider!.getCompletion(plan, positionParams(plan, offset));
        expect(list!.items.map(item => item.label)).toContain('LibSession');
    });
});

describe('values of the closed sets', () => {
    test('run kinds after `run`', async () => {
        await completionAt(PLAN('phase B 1 week focus base {\n        tue: run <|>\n    }'), list => {
            expect(labels(list).sort()).toEqual([...RUN_KINDS].sort());
            expect(list.items.find(item => item.label === 'tempo')!.detail).toContain('quality');
        });
    });

    test('focus values after `focus`', async () => {
        await completionAt('plan "P" {\n    start 2027-01-04\n    phase B 1 week focus <|>', list => {
            expect(labels(list).sort()).toEqual([...FOCUSES].sort());
        });
    });

    test('priorities after `priority`', async () => {
        await completionAt('plan "P" {\n    race "R" on 2027-03-01 priority <|>', list => {
            expect(labels(list)).toEqual([...PRIORITIES]);
        });
    });

    test('levels and patterns', async () => {
        await completionAt('plan "P" {\n    athlete "Sam" {\n        level <|>', list => {
            expect(labels(list)).toEqual([...LEVELS]);
        });
        await completionAt('exercise x { pattern <|>', list => {
            expect(labels(list).sort()).toEqual([...PATTERNS].sort());
        });
    });

    test('units and the version 2 run options', async () => {
        await completionAt('plan "P" {\n    athlete "Sam" {\n        units <|>', list => {
            expect(labels(list)).toEqual(['kg', 'lb']);
        });
        await completionAt(PLAN('phase B 1 week focus base {\n        mon: run easy 40min <|>\n    }'), list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['hard', 'rec', 'warmup', 'cooldown', 'at']));
        });
    });

    test('`deload` after `week K`; zones and paces after `@` on a run', async () => {
        await completionAt(PLAN('phase B 4 weeks focus base {\n        tue: run easy 40min\n        week 4 <|>\n    }'), list => {
            expect(labels(list)).toContain('deload');
        });
        await completionAt(PLAN('phase B 1 week focus base {\n        mon: run easy 40min @ <|>\n    }'), list => {
            expect(labels(list)).toEqual(['z1', 'z2', 'z3', 'z4', 'z5', '5:00/km', '8:00/mi']);
        });
    });

    test('weekdays at the start of a day line', async () => {
        await completionAt(PLAN('phase B 1 week focus base {\n        <|>\n    }'), list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'week']));
        });
    });

    test('rule ids inside `rules { }`, then severities', async () => {
        const configurable = ALL_RULES.filter(rule => rule.configurable).map(rule => rule.id);
        await completionAt('plan "P" {\n    rules {\n        <|>\n    }\n}', list => {
            expect(labels(list)).toEqual(expect.arrayContaining(configurable));
            expect(labels(list)).not.toContain('syntax');
            expect(labels(list)).toContain('quality-runs');
        });
        await completionAt('plan "P" {\n    rules {\n        taper <|>\n    }\n}', list => {
            expect(labels(list)).toEqual(expect.arrayContaining(['off', 'info', 'warning', 'error']));
        });
    });

    test('rule ids after `// lift-ignore`, also after a comma', async () => {
        await completionAt(PLAN('phase B 1 week focus base {\n        // lift-ignore rec<|>\n        tue: lift StrengthA\n    }'), list => {
            expect(labels(list)).toContain('recovery-48h');
            const item = list.items.find(entry => entry.label === 'recovery-48h')!;
            expect(item.textEdit).toMatchObject({ newText: 'recovery-48h' });
            expect((item.textEdit as { range: { start: { character: number } } }).range.start.character).toBe('        // lift-ignore '.length);
        });
        await completionAt('// lift-ignore-file taper, <|>\n', list => {
            expect(labels(list)).toContain('warmup');
        });
    });
});

describe('units after a number', () => {
    const units = async (text: string) => {
        let items: CompletionItem[] = [];
        await completionAt(text, list => { items = list.items; });
        return items.map(item => item.label);
    };

    test('rest takes a duration; a load kg, lb or %; a max kg or lb', async () => {
        expect(await units('session A {\n    squat 3x5 rest 90<|>\n}')).toEqual(['90min', '90s']);
        expect(await units('session A {\n    squat 3x5 @ 80<|>\n}')).toEqual(['80kg', '80lb', '80%']);
        expect(await units('plan "P" {\n    athlete "S" {\n        max squat 120<|>')).toEqual(['120kg', '120lb']);
    });

    test('a run takes a duration or a distance; progress a step a week', async () => {
        expect(await units(PLAN('phase B 1 week focus base {\n        tue: run easy 45<|>\n    }'))).toEqual(['45min', '45h', '45km', '45m', '45mi']);
        expect(await units('session A {\n    squat 3x5 @ 80kg progress +2.5<|>\n}')).toEqual(['2.5kg/week', '2.5lb/week', '2.5%/week']);
        expect(await units('warmup W {\n    cardio rower 10<|>\n}')).toEqual(['10min', '10s']);
    });
});

describe('snippets', () => {
    test('a new phase inside a plan', async () => {
        await completionAt('plan "P" {\n    start 2027-01-04\n    <|>\n}', list => {
            const snippet = list.items.find(item => item.label === 'phase' && item.insertTextFormat === InsertTextFormat.Snippet);
            expect(snippet?.insertText).toMatch(/^phase \$\{1:Base\} \$\{2:4\} weeks focus \$\{3\|base,build,peak,taper,recovery\|\} \{/);
        });
    });

    test('a new session and a new warm-up at the top level; the session offers the visible warm-ups', async () => {
        await completionAt('warmup Gentle { cardio 10min mobility 6min }\n<|>', list => {
            const session = list.items.find(item => item.label === 'session' && item.insertTextFormat === InsertTextFormat.Snippet);
            const warmup = list.items.find(item => item.label === 'warmup' && item.insertTextFormat === InsertTextFormat.Snippet);
            expect(session?.insertText).toContain('warmup ${3|Gentle|}');
            expect(warmup?.insertText).toContain('cardio ${2:rower} ${3:10min}');
        });
    });

    test('a client that ships its own snippets can turn the server\'s off', async () => {
        const provider = services.lsp.CompletionProvider as unknown as { applyClientSettings(params: object): void };
        provider.applyClientSettings({ processId: null, rootUri: null, capabilities: {}, initializationOptions: { snippets: false } });
        try {
            await completionAt('plan "P" {\n    start 2027-01-04\n    <|>\n}', list => {
                expect(list.items.filter(item => item.insertTextFormat === InsertTextFormat.Snippet)).toEqual([]);
                expect(labels(list)).toContain('phase');
            });
        } finally {
            provider.applyClientSettings({ processId: null, rootUri: null, capabilities: {} });
        }
    });

    test('the session-level `warmup` keyword gets no warm-up declaration snippet', async () => {
        await completionAt('session A {\n    <|>\n}', list => {
            expect(list.items.filter(item => item.insertTextFormat === InsertTextFormat.Snippet)).toEqual([]);
        });
    });
});
