// Our RFC 5545 line folding (emit/ics/fold-lines.ts) against the rule ical-generator 10
// folds by, written out plainly here: walk the characters, count each one's UTF-8 octets,
// and fold before the one that would take a segment past 74 octets. Same bytes, every case.

import { describe, expect, test } from 'vitest';
import { foldLines } from '../../packages/language/src/emit/ics/fold-lines.js';

function referenceFold(text: string): string {
    return text.split('\r\n').map(line => {
        let folded = '';
        let octets = 0;
        for (let index = 0; index < line.length; index++) {
            let character = line.charAt(index);
            if (character >= '\ud800' && character <= '\udbff') character += line.charAt(++index);
            const width = new TextEncoder().encode(character).length;
            octets += width;
            if (octets > 74) {
                folded += '\r\n ';
                octets = width;
            }
            folded += character;
        }
        return folded;
    }).join('\r\n');
}

const octetsOf = (line: string) => Buffer.byteLength(line, 'utf8');

describe('ICS line folding', () => {
    const cases: Array<[string, string]> = [
        ['a short line', 'SUMMARY:Run · Easy 40min'],
        ['exactly 74 octets', `DESCRIPTION:${'x'.repeat(62)}`],
        ['75 octets', `DESCRIPTION:${'x'.repeat(63)}`],
        ['a long ASCII line', `DESCRIPTION:${'Squat 4x5 @ 80kg rest 2min rir 2. '.repeat(12)}`],
        ['two-octet letters across a fold', `DESCRIPTION:${'é'.repeat(100)}`],
        ['three-octet signs across a fold', `DESCRIPTION:${'x'.repeat(61)}${'·'.repeat(40)}`],
        ['emoji across a fold', `NAME:${'🏃‍♀️ Zürich '.repeat(20)}`],
        ['unpaired surrogates', `DESCRIPTION:${'x'.repeat(70)}\ud83c\ud83cab\udc00${'y'.repeat(80)}\ud83c`],
        ['several lines and a trailing CRLF', `BEGIN:VEVENT\r\nDESCRIPTION:${'ü'.repeat(90)}\r\nEND:VEVENT\r\n`]
    ];

    test.each(cases)('%s: the same bytes as ical-generator', (_, text) => {
        expect(foldLines(text)).toBe(referenceFold(text));
    });

    test('no folded line is longer than 75 octets, and unfolding gives the text back', () => {
        const text = `DESCRIPTION:${'Frühjahrs-Marathon 🏃‍♀️ Café · '.repeat(30)}`;
        const folded = foldLines(text);
        for (const line of folded.split('\r\n')) expect(octetsOf(line)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(text);
        expect(folded).not.toContain('\ufffd');
    });
});
