// Small building blocks for the coaching-rule tests: a plan around a few day lines, a
// library of sessions that break no local rule, and ways to name where a diagnostic stands.

import type { Diagnostic } from 'vscode-languageserver-types';

export const ERROR = 1;
export const WARNING = 2;
export const INFO = 3;

/** A warm-up and sessions that pass every local rule: the calendar rules alone speak. */
export const LIBRARY = `
warmup W {
    cardio bike 10min
    mobility 6min
}

session Heavy heavy {
    warmup W
    squat         3x5 @ 80kg rest 2min rir 2
    push-press    3x5 @ 35kg rest 90s rir 2
    deadlift      3x5 @ 100kg rest 2min rir 2
    reverse-lunge 3x6 each @ 14kg rest 90s rir 2
}

session Light light {
    warmup W
    squat      2x5 @ 50kg rest 2min rir 4
    push-up    2x5 @ bw rest 75s rir 4
    glute-bridge 2x6 @ bw rest 75s rir 4
    lunge      2x6 each @ bw rest 75s rir 4
}
`;

/**
 * A plan starting Monday 2027-01-04 around `body` (athlete, races, rules and phases as
 * written), followed by the LIBRARY sessions unless other ones are given.
 */
export function planText(body: string, options: { start?: string; library?: string } = {}): string {
    return `plan "Test plan" {
    start ${options.start ?? '2027-01-04'}
${body}
}
${options.library ?? LIBRARY}`;
}

/** Zero-based line of the first line of `text` containing `needle` (after `from`, if given). */
export function lineOf(text: string, needle: string, from?: string): number {
    const lines = text.split('\n');
    const start = from === undefined ? 0 : lines.findIndex(line => line.includes(from));
    const index = lines.findIndex((line, i) => i >= start && line.includes(needle));
    if (index < 0) throw new Error(`no line contains ${JSON.stringify(needle)}`);
    return index;
}

/** Zero-based [line, column] where `needle` starts, at its first occurrence (after `from`). */
export function positionOf(text: string, needle: string, from?: string): [number, number] {
    const line = lineOf(text, needle, from);
    return [line, text.split('\n')[line].indexOf(needle)];
}

export function startOf(diagnostic: Diagnostic): [number, number] {
    return [diagnostic.range.start.line, diagnostic.range.start.character];
}
