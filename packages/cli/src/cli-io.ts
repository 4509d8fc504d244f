// The command's connection to the outside: output streams, colours, progress and the
// working folder. Commands take it as a parameter so tests can run them in process.

import type { Colors } from './terminal/colors.js';

export interface CliIo {
    cwd: string;
    env: NodeJS.ProcessEnv;
    version: string;
    colors: Colors;
    /** Colours for standard error, which may be a terminal when standard output is not. */
    errorColors: Colors;
    stdout(text: string): void;
    stderr(text: string): void;
    /** A transient status line on a terminal's standard error; undefined clears it. */
    progress(message: string | undefined): void;
}
