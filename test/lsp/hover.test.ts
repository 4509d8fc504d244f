// Hover shows what a coach wants to know, read from the built-in library, the declarations
// and the resolved plan (langium/test's expectHover over the server's services).

import { expectHover } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { ALL_RULES, findRule, type LiftServices } from '@lift/language';
import { diagnosticMarkdown } from '../../packages/language/src/lsp/hover-rule-markdown.js';
import { lspServices, openFiles, positionParams } from './lsp-services.js';

let services: LiftServices;
let hover: ReturnType<typeof expectHover>;

beforeAll(async () => {
    services = await lspServices();
    hover = expectHover(services);
});

async function hoverAt(text: string, expected: RegExp, validation = false): Promise<void> {
    await hover({ text, index: 0, hover: expected, disposeAfterCheck: true, parseOptions: { validation } });
}

/** The hover text at `<|>` in a validated file, for assertions that look at several parts. */
async function hoverText(text: string): Promise<string> {
    const { 'x.lift': document } = await openFiles(services, { 'x.lift': text.replace('<|>', '') });
    const result = await services.lsp.HoverProvider!.getHoverContent(document, positionParams(document, text.indexOf('<|>')));
    return result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
}

const PLAN = `plan "Spring" {
    athlete "Sam" { max squat 100kg }
    start 2027-01-04
    race "City 10k" on 2027-03-21 priority A
    phase Base 3 weeks focus base {
        tue: run easy 30min, lift Legs
        fri: run tempo 40min
        week 3 {
            tue: run easy 20min
        }
    }
    phase Taper 2 weeks focus taper {
        wed: lift Legs
    }
}
warmup Standard { cardio rower 10min mobility 6min "leg swings" }
session Legs {
    warmup Standard
    squat 3x5 @ 80% rest 2min rir 2 progress +2.5kg/week
    push-up 3x6 @ bw
}
`;

function at(text: string, marker: string, shift = 0): string {
    const index = text.indexOf(marker) + shift;
    return `${text.slice(0, index)}<|>${text.slice(index)}`;
}

describe('exercises', () => {
    test('a built-in exercise shows its name, pattern, muscles, level and cues', async () => {
        const text = 'session A {\n    <|>squat 3x5\n}';
        await hoverAt(text, /\*\*Back squat\*\* \(`squat`\) · built-in exercise/);
        await hoverAt(text, /pattern \*\*squat\*\* · level \*\*intermediate\*\*/);
        await hoverAt(text, /muscles: quadriceps, glutes, hamstrings/);
        await hoverAt(text, /- Take a breath in and brace the midsection/);
    });

    test('a declared exercise, at its declaration and where it is used', async () => {
        const decl = 'exercise nordic-curl "Nordic hamstring curl" {\n    pattern hinge\n    muscles hamstrings\n    level advanced\n    cue "Lower slowly"\n}\n';
        await hoverAt(`${decl}session A {\n    nordic<|>-curl 3x5\n}`, /\*\*Nordic hamstring curl\*\* \(`nordic-curl`\) · exercise[\s\S]*level \*\*advanced\*\*[\s\S]*- Lower slowly/);
        await hoverAt(`exercise nor<|>dic-curl "Nordic hamstring curl" { pattern hinge }`, /Nordic hamstring curl/);
    });

    test('an exercise in an athlete\'s max', async () => {
        await hoverAt('plan "P" {\n    athlete "S" { max dead<|>lift 140kg }\n}', /\*\*Deadlift\*\*/);
    });
});

