// The bundled command evaluates the language server's stack (vscode-languageserver and its
// JSON-RPC transport over Node's sockets) for `lift lsp` only: the other commands start
// without it. The probe is what the bundle asks Node's module loader for: the JSON-RPC
// transport is the only part of the bundle that loads Node's `net` module itself.

import { describe, expect, test } from 'vitest';
import { liftWithProbe } from '../helpers/cli.js';

const PROBE = `
const Module = require('node:module');
const load = Module._load;
const asked = new Set();
Module._load = function (request, ...rest) {
    asked.add(request);
    return load.call(this, request, ...rest);
};
process.on('exit', () => require('node:fs').writeFileSync(process.env.LIFT_PROBE_OUT, [...asked].join('\\n')));
`;

/** The modules the bundled `lift` asked Node for while running `args`. */
function modulesAskedFor(args: string[]): { asked: string[]; status: number | null } {
    const result = liftWithProbe(PROBE, args);
    return { asked: result.probed.split('\n'), status: result.code };
}

describe('the language server is loaded only by `lift lsp`', () => {
    test('`lift check` does not load it', () => {
        const { asked, status } = modulesAskedFor(['check', 'examples/spring-marathon.lift']);
        expect(status).toBe(0);
        expect(asked).toContain('node:fs');
        expect(asked).not.toContain('net');
    });

    test('`lift lsp` does (the probe sees it)', () => {
        // Standard input is empty: the server starts, sees the client gone and exits.
        const { asked } = modulesAskedFor(['lsp', '--stdio']);
        expect(asked).toContain('net');
    });
});
