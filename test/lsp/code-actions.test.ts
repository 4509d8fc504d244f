// Quick fixes keyed on the rule id, tested against the real rules: each fix is applied and
// the file validated again, and the diagnostic it fixes must be gone.

import { beforeAll, describe, expect, test } from 'vitest';
import { CodeActionKind } from 'vscode-languageserver';
import type { LiftServices } from '@lift/language';
import { lspServices } from './lsp-services.js';
import { actionTitled, applyAction, offeredFixes, remainingAfter } from './quick-fix-helpers.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

/** Offers the fixes for `rule` in `main`, applies the one titled `title`, and returns the fixed text. */
async function fix(rule: string, files: Record<string, string>, title: string | RegExp): Promise<{ texts: Record<string, string>; remaining: number }> {
    const offer = await offeredFixes({ services, files, rule });
    const action = actionTitled(offer, title);
    expect(action.kind).toBe(CodeActionKind.QuickFix);
    expect(action.diagnostics).toEqual([offer.diagnostic]);
    const texts = applyAction(offer, action);
    return { texts, remaining: (await remainingAfter(services, texts, rule)).length };
}

const WARMUP = 'warmup Standard { cardio 10min mobility 6min }\n';

const session = (lines: string) => `${WARMUP}session Legs {\n    warmup Standard\n${lines}}\n`;

function plan(days: string, extra = '') {
    return `plan "P" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n${extra}    phase Base 4 weeks focus base {\n${days}    }\n}\n${WARMUP}session Legs {\n    warmup Standard\n    squat 3x5 @ 60kg rest 2min rir 2\n}\nsession Easy light {\n    warmup Standard\n    squat 2x5 @ 40kg rest 2min rir 4\n}\n`;
}

describe('clamping numbers into the guide\'s ranges', () => {
    test('rep-range: 3x10 becomes 3x6, and the warning is gone', async () => {
        const result = await fix('rep-range', { 'a.lift': session('    squat 3x10 @ 60kg rest 2min rir 2\n') }, 'Change to 3x6 (3–6 reps)');
        expect(result.texts['a.lift']).toContain('squat 3x6 @ 60kg');
        expect(result.remaining).toBe(0);
    });

    test('rep-range: a single keeps its sets and gets 3 reps', async () => {
        const result = await fix('rep-range', { 'a.lift': session('    squat 4×1 @ 60kg rest 2min rir 2\n') }, /Change to 4×3/);
        expect(result.remaining).toBe(0);
    });

    test('rep-range: a range is brought into 3–6 at both ends', async () => {
        const wide = await fix('rep-range', { 'a.lift': session('    squat 3x4-8 @ 60kg rest 2min rir 2\n') }, 'Change to 3x4-6 (3–6 reps)');
        expect(wide.texts['a.lift']).toContain('squat 3x4-6 @ 60kg');
        expect(wide.remaining).toBe(0);
        const low = await fix('rep-range', { 'a.lift': session('    squat 3x1-3 @ 60kg rest 2min rir 2\n') }, 'Change to 3x3 (3–6 reps)');
        expect(low.texts['a.lift']).toContain('squat 3x3 @ 60kg');
        expect(low.remaining).toBe(0);
    });

    test('set-range: 6x5 becomes 4x5', async () => {
        const result = await fix('set-range', { 'a.lift': session('    squat 6x5 @ 60kg rest 2min rir 2\n') }, 'Change to 4x5 (2–4 sets)');
        expect(result.texts['a.lift']).toContain('squat 4x5');
        expect(result.remaining).toBe(0);
    });

    test('rest-range: 30s becomes 1min, 5min becomes 2min', async () => {
        expect((await fix('rest-range', { 'a.lift': session('    squat 3x5 @ 60kg rest 30s rir 2\n') }, 'Rest 1min (1–2 minutes)')).remaining).toBe(0);
        expect((await fix('rest-range', { 'a.lift': session('    squat 3x5 @ 60kg rest 5min rir 2\n') }, 'Rest 2min (1–2 minutes)')).remaining).toBe(0);
    });

    test('effort: rir 0 becomes rir 2, rpe 10 becomes rpe 8', async () => {
        expect((await fix('effort', { 'a.lift': session('    squat 3x5 @ 60kg rest 2min rir 0\n') }, 'Change to rir 2')).remaining).toBe(0);
        expect((await fix('effort', { 'a.lift': session('    squat 3x5 @ 60kg rest 2min rpe 10\n') }, 'Change to rpe 8')).remaining).toBe(0);
    });

    test('effort: a range that reaches failure becomes one safe value', async () => {
        const result = await fix('effort', { 'a.lift': session('    squat 3x5 @ 60kg rest 2min rpe 8-10\n') }, 'Change to rpe 8');
        expect(result.texts['a.lift']).toContain('squat 3x5 @ 60kg rest 2min rpe 8\n');
        expect(result.remaining).toBe(0);
    });

    test('warmup-duration: 3min of cardio becomes 8min', async () => {
        const result = await fix('warmup-duration', { 'a.lift': 'warmup Quick {\n    cardio bike 3min\n    mobility 6min\n}\n' }, /^Change to 8min/);
        expect(result.texts['a.lift']).toContain('cardio bike 8min');
        expect(result.remaining).toBe(0);
    });

    test('progression-step: a step above 10 % takes the suggested one', async () => {
        const result = await fix('progression-step', { 'a.lift': session('    squat 3x5 @ 40kg rest 2min rir 2 progress +5kg/week\n') }, /^Progress by \+4kg\/week/);
        expect(result.remaining).toBe(0);
    });
});

