// The watch's name for every built-in exercise (packages/language/src/builtin/fit-exercises.ts):
// no built-in exercise without one, no entry without a built-in exercise, and every
// category and name a real value of Garmin's FIT profile.

import { Profile } from '@garmin/fitsdk';
import { describe, expect, test } from 'vitest';
import { FIT_EXERCISES } from '@lift/language';
import { builtinLibrarySource } from '../../packages/language/src/builtin/builtin-library.js';

const BUILTIN_IDS = [...builtinLibrarySource().text.matchAll(/^exercise\s+([\w-]+)/gm)].map(match => match[1]);
const types = Profile.types as unknown as Record<string, Record<string, string>>;

describe('FIT exercise table', () => {
    test('covers exactly the built-in library', () => {
        expect(BUILTIN_IDS.length).toBe(28);
        const missing = BUILTIN_IDS.filter(id => !(id in FIT_EXERCISES));
        expect(missing, `built-in exercises without a FIT mapping: ${missing.join(', ')}`).toEqual([]);
        expect(Object.keys(FIT_EXERCISES).sort()).toEqual([...BUILTIN_IDS].sort());
    });

    test.each(Object.entries(FIT_EXERCISES))('%s names a real FIT category and exercise', (_, { category, name }) => {
        expect(Object.values(types.exerciseCategory)).toContain(category);
        expect(Object.values(types[`${category}ExerciseName`] ?? {})).toContain(name);
    });
});
