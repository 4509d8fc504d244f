// The bundled command evaluates the language server's stack (vscode-languageserver and its
// JSON-RPC transport over Node's sockets) for `lift lsp` only: the other commands start
// without it. The probe is what the bundle asks Node's module loader for: the JSON-RPC
// transport is the only part of the bundle that loads Node's `net` module itself.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { assertFreshBuild } from '../helpers/fresh-build.js';
import { REPO_ROOT } from '../helpers/cli.js';

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
    assertFreshBuild();
    const folder = mkdtempSync(join(tmpdir(), 'lift-lazy-lsp-'));
    const probe = join(folder, 'probe.cjs');
    const out = join(folder, 'asked.txt');
    writeFileSync(probe, PROBE);
    const result = spawnSync(process.execPath, ['--require', probe, join(REPO_ROOT, 'packages/cli/bin/lift.js'), ...args], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, LIFT_PROBE_OUT: out },
        input: '',
        encoding: 'utf8'
    });
    return { asked: readFileSync(out, 'utf8').split('\n'), status: result.status };
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
