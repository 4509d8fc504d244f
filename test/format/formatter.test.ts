// The canonical layout: fixtures for every construct, idempotence on every example, and
// the promise that only whitespace changes.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { format, formatOutcome, nonWhitespace } from './format-helpers.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const EXAMPLES = join(import.meta.dirname, '../../examples');

function liftFilesIn(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.lift')).map(name => join(folder, name)).sort();
}

const fixtureInputs = liftFilesIn(FIXTURES).filter(path => !path.endsWith('.formatted.lift'));

describe('fixtures', () => {
    test.each(fixtureInputs)('%s formats to its .formatted.lift', input => {
        const expected = readFileSync(input.replace(/\.lift$/, '.formatted.lift'), 'utf8');
        expect(format(readFileSync(input, 'utf8'))).toBe(expected);
    });

    test.each(fixtureInputs)('%s: the expected layout is a fixed point', input => {
        const expected = readFileSync(input.replace(/\.lift$/, '.formatted.lift'), 'utf8');
        expect(format(expected)).toBe(expected);
    });
});

const parseableExamples = liftFilesIn(EXAMPLES).filter(path => formatOutcome(readFileSync(path, 'utf8')).kind === 'formatted');

describe('every example file', () => {
    test('the examples include the mistakes that parse', () => {
        expect(parseableExamples.some(path => path.includes('mistakes'))).toBe(true);
        expect(parseableExamples.length).toBe(liftFilesIn(EXAMPLES).length - 1);
    });

    // The shipped plans and libraries are what coaches copy: they are laid out as `lift fmt` would.
    test.each(parseableExamples.filter(path => !path.includes('mistakes')))('%s is already formatted', path => {
        const text = readFileSync(path, 'utf8');
        expect(format(text)).toBe(text);
    });

    test.each(parseableExamples)('%s: format(format(x)) === format(x)', path => {
        const once = format(readFileSync(path, 'utf8'));
        expect(format(once)).toBe(once);
    });

    test.each(parseableExamples)('%s: only whitespace changes; every comment is kept', path => {
        const original = readFileSync(path, 'utf8');
        expect(nonWhitespace(format(original))).toEqual(nonWhitespace(original));
    });
});

describe('layout', () => {
    test('statements go on lines of their own, indented four spaces per block', () => {
        expect(format('session A { squat 3x5 deadlift 3x5 }')).toBe('session A {\n    squat    3x5\n    deadlift 3x5\n}\n');
    });

    test('no space before a comma or a day colon, one after', () => {
        expect(format('plan "P" { start 2027-01-04 phase B 1 week focus base { tue :run easy 30min ,lift A } }'))
            .toBe('plan "P" {\n    start 2027-01-04\n    phase B 1 week focus base {\n        tue: run easy 30min, lift A\n    }\n}\n');
    });

    test('top-level blocks are set apart by one blank line; runs of blank lines shrink to one', () => {
        expect(format('session A {}\nsession B {}\n\n\n\nsession C {}')).toBe('session A {}\n\nsession B {}\n\nsession C {}\n');
    });

    test('no blank line just inside a block', () => {
        expect(format('session A {\n\n    squat 3x5\n\n}\n')).toBe('session A {\n    squat 3x5\n}\n');
    });

    test('exercise names are padded so that a session\'s schemes line up', () => {
        expect(format('session A {\nsquat 4x5\nromanian-deadlift 3x6\n}')).toBe('session A {\n    squat             4x5\n    romanian-deadlift 3x6\n}\n');
    });

    test('an empty file stays empty; a file of comments keeps them', () => {
        expect(format('')).toBe('');
        expect(format('  \n\n')).toBe('');
        expect(format('// only a comment')).toBe('// only a comment\n');
    });

    test('CRLF line ends become LF', () => {
        expect(format('session A {\r\n    squat 3x5\r\n}\r\n')).toBe('session A {\n    squat 3x5\n}\n');
    });
});

describe('comments', () => {
    test('a trailing comment stays at the end of its line', () => {
        expect(format('session A {\n  squat 3x5   // heavy\n}')).toBe('session A {\n    squat 3x5 // heavy\n}\n');
    });

    test('a comment on its own line stays on its own line, at the block\'s indentation', () => {
        expect(format('session A {\n// first\nsquat 3x5\n        // last\n}')).toBe('session A {\n    // first\n    squat 3x5\n    // last\n}\n');
    });

    test('a line comment inside a statement never swallows the rest of the statement', () => {
        const formatted = format('session A { squat 3x5 // why\n @ 80kg }');
        expect(formatted).toBe('session A {\n    squat 3x5 // why\n        @ 80kg\n}\n');
        expect(format(formatted)).toBe(formatted);
    });

    test('suppression comments keep their line, so they still silence the line below', () => {
        const text = 'plan "P" {\n    start 2027-01-04\n    phase B 1 week focus base {\n        // lift-ignore recovery-48h easy run\n        tue: lift A\n    }\n}\n';
        expect(format(text)).toBe(text);
    });

    test('a multi-line block comment is printed verbatim', () => {
        const text = '/*\n * Sessions\n *   for the spring\n */\nsession A {}\n';
        expect(format(text)).toBe(text);
    });
});

describe('syntax errors', () => {
    test('a file that does not parse is refused, not mangled', () => {
        expect(formatOutcome('session A {\n    squat 4x5 @ 80kg rest rir 2\n}\n').kind).toBe('syntax-errors');
        expect(formatOutcome('plan "P" { start 2027-01-04 phase B 1 week focus base { tue run easy 30min } }').kind).toBe('syntax-errors');
    });

    test('the syntax-errors example is refused', () => {
        expect(formatOutcome(readFileSync(join(EXAMPLES, 'mistakes/syntax-errors.lift'), 'utf8')).kind).toBe('syntax-errors');
    });

    test('a file with an unexpected character is refused', () => {
        expect(formatOutcome('session A { squat 3x5 $ }').kind).toBe('syntax-errors');
    });

    test('values the validator rejects but the parser reads are formatted (an unknown run kind)', () => {
        expect(format('plan "P" { start 2027-01-04 phase B 1 week focus base { tue: run jog 30min } }')).toContain('tue: run jog 30min');
    });
});
