// `-o FILE`: where `lift build` writes. `-o -` is standard output (as in most Unix tools);
// an empty name is a mistake (a shell variable that was not set), not standard output.

import { UsageError } from '../usage-error.js';

export function writesToStandardOutput(output: string | undefined): boolean {
    if (output === '') throw new UsageError("lift: -o needs a file name (or '-' for standard output), not an empty string");
    return output === undefined || output === '-';
}
