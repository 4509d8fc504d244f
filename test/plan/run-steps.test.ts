// Run steps (docs/language.md, "Structured runs"): a run without structure is one work step of
// its amount; a repeat is its repetitions, each followed by its recovery when one is given.

import { describe, expect, test } from 'vitest';
import { runSteps } from '@lift/language';

describe('runSteps', () => {
    test('a duration or a distance is one work step', () => {
        expect(runSteps('45min')).toEqual([{ kind: 'work', seconds: 2700 }]);
        expect(runSteps('10km')).toEqual([{ kind: 'work', metres: 10000 }]);
        expect(runSteps('1h30min')).toEqual([{ kind: 'work', seconds: 5400 }]);
    });

    test('no amount is one work step with neither seconds nor metres', () => {
        expect(runSteps(undefined)).toEqual([{ kind: 'work' }]);
    });

    test('a repeat without recovery is its repetitions back to back', () => {
        expect(runSteps('3x800m')).toEqual([
            { kind: 'work', metres: 800 }, { kind: 'work', metres: 800 }, { kind: 'work', metres: 800 }
        ]);
    });

    test('each repetition is followed by its recovery, the last one included, inside warm-up and cool-down', () => {
        const target = { pace: { from: 230, to: 230, per: 'km' as const } };
        expect(runSteps('2x1min', { target, recovery: { metres: 400 }, warmup: { seconds: 900 }, cooldown: { seconds: 600 } })).toEqual([
            { kind: 'warmup', seconds: 900 },
            { kind: 'work', seconds: 60, target }, { kind: 'recovery', metres: 400 },
            { kind: 'work', seconds: 60, target }, { kind: 'recovery', metres: 400 },
            { kind: 'cooldown', seconds: 600 }
        ]);
    });

    test('miles become whole metres', () => {
        expect(runSteps('10mi')).toEqual([{ kind: 'work', metres: 16093 }]);
    });
});