describe('sessions and warm-ups', () => {
    test('`lift X` in a template shows the session with the loads of its weeks, resolved', async () => {
        const text = at(PLAN, 'lift Legs', 5);
        const value = await hoverText(text);
        // The answer first: each exercise's load from the first to the last week.
        expect(value.split('\n\n')[0]).toBe('**Session Legs** · heavy · Back squat 80kg → 82.5kg, Push-up bw');
        // Base weeks 1–2 (week 3 overrides Tuesday); 80 % of 100 kg, +2.5 kg a week.
        expect(value).toContain('2 dates, weeks 1–2: Tue 2027-01-05, Tue 2027-01-12 · warm-up Standard');
        // Each week's load with the share of the max it is.
        expect(value).toContain('| Back squat | 3×5 | 80kg (80%) | 82.5kg (83%) | rest 2min · rir 2 |');
        expect(value).toContain('| Push-up | 3×6 | bw | bw |');
    });

    test('`lift X` shows each week\'s load in the athlete\'s unit', async () => {
        const inPounds = PLAN.replace('athlete "Sam" { max squat 100kg }', 'athlete "Sam" { units lb  max squat 100kg }');
        const value = await hoverText(at(inPounds, 'lift Legs', 5));
        // 80 kg is 176.4 lb, rounded to the default 1 lb step; +2.5 kg a week is 5.5 lb more.
        expect(value).toContain('| Back squat | 3×5 | 176lb (80%) | 182lb (83%) | rest 2min · rir 2 |');
    });

    test('`lift X` in another phase shows that phase\'s weeks', async () => {
        const value = await hoverText(at(PLAN, 'wed: lift Legs', 10));
        expect(value).toContain('2 dates, weeks 4–5: Wed 2027-01-27, Wed 2027-02-03');
        expect(value).toContain('| Back squat | 3×5 | 80kg (80%) | 82.5kg (83%) |');
    });

    test('a session declaration lists its lines as written', async () => {
        await hoverAt(at(PLAN, 'session Legs', 9), /\*\*Session Legs\*\* · heavy · warm-up Standard\n\n- `squat 3x5 @ 80% rest 2min rir 2 progress \+2.5kg\/week`/);
    });

    test('a warm-up, declared or named in a session', async () => {
        await hoverAt(at(PLAN, 'warmup Standard {', 8), /\*\*Warm-up Standard\*\*\n\n- cardio rower 10min\n- mobility 6min: leg swings/);
        await hoverAt(at(PLAN, '    warmup Standard\n', 12), /\*\*Warm-up Standard\*\*/);
    });
});

