// Colour only on a terminal: NO_COLOR (any value) turns it off, FORCE_COLOR turns it on,
// and TERM=dumb counts as no terminal.

import { createColors } from 'picocolors';

export type Colors = ReturnType<typeof createColors>;

export function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Colors {
    return createColors(shouldColor(stream, env));
}

export function shouldColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '') return true;
    return stream.isTTY === true && env.TERM !== 'dumb';
}
