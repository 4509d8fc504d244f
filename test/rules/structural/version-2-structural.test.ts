// `duplicate-day` and `week-out-of-range` with version 2's day lists, week lists and ranges.

import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { ruleDiagnostics } from '../../helpers/services.js';

const at = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

const plan = (body: string) => `plan "P" {
    start 2027-01-04
    phase Base 4 weeks focus base {
${body}
    }
}`;

describe('duplicate-day with lists', () => {
    test('a day named twice in one list, or in a list and on another line', async () => {
        expect((await ruleDiagnostics(plan('        mon, mon: rest'), 'duplicate-day')).map(at)).toEqual(['4:14']);
        expect((await ruleDiagnostics(plan('        mon, thu: rest\n        thu: run easy 30min'), 'duplicate-day')).map(at)).toEqual(['5:9']);
    });

    test('overrides that name the same week merge: a day given in two of them is a duplicate, once', async () => {
        const text = plan('        mon: rest\n        week 2, 3 { mon: rest }\n        week 3-4 { tue: rest  mon: rest }\n        week 3 { tue: rest }');
        const diagnostics = await ruleDiagnostics(text, 'duplicate-day');
        expect(diagnostics.map(at)).toEqual(['6:31', '7:18']);
        expect(diagnostics.map(d => d.message)).toEqual([expect.stringContaining('week 3 of this phase'), expect.stringContaining('week 3 of this phase')]);
        const listed = await ruleDiagnostics(plan('        week 2, 3 { mon: rest\n mon: rest }'), 'duplicate-day');
        expect(listed.map(at)).toEqual(['5:2']);
    });

    test('different weeks do not clash', async () => {
        expect(await ruleDiagnostics(plan('        week 1, 2 { mon: rest }\n        week 3-4 { mon: rest }'), 'duplicate-day')).toEqual([]);
    });
});

describe('week-out-of-range with lists and ranges', () => {
    test('reported at each number outside the phase', async () => {
        const list = await ruleDiagnostics(plan('        week 2, 5, 9 { mon: rest }'), 'week-out-of-range');
        expect(list.map(at)).toEqual(['4:17', '4:20']);
        expect(list[0].message).toContain('there is no week 5');
        const range = await ruleDiagnostics(plan('        week 3-6 { mon: rest }'), 'week-out-of-range');
        // At the number 6, not at the dash before it.
        expect(range.map(d => `${at(d)}-${d.range.end.character + 1}`)).toEqual(['4:16-17']);
        const both = await ruleDiagnostics(plan('        week 0-6 deload { mon: rest }'), 'week-out-of-range');
        expect(both.map(at)).toEqual(['4:14', '4:16']);
    });
});
