// The readable formats show a cross session like a run ("Cross · Bike 45min"), a hard one
// marked like a quality run.

import { describe, expect, test } from 'vitest';
import { findEmitter } from '@lift/language';
import { parse, freshServices } from '../helpers/services.js';

const PLAN = `plan "P" { start 2027-01-04  phase B 1 week focus base {
    mon: cross bike 45min
    wed: cross swim 30min hard at 07:00
} }`;

async function build(format: string): Promise<string> {
    const services = freshServices();
    const document = await parse(PLAN, { services });
    const plan = services.plan.PlanResolver.resolve(document)!;
    return findEmitter(format)!.emit({ plan, diagnostics: [], sourceDateEpoch: 0 });
}

describe('cross sessions in the readable formats', () => {
    test.each(['md', 'html', 'ics'])('%s shows them', async format => {
        const text = await build(format);
        expect(text).toContain('Cross · Bike 45min');
        expect(text).toContain('Cross · Swim 30min');
    });
});
