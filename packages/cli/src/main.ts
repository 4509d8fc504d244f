// Entry point of the `lift` command (bin/lift.js loads this file).

import { main } from './program.js';

const isLspCommand = process.argv[2] === 'lsp';
main(process.argv).then(code => {
    // The language server keeps the process alive; every other command ends here.
    if (!isLspCommand) process.exitCode = code;
});
