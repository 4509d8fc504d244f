// Scoping (docs/language.md, "Top level of a file"): a file sees its own declarations, the
// built-in library, and the files it imports directly — not transitively.

import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { ast, builtinLibrarySource } from '@lift/language';
import { diagnosticsOf, parse, parseFiles } from '../helpers/services.js';

const codes = (document: { diagnostics?: Array<{ code?: string | number }> } | undefined) => (document?.diagnostics ?? []).map(d => d.code);

describe('scoping', () => {
    test('built-in exercises are visible without an import and link to the bundled library', async () => {
        const document = await parse('session S { squat 3x5  clean 3x3  box-jump 3x5 }');
        const lines = (document.parseResult.value as ast.LiftFile).sessions[0].exercises;
        expect(lines.map(line => line.exercise.ref?.displayName)).toEqual(expect.arrayContaining([expect.any(String)]));
        expect(lines.every(line => line.exercise.ref !== undefined)).toBe(true);
        expect(AstUtils.getDocument(lines[0].exercise.ref!).uri.toString()).toBe(builtinLibrarySource().uri.toString());
        expect(codes(document)).not.toContain('unresolved-reference');
    });

    test('the built-in library holds every exercise docs/language.md lists, each described', async () => {
        const document = await parse(builtinLibrarySource().text, { path: 'builtin-copy.lift' });
        const exercises = (document.parseResult.value as ast.LiftFile).exercises;
        const ids = ['squat', 'front-squat', 'goblet-squat', 'bodyweight-squat', 'deadlift', 'romanian-deadlift',
            'single-leg-deadlift', 'hip-thrust', 'glute-bridge', 'lunge', 'reverse-lunge', 'walking-lunge', 'lateral-lunge',
            'split-squat', 'step-up', 'calf-raise', 'push-press', 'overhead-press', 'bench-press', 'push-up', 'pull-up', 'row',
            'plank', 'side-plank', 'clean', 'power-clean', 'hang-clean', 'box-jump'];
        expect(exercises.map(e => e.name).sort()).toEqual([...ids].sort());
        for (const exercise of exercises) {
            expect(exercise.displayName, exercise.name).toBeTruthy();
            expect(exercise.patterns, exercise.name).toHaveLength(1);
            expect(exercise.muscleLists[0]?.muscles.length, exercise.name).toBeGreaterThan(0);
            expect(exercise.levels, exercise.name).toHaveLength(1);
            expect(exercise.cues.length, exercise.name).toBeGreaterThan(0);
        }
        const level = (id: string) => exercises.find(e => e.name === id)?.levels[0].value;
        expect(['clean', 'power-clean', 'hang-clean'].map(level)).toEqual(['advanced', 'advanced', 'advanced']);
    });

    test('a file sees the declarations of the files it imports directly', async () => {
        const documents = await parseFiles({
            'plans/p.lift': 'import "../lib/strength.lift"\nplan "P" { start 2027-01-04 phase B 1 week focus base { mon: lift StrengthA } }',
            'lib/strength.lift': 'import "warmups.lift"\nsession StrengthA { warmup Standard squat 3x5 }',
            'lib/warmups.lift': 'warmup Standard { cardio 10min mobility 6min }'
        });
        expect(codes(documents.get('plans/p.lift'))).not.toContain('unresolved-reference');
        expect(codes(documents.get('lib/strength.lift'))).not.toContain('unresolved-reference');
    });

    test('imports are not transitive', async () => {
        const documents = await parseFiles({
            'p.lift': 'import "a.lift"\nsession Mine { warmup Standard squat 3x5 }',
            'a.lift': 'import "b.lift"',
            'b.lift': 'warmup Standard { cardio 10min mobility 6min }'
        });
        const unresolved = documents.get('p.lift')!.diagnostics!.filter(d => d.code === 'unresolved-reference');
        expect(unresolved.map(d => d.message)).toEqual([
            "Unknown warm-up 'Standard': no warm-up of that name is declared in this file or the files it imports. Check the spelling or add an import."
        ]);
    });

    test('a file does not see files it does not import', async () => {
        const documents = await parseFiles({
            'p.lift': 'session Mine { squat 3x5 }\nplan "P" { start 2027-01-04 phase B 1 week focus base { mon: lift Other } }',
            'q.lift': 'session Other { squat 3x5 }'
        });
        expect(codes(documents.get('p.lift'))).toContain('unresolved-reference');
    });

    test('cycles between imports are harmless', async () => {
        const documents = await parseFiles({
            'a.lift': 'import "b.lift"\nsession A { squat 3x5 }\nplan "P" { start 2027-01-04 phase B 1 week focus base { mon: lift B } }',
            'b.lift': 'import "a.lift"\nsession B { deadlift 3x5 }'
        });
        expect(codes(documents.get('a.lift'))).not.toContain('unresolved-reference');
        expect(codes(documents.get('b.lift'))).not.toContain('unresolved-reference');
    });

    test('unknown names of each kind are reported at the name', async () => {
        const diagnostics = (await diagnosticsOf(`session S { warmup Nope  sqaut 3x5 }
            plan "P" { athlete "A" { max benchpress 60kg } start 2027-01-04 phase B 1 week focus base { mon: lift T } }`))
            .filter(d => d.code === 'unresolved-reference');
        expect(diagnostics.map(d => d.message.split(':')[0])).toEqual([
            "Unknown warm-up 'Nope'", "Unknown exercise 'sqaut'", "Unknown exercise 'benchpress'", "Unknown session 'T'"
        ]);
        expect(diagnostics[1].range.start).toEqual({ line: 0, character: 25 });
    });
});
