// Quick fixes in order of relevance: the light sessions that suit the athlete's level and
// the phase come first, exactly one fix is preferred, and a diagnostic offers a handful at most.

import { beforeAll, describe, expect, test } from 'vitest';
import type { LiftServices } from '@lift/language';
import { lspServices } from './lsp-services.js';
import { offeredFixes } from './quick-fix-helpers.js';

let services: LiftServices;

beforeAll(async () => {
    services = await lspServices();
});

const LIBRARY = `warmup Standard { cardio 10min mobility 6min }
session Legs {
    warmup Standard
    squat 3x5 @ 80kg rest 2min rir 2
}
session BeginnerMaintenance light {
    warmup Standard
    goblet-squat 2x5 @ 12kg rest 2min rir 4
}
session Maintenance light {
    warmup Standard
    squat 2x5 @ 50kg rest 2min rir 4
}
`;

function taperPlan(level: string, extraSessions = ''): string {
    return `plan "Spring" {
    athlete "Sam" { level ${level} }
    start 2027-01-04
    race "City 10k" on 2027-01-31 priority A
    phase Taper 4 weeks focus taper {
        tue: run easy 40min, lift Legs
    }
}
${LIBRARY}${extraSessions}`;
}

async function titles(text: string) {
    const offer = await offeredFixes({ services, files: { 'a.lift': text }, rule: 'taper' });
    return offer.actions;
}

describe('the light session a taper fix offers', () => {
    test('an intermediate athlete is offered Maintenance first, and only that fix is preferred', async () => {
        const actions = await titles(taperPlan('intermediate'));
        expect(actions[0].title).toBe('Lift the light session Maintenance instead');
        expect(actions[0].isPreferred).toBe(true);
        expect(actions.filter(action => action.isPreferred)).toHaveLength(1);
        const order = actions.map(action => action.title);
        expect(order.indexOf('Lift the light session Maintenance instead')).toBeLessThan(order.indexOf('Lift the light session BeginnerMaintenance instead'));
    });

    test('a beginner is offered the beginner session first', async () => {
        const actions = await titles(taperPlan('beginner'));
        expect(actions[0].title).toBe('Lift the light session BeginnerMaintenance instead');
        expect(actions[0].isPreferred).toBe(true);
    });

    test('among sessions of the athlete\'s level, one the phase already lifts comes first', async () => {
        const text = taperPlan('intermediate').replace('tue: run easy 40min, lift Legs', 'tue: run easy 40min, lift Legs\n        thu: lift Core')
            + 'session Core light {\n    warmup Standard\n    deadlift 2x5 @ 60kg rest 2min rir 4\n}\n'
            + 'session Another light {\n    warmup Standard\n    squat 2x5 @ 50kg rest 2min rir 4\n}\n';
        const actions = await titles(text);
        expect(actions[0].title).toBe('Lift the light session Core instead');
    });

    test('many light sessions: at most five actions, the ignore comments among them', async () => {
        const extra = ['A', 'B', 'C', 'D', 'E', 'F'].map(name => `session Extra${name} light {\n    warmup Standard\n    squat 2x5 @ 50kg rest 2min rir 4\n}\n`).join('');
        const actions = await titles(taperPlan('intermediate', extra));
        expect(actions.length).toBeLessThanOrEqual(5);
        expect(actions[0].title).toBe('Lift the light session Maintenance instead');
        expect(actions.map(action => action.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Ignore taper here/), expect.stringMatching(/^Ignore taper in this file/)]));
    });
});