describe('dates', () => {
    test('a phase shows its dates', async () => {
        await hoverAt(at(PLAN, 'Base 3 weeks'), /^\*\*Phase Base\*\*: Mon 2027-01-04 – Sun 2027-01-24 \(plan weeks 1–3\)\n\nfocus base · 3 weeks/);
        await hoverAt(at(PLAN, 'Taper 2'), /Mon 2027-01-25 – Sun 2027-02-07 \(plan weeks 4–5\)/);
    });

    test('a day line shows the dates it falls on', async () => {
        await hoverAt(at(PLAN, 'fri: run'), /^\*\*Fri\*\*: 3 dates, weeks 1–3: Fri 2027-01-08, Fri 2027-01-15, Fri 2027-01-22/);
        await hoverAt(at(PLAN, 'tue: run easy 20min'), /1 date, week 3: Tue 2027-01-19/);
    });

    test('a week override shows its week', async () => {
        await hoverAt(at(PLAN, 'week 3 {'), /^\*\*Week 3 of Base\*\*: Mon 2027-01-18 – Sun 2027-01-24 \(plan week 3\)$/);
    });

    test('a deload week says that the progression pauses', async () => {
        const deload = PLAN.replace('week 3 {', 'week 3 deload {');
        await hoverAt(at(deload, 'week 3 deload {'),
            /^\*\*Week 3 of Base\*\*: .*\(plan week 3\)\n\nDeload week · the phase's load progression pauses: loads repeat the last week before it that progressed/);
    });
});

describe('rules', () => {
    test('a rule id in `rules { }` shows the rule\'s summary, reason and page', async () => {
        await hoverAt('plan "P" {\n    rules {\n        recovery<|>-48h off\n    }\n}', /\*\*`recovery-48h`\*\* · coaching rule · default error · A heavy lift less than 48 h[\s\S]*_Why:_ [\s\S]*`lift rules recovery-48h` · \[docs\/rules\/recovery-48h\.md\]\(.*recovery-48h\.md\)/);
    });

    test('a rule id in a `// lift-ignore` comment', async () => {
        await hoverAt('// lift-ignore-file al<|>ternate-groups\n', /\*\*`alternate-groups`\*\*/);
    });

    test('a diagnostic\'s range shows its message, the rule\'s reason and a link, not the whole page', async () => {
        const value = await hoverText('session A {\n    warmup W\n    squat 3x<|>10\n}\nwarmup W { cardio 10min mobility 6min }\n');
        const [head, why, more] = value.split('\n\n');
        expect(head).toMatch(/^\*\*warning\*\* · `rep-range` · .*10 reps/);
        expect(why).toBe(`_Why:_ ${findRule('rep-range')!.reason}`);
        expect(more).toMatch(/^More: `lift rules rep-range` · \[docs\/rules\/rep-range\.md\]\(.*rep-range\.md\)$/);
        expect(value).not.toContain('Checks every exercise line');
    });

    test('a client that shows the message itself (VS Code) gets the reason and link without it', async () => {
        const provider = services.lsp.HoverProvider as unknown as { applyClientSettings(params: object): void };
        provider.applyClientSettings({ processId: null, rootUri: null, capabilities: {}, initializationOptions: { diagnosticMessagesInHover: false } });
        try {
            const value = await hoverText('session A {\n    warmup W\n    squat 3x<|>10\n}\nwarmup W { cardio 10min mobility 6min }\n');
            expect(value.split('\n\n')[0]).toBe('**warning** · `rep-range`');
            expect(value).toContain(findRule('rep-range')!.reason);
        } finally {
            provider.applyClientSettings({ processId: null, rootUri: null, capabilities: {} });
        }
    });

    test('on a `lift` with a diagnostic, the diagnostic leads and the session shrinks to its loads', async () => {
        const text = PLAN.replace('2027-03-21', '2027-02-07').replace('phase Taper 2 weeks focus taper {\n        wed: lift Legs', 'phase Taper 2 weeks focus taper {\n        wed: lift Le<|>gs');
        const value = await hoverText(text);
        expect(value).toMatch(/^\*\*error\*\* · `taper` · Heavy lift Legs/);
        expect(value).toContain('**Session Legs** · heavy · Back squat 80kg → 82.5kg, Push-up bw');
        expect(value).not.toContain('| exercise |');
    });
});

describe('a diagnostic hover reads on one screen', () => {
    // One screen of a hover: about 22 lines of 80 characters. Each coaching rule's own "bad"
    // example gives real diagnostics (often several on one lift); the hover at the start
    // of the rule's diagnostic must fit.
    const SCREEN_LINES = 22;
    // As the editor renders it: a link shows its label only, blank lines are paragraph gaps.
    const renderedLines = (markdown: string) => markdown.replace(/\]\([^)]*\)/g, ']').split('\n')
        .filter(line => line.trim() !== '')
        .reduce((sum, line) => sum + Math.ceil(line.length / 80), 0);

    test.each(ALL_RULES.map(rule => [rule.id, rule] as const))('%s: a short reason, and its hover without the whole page', (id, rule) => {
        expect(rule.reason.length).toBeGreaterThan(20);
        expect(rule.reason.length).toBeLessThan(200);
        const message = `A message as long as the longest ones Lift writes, with its dates. `.repeat(6);
        const value = diagnosticMarkdown({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message, severity: 2, code: id }, rule);
        expect(value).toContain(rule.reason);
        expect(value).toContain(`lift rules ${id}`);
        expect(value).not.toContain(rule.explanation.trim());
        expect(renderedLines(value)).toBeLessThanOrEqual(SCREEN_LINES / 2);
    });

    test.each(ALL_RULES.filter(rule => rule.category === 'coaching').map(rule => [rule.id, rule] as const))('%s: on its example plan', async (id, rule) => {
        const { 'x.lift': document } = await openFiles(services, { 'x.lift': rule.example!.bad });
        const diagnostic = (document.diagnostics ?? []).find(candidate => candidate.code === id);
        expect(diagnostic, `the example of ${id} reports it`).toBeDefined();
        const result = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.textDocument.uri }, position: diagnostic!.range.start });
        const value = result && typeof result.contents === 'object' && 'value' in result.contents ? result.contents.value : '';
        expect(value).toContain(`\`${id}\``);
        expect(value).not.toContain(rule.explanation.trim());
        expect(renderedLines(value), value).toBeLessThanOrEqual(SCREEN_LINES);
    });
});

describe('plan text in hovers', () => {
    test('names, cues and notes are shown as written, not read as Markdown', async () => {
        const exercise = 'exercise wide-row "Row *wide* <grip>" {\n    pattern pull\n    muscles lats\n    level beginner\n    cue "keep `elbows` | low"\n}\n';
        const text = `${exercise}plan "Spring_*Base*" {\n    start 2027-01-04\n    race "A <b>race</b>" on 2027-01-10 priority A\n    phase Base 1 weeks focus base {\n        sat: run easy 30min\n    }\n}\n`;
        const onExercise = await hoverText(text.replace('exercise wide-row', 'exercise <|>wide-row'));
        expect(onExercise).toContain('**Row \\*wide\\* \\<grip\\>**');
        expect(onExercise).toContain('- keep \\`elbows\\` \\| low');
        const onPlan = await hoverText(text.replace('plan "Spring', 'pl<|>an "Spring'));
        expect(onPlan).toContain('**Spring\\_\\*Base\\***');
        const onRace = await hoverText(text.replace('race "A', 'ra<|>ce "A'));
        expect(onRace).toContain('**Race A \\<b\\>race\\</b\\>**');
    });
});
