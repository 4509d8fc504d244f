// Line folding of RFC 5545, 3.1: a content line longer than 75 octets is split with CRLF
// and one space, never inside a UTF-8 sequence. We fold exactly as ical-generator 10 does
// — at most 74 octets of the line before the first fold and after each folding space — so
// calendars are byte for byte what they were when ical-generator folded them, but without
// its cost: it encoded every character with a new TextEncoder, which made folding most of
// the ICS emitter's time.

const LIMIT = 74;

/** Folds every CRLF-separated line of `text`; lines of at most 74 octets stay as they are. */
export function foldLines(text: string): string {
    return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
    // Short ASCII lines, the vast majority, need no walk over their characters.
    if (line.length <= LIMIT && isAscii(line)) return line;
    let folded = '';
    let segmentStart = 0;
    let octets = 0;
    for (let index = 0; index < line.length;) {
        // Inlined rather than a helper returning {octets, units}: an object per character
        // of every long line was most of the folding time.
        const code = line.charCodeAt(index);
        let width: number;
        let units = 1;
        if (code < 0xd800 || code > 0xdbff || index + 1 >= line.length) {
            width = unitOctets(code);
        } else {
            // A high surrogate is taken with the unit after it, as one character: 4 octets
            // when they form a pair; an unpaired surrogate is written as U+FFFD, 3 octets,
            // as TextEncoder writes it.
            const next = line.charCodeAt(index + 1);
            width = next >= 0xdc00 && next <= 0xdfff ? 4 : 3 + unitOctets(next);
            units = 2;
        }
        octets += width;
        if (octets > LIMIT) {
            folded += `${line.slice(segmentStart, index)}\r\n `;
            segmentStart = index;
            octets = width;
        }
        index += units;
    }
    return folded + line.slice(segmentStart);
}

function isAscii(line: string): boolean {
    for (let index = 0; index < line.length; index++) {
        if (line.charCodeAt(index) > 0x7f) return false;
    }
    return true;
}

/** UTF-8 octets of one UTF-16 code unit on its own (a lone surrogate becomes U+FFFD). */
function unitOctets(code: number): number {
    return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}