describe('warm-ups', () => {
    test('with no warm-up in sight, a standard one is created and used', async () => {
        const text = 'session Legs {\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n';
        const result = await fix('warmup', { 'a.lift': text }, 'Create warm-up Standard (cardio 10min, mobility 6min) and use it');
        expect(result.texts['a.lift']).toBe('warmup Standard {\n    cardio 10min\n    mobility 6min\n}\n\nsession Legs {\n    warmup Standard\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n');
        expect(result.remaining).toBe(0);
        expect(await remainingAfter(services, result.texts, 'warmup-duration')).toEqual([]);
    });

    test('a warm-up the file imports is offered by name', async () => {
        const result = await fix('warmup', {
            'plan.lift': 'import "lib/warmups.lift"\nsession Legs { squat 3x5 @ 60kg rest 2min rir 2 }\n',
            'lib/warmups.lift': 'warmup Gentle { cardio bike 10min mobility 6min }\n'
        }, 'Warm up with Gentle');
        expect(result.texts['plan.lift']).toContain('session Legs { warmup Gentle squat 3x5');
        expect(result.remaining).toBe(0);
    });

    test('a warm-up without mobility gets a mobility part, in the file that declares it', async () => {
        const result = await fix('warmup', {
            'plan.lift': 'import "lib/warmups.lift"\nsession Legs {\n    warmup Short\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n',
            'lib/warmups.lift': 'warmup Short {\n    cardio bike 10min\n}\n'
        }, 'Add mobility 6min to warm-up Short');
        expect(result.texts['lib/warmups.lift']).toBe('warmup Short {\n    cardio bike 10min\n    mobility 6min\n}\n');
        expect(result.remaining).toBe(0);
    });
});

