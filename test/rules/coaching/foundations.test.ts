// foundations: the plan's lifting has a squat, a hinge, a lunge and an upper-body push.

import { describe, expect, test } from 'vitest';
import { ruleDiagnostics } from '../../helpers/services.js';
import { INFO, LIBRARY, planText, positionOf, startOf } from './coaching-fixtures.js';

const RULE = 'foundations';
const library = `${LIBRARY}
session Posterior heavy {
    warmup W
    squat             3x5 @ 80kg rest 2min rir 2
    row               3x6 each @ 20kg rest 90s rir 2
    romanian-deadlift 3x5 @ 60kg rest 2min rir 2
}

session Upper light {
    warmup W
    push-up 2x5 @ bw rest 75s rir 4
}`;
const plan = (days: string) => planText(`    phase Base 2 weeks focus base {
${days}
    }`, { library });

describe('foundations', () => {
    test('a plan whose sessions miss the lunge and the push is an info at the plan name, naming them', async () => {
        const text = plan('        tue: lift Posterior');
        const [d, ...rest] = await ruleDiagnostics(text, RULE);
        expect(rest).toEqual([]);
        expect(d.severity).toBe(INFO);
        expect(startOf(d)).toEqual(positionOf(text, '"Test plan"'));
        expect(d.message).toBe('The plan\'s lifting has no lunge or upper-body push exercise. '
            + 'Squats, deadlifts, lunges and upper-body pressing are the foundation of strength for runners: add a lunge (lunge or split-squat) and an upper-body push (push-press or push-up) to a session.');
        expect(d.data).toMatchObject({ missing: ['lunge', 'push'] });
    });

    test('patterns count from every scheduled session, light ones included', async () => {
        const [d] = await ruleDiagnostics(plan('        tue: lift Posterior\n        fri: lift Upper'), RULE);
        expect(d.data).toMatchObject({ missing: ['lunge'] });
    });

    test('all four patterns are fine', async () => {
        expect(await ruleDiagnostics(plan('        tue: lift Heavy'), RULE)).toEqual([]);
    });

    test('sessions the plan does not schedule do not count', async () => {
        const [d] = await ruleDiagnostics(plan('        tue: lift Posterior'), RULE);
        expect(d.message).toContain('no lunge');
    });

    test('a plan without lifting is not judged', async () => {
        expect(await ruleDiagnostics(plan('        tue: run easy 30min'), RULE)).toEqual([]);
    });

    test('a library file is not judged', async () => {
        expect(await ruleDiagnostics(library, RULE)).toEqual([]);
    });
});
