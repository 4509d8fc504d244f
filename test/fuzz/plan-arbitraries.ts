// fast-check generators of `.lift` text: valid plans built from the language's parts with
// random layout and comments, and the shipped examples mutated by typing-like edits.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT } from '../helpers/cli.js';

const EXERCISES = ['squat', 'deadlift', 'lunge', 'row', 'step-up', 'push-press', 'romanian-deadlift'];
const RUN_KINDS = ['easy', 'long', 'tempo', 'intervals', 'recovery'];
const FOCUSES = ['base', 'build', 'peak', 'taper'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Whitespace between tokens: spaces, tabs, blank lines, sometimes a comment. */
const gap = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(' ', '  ', '\n', '\n    ', '\t') },
    { weight: 1, arbitrary: fc.constantFrom(' // a note\n', ' /* why */ ', '\n\n') }
);

/** Tokens joined by generated whitespace; every token keeps at least one blank before it. */
function layout(tokens: string[]): fc.Arbitrary<string> {
    return fc.array(gap, { minLength: tokens.length, maxLength: tokens.length })
        .map(gaps => tokens.map((token, index) => (index === 0 ? '' : gaps[index]) + token).join(''));
}

const exerciseLine = fc.record({
    exercise: fc.constantFrom(...EXERCISES),
    sets: fc.integer({ min: 1, max: 6 }),
    reps: fc.integer({ min: 1, max: 12 }),
    load: fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }),
    rest: fc.option(fc.integer({ min: 30, max: 240 }), { nil: undefined }),
    rir: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })
}).map(line => [
    line.exercise, `${line.sets}x${line.reps}`,
    ...(line.load !== undefined ? ['@', `${line.load}kg`] : []),
    ...(line.rest !== undefined ? ['rest', `${line.rest}s`] : []),
    ...(line.rir !== undefined ? ['rir', String(line.rir)] : [])
]);

const session = (name: string) => fc.tuple(fc.constantFrom('heavy', 'light', ''), fc.array(exerciseLine, { minLength: 1, maxLength: 3 }))
    .map(([intensity, lines]) => ['session', name, ...(intensity ? [intensity] : []), '{', ...lines.flat(), '}']);

const time = fc.tuple(fc.integer({ min: 5, max: 21 }), fc.constantFrom('00', '15', '30', '45')).map(([h, m]) => `${String(h).padStart(2, '0')}:${m}`);

const activity = (sessions: number) => fc.oneof(
    fc.tuple(fc.constantFrom(...RUN_KINDS), fc.integer({ min: 20, max: 150 }), fc.option(time, { nil: undefined }))
        .map(([kind, minutes, at]) => ['run', kind, `${minutes}min`, ...(at ? ['at', at] : [])]),
    fc.tuple(fc.integer({ min: 0, max: sessions - 1 }), fc.option(time, { nil: undefined }))
        .map(([index, at]) => ['lift', `S${index}`, ...(at ? ['at', at] : [])])
);

const day = (sessions: number) => fc.oneof(
    { weight: 1, arbitrary: fc.constant([['rest']]) },
    { weight: 4, arbitrary: fc.array(activity(sessions), { minLength: 1, maxLength: 2 }) }
);

const phase = (sessions: number, index: number) => fc.tuple(
    fc.integer({ min: 1, max: 6 }), fc.constantFrom(...FOCUSES),
    fc.subarray(WEEKDAYS, { minLength: 1 }), fc.array(day(sessions), { minLength: 7, maxLength: 7 })
).map(([weeks, focus, days, activities]) => [
    'phase', `P${index}`, String(weeks), weeks === 1 ? 'week' : 'weeks', 'focus', focus, '{',
    ...days.flatMap((weekday, position) => [`${weekday}:`, ...activities[position].flatMap((tokens, i) => (i === 0 ? tokens : [',', ...tokens]))]),
    '}'
]);

const startDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
    .map(date => date.toISOString().slice(0, 10));

/** A plan that parses and links: sessions S0…Sn, then a plan of phases that use them. */
export const validPlanText: fc.Arbitrary<string> = fc.integer({ min: 1, max: 3 }).chain(sessions => fc.tuple(
    fc.tuple(...Array.from({ length: sessions }, (_, index) => session(`S${index}`))),
    startDate,
    fc.constantFrom('', 'Europe/Berlin', 'America/New_York'),
    fc.integer({ min: 1, max: 3 }).chain(count => fc.tuple(...Array.from({ length: count }, (_, index) => phase(sessions, index))))
)).chain(([sessionTokens, start, zone, phases]) => layout([
    ...sessionTokens.flat(),
    'plan', '"Fuzzed plan"', '{', 'start', start, ...(zone ? ['timezone', `"${zone}"`] : []),
    ...phases.flat(), '}'
]).map(text => `${text}\n`));

function exampleTexts(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
        for (const entry of readdirSync(join(REPO_ROOT, dir), { withFileTypes: true })) {
            if (entry.isDirectory()) walk(join(dir, entry.name));
            else if (entry.name.endsWith('.lift')) found.push(readFileSync(join(REPO_ROOT, dir, entry.name), 'utf8'));
        }
    };
    walk('examples');
    return found;
}

const EDIT_TEXT = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('{', '}', '"', ':', ',', '@', '/*', '//', '\n', '99999999999999999999', 'x'));

/** A shipped example after a few random edits: deleted, inserted, duplicated or cut text. */
export const mutatedExampleText: fc.Arbitrary<string> = fc.tuple(
    fc.constantFrom(...exampleTexts()),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 60 }), fc.constantFrom('delete', 'insert', 'duplicate', 'cut'), EDIT_TEXT), { minLength: 1, maxLength: 4 })
).map(([text, edits]) => edits.reduce((current, [at, length, kind, inserted]) => {
    const position = current.length === 0 ? 0 : at % current.length;
    switch (kind) {
        case 'delete': return current.slice(0, position) + current.slice(position + length);
        case 'insert': return current.slice(0, position) + inserted + current.slice(position);
        case 'duplicate': return current.slice(0, position) + current.slice(position, position + length) + current.slice(position);
        default: return current.slice(0, position);
    }
}, text));