describe('heavy lifting in the wrong place', () => {
    const taperPlan = plan('        tue: run easy 40min, lift Legs\n', '    race "City 10k" on 2027-01-31 priority A\n');

    test('taper: lift the light session instead', async () => {
        const result = await fix('taper', { 'a.lift': taperPlan }, 'Lift the light session Easy instead');
        expect(result.texts['a.lift']).toContain('tue: run easy 40min, lift Easy');
        expect(result.remaining).toBe(0);
    });

    test('taper: or make the session light', async () => {
        const result = await fix('taper', { 'a.lift': taperPlan }, 'Make session Legs light');
        expect(result.texts['a.lift']).toContain('session Legs light {');
        expect(result.remaining).toBe(0);
    });

    test('recovery-48h: make the session light', async () => {
        const result = await fix('recovery-48h', { 'a.lift': plan('        tue: lift Legs\n        wed: run tempo 30min\n') }, 'Make session Legs light');
        expect(result.remaining).toBe(0);
    });

    test('lift-after-run: move the lift after the run on the same day', async () => {
        const result = await fix('lift-after-run', { 'a.lift': plan('        tue: lift Legs, run intervals 6x800m, run easy 10min\n') }, 'Move lift Legs after the run');
        expect(result.texts['a.lift']).toContain('tue: run intervals 6x800m, lift Legs, run easy 10min');
        expect(result.remaining).toBe(0);
    });

    test('lift-after-run: a lift before a hard cross session moves after it', async () => {
        const result = await fix('lift-after-run', { 'a.lift': plan('        tue: lift Legs, cross bike 45min hard, run easy 10min\n') }, 'Move lift Legs after the hard session');
        expect(result.texts['a.lift']).toContain('tue: cross bike 45min hard, lift Legs, run easy 10min');
        expect(result.remaining).toBe(0);
    });

    test('lift-after-run: a lift before a hard long run moves after it', async () => {
        const result = await fix('lift-after-run', { 'a.lift': plan('        sat: lift Legs, run long 2h hard\n') }, 'Move lift Legs after the run');
        expect(result.texts['a.lift']).toContain('sat: run long 2h hard, lift Legs');
        expect(result.remaining).toBe(0);
    });

    test('lift-after-run: a session declared in a library is made light in the library', async () => {
        const offer = await offeredFixes({
            services,
            rule: 'lift-after-run',
            files: {
                'plan.lift': 'import "lib.lift"\nplan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift Legs, run tempo 30min\n    }\n}\n',
                'lib.lift': `${WARMUP}session Legs {\n    warmup Standard\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n`
            }
        });
        const action = actionTitled(offer, /^Make session Legs light \(in the file that declares it/);
        const texts = applyAction(offer, action);
        expect(texts['lib.lift']).toContain('session Legs light {');
        expect(await remainingAfter(services, texts, 'lift-after-run')).toEqual([]);
    });

    test('light-session: a light session with heavy work is marked heavy', async () => {
        const result = await fix('light-session', { 'a.lift': `${WARMUP}session Easy light {\n    warmup Standard\n    squat 3x3 @ 85% rest 2min rir 1\n}\n` }, 'Make session Easy heavy');
        expect(result.texts['a.lift']).toContain('session Easy heavy {');
        expect(result.remaining).toBe(0);
    });
});

describe('light sessions heavy against the athlete\'s max', () => {
    const maxPlan = (line: string) => `plan "P" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n    phase Base 3 weeks focus base {\n        thu: lift Easy\n    }\n}\n${WARMUP}session Easy light {\n    warmup Standard\n    ${line}\n}\n`;

    test('light-session at the lift: the load is lowered below 80 % of the max', async () => {
        const result = await fix('light-session', { 'a.lift': maxPlan('squat 2x5 @ 85kg rest 2min rir 4') }, 'Lower squat to 79.5kg, below 80 % of the max');
        expect(result.texts['a.lift']).toContain('squat 2x5 @ 79.5kg rest 2min rir 4');
        expect(result.remaining).toBe(0);
    });

    test('light-session at the lift: a progression is taken into account', async () => {
        const result = await fix('light-session', { 'a.lift': maxPlan('squat 2x5 @ 76% rest 2min rir 4 progress +2%/week') }, 'Lower squat to 75%, below 80 % of the max');
        expect(result.remaining).toBe(0);
    });

    test('light-session at the lift: or the session is marked heavy', async () => {
        const result = await fix('light-session', { 'a.lift': maxPlan('squat 2x5 @ 85kg rest 2min rir 4') }, 'Make session Easy heavy');
        expect(result.texts['a.lift']).toContain('session Easy heavy {');
        expect(result.remaining).toBe(0);
    });

    test('light-session at the lift: a library session is lowered in the library', async () => {
        const offer = await offeredFixes({
            services,
            rule: 'light-session',
            files: {
                'plan.lift': 'import "lib.lift"\nplan "P" {\n    athlete "Sam" { max squat 100kg }\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        thu: lift Easy\n    }\n}\n',
                'lib.lift': `${WARMUP}session Easy light {\n    warmup Standard\n    squat 2x5 @ 200lb rest 2min rir 4\n}\n`
            }
        });
        const action = actionTitled(offer, /^Lower squat to 176lb, below 80 % of the max \(in the file that declares it/);
        const texts = applyAction(offer, action);
        expect(texts['lib.lift']).toContain('squat 2x5 @ 176lb');
        expect(await remainingAfter(services, texts, 'light-session')).toEqual([]);
    });
});

describe('suppressions', () => {
    test('// lift-ignore on the line before silences the rule there', async () => {
        const result = await fix('rep-range', { 'a.lift': session('    squat 3x10 @ 60kg rest 2min rir 2\n') }, 'Ignore rep-range here (// lift-ignore)');
        expect(result.texts['a.lift']).toContain('    // lift-ignore rep-range reason\n    squat 3x10');
        expect(result.remaining).toBe(0);
    });

    test('an ignore comment already above takes the new id, so both keep working', async () => {
        const text = session('    // lift-ignore set-range warm-up sets\n    squat 6x10 @ 60kg rest 2min rir 2\n');
        const result = await fix('rep-range', { 'a.lift': text }, 'Ignore rep-range here (// lift-ignore)');
        expect(result.texts['a.lift']).toContain('// lift-ignore set-range, rep-range warm-up sets\n');
        expect(result.remaining).toBe(0);
        expect(await remainingAfter(services, result.texts, 'set-range')).toEqual([]);
    });

    test('// lift-ignore-file silences it in the whole file', async () => {
        const result = await fix('rest-range', { 'a.lift': session('    squat 3x5 @ 60kg rest 30s rir 2\n') }, 'Ignore rest-range in this file (// lift-ignore-file)');
        expect(result.texts['a.lift'].startsWith('// lift-ignore-file rest-range\n')).toBe(true);
        expect(result.remaining).toBe(0);
    });

    test('checks that cannot be configured are not offered a suppression', async () => {
        const offer = await offeredFixes({ services, rule: 'unresolved-reference', files: { 'a.lift': session('    sqaut 3x5\n') } });
        expect(offer.actions.map(action => action.title).filter(title => title.startsWith('Ignore'))).toEqual([]);
    });
});

describe('names', () => {
    test('unresolved-reference: the closest visible name', async () => {
        const result = await fix('unresolved-reference', { 'a.lift': session('    sqaut 3x5 @ 60kg rest 2min rir 2\n') }, 'Change to \'squat\'');
        expect(result.remaining).toBe(0);
    });

    test('unresolved-reference: a misspelt session', async () => {
        const result = await fix('unresolved-reference', { 'a.lift': plan('        tue: lift Lgs\n') }, 'Change to \'Legs\'');
        expect(result.remaining).toBe(0);
    });

    test('unresolved-reference: import the workspace file that declares the name', async () => {
        const result = await fix('unresolved-reference', {
            'plans/plan.lift': 'plan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base {\n        tue: lift PowerA\n    }\n}\n',
            'lib/power.lift': `${WARMUP}session PowerA {\n    warmup Standard\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n`
        }, 'Import "../lib/power.lift" (declares PowerA)');
        expect(result.texts['plans/plan.lift'].startsWith('import "../lib/power.lift"\nplan')).toBe(true);
        expect(result.remaining).toBe(0);
    });

    test('unknown-rule: the closest rule id, in rules { } and in a suppression', async () => {
        const rules = 'plan "P" {\n    start 2027-01-04\n    rules {\n        recovery-24h off\n    }\n    phase Base 1 week focus base {\n        mon: rest\n    }\n}\n';
        expect((await fix('unknown-rule', { 'a.lift': rules }, 'Change to \'recovery-48h\'')).remaining).toBe(0);
        expect((await fix('unknown-rule', { 'a.lift': '// lift-ignore-file alternate-grups\n' }, 'Change to \'alternate-groups\'')).remaining).toBe(0);
    });

    test('syntax: a misspelt run kind takes the closest one', async () => {
        const result = await fix('syntax', { 'a.lift': 'plan "P" {\n    start 2027-01-04\n    phase Base 1 week focus base {\n        tue: run tmepo 30min\n    }\n}\n' }, 'Change to \'tempo\'');
        expect(result.remaining).toBe(0);
    });
});

describe('day lines', () => {
    test('rest-day-conflict: the rest is removed from a training day', async () => {
        const result = await fix('rest-day-conflict', { 'a.lift': plan('        fri: rest, run easy 30min\n') }, 'Remove `rest` from this training day');
        expect(result.texts['a.lift']).toContain('fri: run easy 30min\n');
        expect(result.remaining).toBe(0);
    });
});
