// Units after a bare number: `rest 90` offers 90s, `@ 80` offers 80kg, 80lb and 80%,
// `run easy 45` offers 45min, 45km … The number alone does not parse yet, so the place is
// read from the words before it on the line.

import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';

interface UnitContext {
    /** What comes before the number on the line. */
    before: RegExp;
    units: Array<{ unit: string; detail: string }>;
}

const DURATIONS = [{ unit: 'min', detail: 'minutes' }, { unit: 's', detail: 'seconds' }];
const LOADS = [{ unit: 'kg', detail: 'kilograms' }, { unit: 'lb', detail: 'pounds' }];

const CONTEXTS: UnitContext[] = [
    { before: /\brest\s+$/, units: DURATIONS },
    { before: /@\s*$/, units: [...LOADS, { unit: '%', detail: 'percent of the athlete\'s max' }] },
    { before: /\bmax\s+[A-Za-z_][\w-]*\s+$/, units: LOADS },
    { before: /\b(?:cardio(?:\s+[A-Za-z_][\w-]*)?|mobility)\s+$/, units: DURATIONS },
    {
        before: /\brun\s+[A-Za-z_][\w-]*\s+$/,
        units: [...DURATIONS.slice(0, 1), { unit: 'h', detail: 'hours' }, { unit: 'km', detail: 'kilometres' }, { unit: 'm', detail: 'metres' }, { unit: 'mi', detail: 'miles' }]
    },
    { before: /\bprogress\s+\+$/, units: [{ unit: 'kg/week', detail: 'kilograms a week' }, { unit: 'lb/week', detail: 'pounds a week' }, { unit: '%/week', detail: 'percent of the first week\'s load' }] }
];

/** Completion items for a number typed right before the cursor, or undefined when there is none. */
export function unitCompletions(lineBeforeCursor: string, position: Position): CompletionItem[] | undefined {
    const match = /(?:^|[\s@+])(\d+(?:\.\d+)?)$/.exec(lineBeforeCursor);
    if (!match) return undefined;
    const number = match[1];
    const context = CONTEXTS.find(candidate => candidate.before.test(lineBeforeCursor.slice(0, -number.length)));
    if (!context) return undefined;
    const range = { start: { line: position.line, character: position.character - number.length }, end: position };
    return context.units.map((unit, index) => ({
        label: `${number}${unit.unit}`,
        kind: CompletionItemKind.Unit,
        detail: unit.detail,
        sortText: String(index).padStart(2, '0'),
        filterText: `${number}${unit.unit}`,
        textEdit: { range, newText: `${number}${unit.unit}` }
    }));
}
