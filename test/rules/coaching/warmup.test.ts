// warmup and warmup-duration: no session starts cold; about 10 min of cardio, 5–7 of mobility.

import { describe, expect, test } from 'vitest';
import { parseFiles, ruleDiagnostics } from '../../helpers/services.js';
import { INFO, WARNING, positionOf, startOf } from './coaching-fixtures.js';

describe('warmup', () => {
    const RULE = 'warmup';

    test('a session with no warm-up is a warning at its name', async () => {
        const text = 'session Legs heavy {\n    squat 3x5 @ 80kg\n}';
        const [d] = await ruleDiagnostics(text, RULE);
        expect(d.severity).toBe(WARNING);
        expect(startOf(d)).toEqual(positionOf(text, 'Legs'));
        expect(d.message).toBe('Session Legs has no warm-up. Lifting cold invites injury: add a `warmup` line naming a warm-up of about 10 min of light cardio and 5–7 min of mobility.');
    });

    test('light sessions need one too', async () => {
        expect(await ruleDiagnostics('session Easy light {\n    squat 2x5 @ 40kg\n}', RULE)).toHaveLength(1);
    });

    test('a full warm-up is fine', async () => {
        expect(await ruleDiagnostics('warmup W { cardio bike 10min mobility 6min }\nsession Legs { warmup W squat 3x5 }', RULE)).toEqual([]);
    });

    test('a warm-up without mobility, or without cardio, or with neither, is reported at the session', async () => {
        const text = `warmup NoMobility { cardio bike 10min }
warmup NoCardio { mobility 6min }
warmup Empty { }
session A { warmup NoMobility squat 3x5 }
session B { warmup NoCardio squat 3x5 }
session C { warmup Empty squat 3x5 }`;
        const diagnostics = await ruleDiagnostics(text, RULE);
        expect(diagnostics.map(startOf)).toEqual([positionOf(text, 'A {'), positionOf(text, 'B {'), positionOf(text, 'C {')]);
        expect(diagnostics.map(d => d.message)).toEqual([
            'Session A warms up with NoMobility, which has no mobility part. A full warm-up raises the body\'s temperature and then rehearses the ranges of the lifts: add 5–7 min of moving mobility (`mobility 6min`) after the cardio to NoMobility.',
            'Session B warms up with NoCardio, which has no cardio part. A full warm-up raises the body\'s temperature and then rehearses the ranges of the lifts: add about 10 min of light cardio (`cardio bike 10min`) before the mobility to NoCardio.',
            'Session C warms up with Empty, which has neither a cardio nor a mobility part. A full warm-up raises the body\'s temperature and then rehearses the ranges of the lifts: add about 10 min of light cardio, then 5–7 min of mobility to Empty.'
        ]);
    });

    test('an unknown warm-up is left to unresolved-reference', async () => {
        expect(await ruleDiagnostics('session Legs { warmup Nowhere squat 3x5 }', RULE)).toEqual([]);
    });

    test('a warm-up imported from another file is judged where the session is', async () => {
        const documents = await parseFiles({
            'plan.lift': 'import "warmups.lift"\nsession Legs { warmup Short squat 3x5 }',
            'warmups.lift': 'warmup Short { cardio rower 10min }'
        });
        const diagnostics = documents.get('plan.lift')!.diagnostics!.filter(d => d.code === RULE);
        expect(diagnostics.map(startOf)).toEqual([[1, 8]]);
        expect(documents.get('warmups.lift')!.diagnostics!.filter(d => d.code === RULE)).toEqual([]);
    });
});

describe('warmup-duration', () => {
    const RULE = 'warmup-duration';
    const warmup = (cardio: string, mobility: string) => `warmup W {\n    cardio bike ${cardio}\n    mobility ${mobility} "hips"\n}`;

    test.each([['8min', '5min'], ['10min', '6min'], ['12min', '7min'], ['480s', '420s']])('cardio %s and mobility %s are fine', async (cardio, mobility) => {
        expect(await ruleDiagnostics(warmup(cardio, mobility), RULE)).toEqual([]);
    });

    test('7 min of cardio is an info at the cardio part', async () => {
        const text = warmup('7min', '6min');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(INFO);
        expect(startOf(d)).toEqual(positionOf(text, 'cardio'));
        expect(d.message).toBe('The cardio of warm-up W lasts 7min, too short. Aim for about 10 min of light cardio (8–12 min): enough to warm up and get slightly out of breath, not enough to tire.');
    });

    test('13 min of cardio is an info', async () => {
        const [d] = await ruleDiagnostics(warmup('13min', '6min'), RULE);
        expect(d.message).toMatch(/^The cardio of warm-up W lasts 13min, too long\./);
    });

    test('4 and 8 min of mobility are infos at the mobility part', async () => {
        for (const [minutes, side] of [['4min', 'short'], ['8min', 'long']]) {
            const text = warmup('10min', minutes);
            const [d] = await ruleDiagnostics(text, RULE);
            expect(startOf(d)).toEqual(positionOf(text, 'mobility'));
            expect(d.message).toBe(`The mobility of warm-up W lasts ${minutes}, too ${side}. Give mobility 5–7 min of moving drills that rehearse the ranges of the lifts, with extra care for hips, calves and hamstrings.`);
        }
    });

    test('7.5 min of mobility is over 7', async () => {
        expect(await ruleDiagnostics(warmup('10min', '450s'), RULE)).toHaveLength(1);
    });
});
