// The Neovim setup of docs/editors.md, run as written in a real Neovim (headless): the
// `init.lua` block of the "Neovim" section, with only the clone's path and the command
// filled in, opens a .lift file; the buffer gets the `lift` file type, the colours of
// syntaxes/lift.vim, and diagnostics from the built `lift lsp --stdio`.
//
// Needs `nvim` on the PATH (Debian: `apt-get install -y neovim`, 0.7.2 on Debian 12, the
// oldest version the setup supports) and the built command (`npm run build`).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const LIFT = join(REPOSITORY, 'packages/cli/bin/lift.js');
const nvimVersion = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const NVIM = nvimVersion.status === 0 ? nvimVersion.stdout.split('\n')[0] : undefined;

/** The first ```lua block of the "## Neovim" section of docs/editors.md. */
function documentedInitLua(): string {
    const doc = readFileSync(join(REPOSITORY, 'docs/editors.md'), 'utf8');
    const section = doc.slice(doc.indexOf('\n## Neovim\n'), doc.indexOf('\n## ', doc.indexOf('\n## Neovim\n') + 1));
    const block = /```lua\n([\s\S]*?)```/.exec(section);
    if (!block) throw new Error('docs/editors.md: no ```lua block in the Neovim section');
    return block[1];
}

const PLAN = `// A plan with one mistake
plan "Spring" {
    start 2027-01-04
    phase Base 2 weeks focus base {
        tue: run easy 30min, lift Legs
    }
}
warmup Standard { cardio 10min mobility 6min }
session Legs {
    warmup Standard
    squat 3x10 @ 60kg rest 2min rir 2
}
`;

/** Runs inside Neovim once the file is open: waits for diagnostics, reports what it sees. */
const CHECK = `
local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local function group(line, col) return vim.fn.synIDattr(vim.fn.synID(line, col, 1), 'name') end
local out = { filetype = vim.bo.filetype, syntax = vim.b.current_syntax or '', received = ok, diagnostics = {},
  shiftwidth = vim.bo.shiftwidth, commentstring = vim.bo.commentstring,
  comment = group(1, 4), keyword = group(2, 1), string = group(2, 7), value = group(5, 20),
  declared = group(9, 9), scheme = group(11, 11) }
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(out.diagnostics, { code = code, line = d.lnum, message = d.message })
end
vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.LIFT_NVIM_OUT)
vim.cmd('qa!')
`;

interface Seen {
    filetype: string; syntax: string; received: boolean; shiftwidth: number; commentstring: string;
    comment: string; keyword: string; string: string; value: string; declared: string; scheme: string;
    diagnostics: Array<{ code: string; line: number; message: string }>;
}

const folder = mkdtempSync(join(tmpdir(), 'lift-nvim-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function openInNeovim(): Seen {
    const initLua = documentedInitLua()
        .replace(/local lift_repo = '[^']*'/, `local lift_repo = ${JSON.stringify(REPOSITORY.replace(/\/$/, ''))}`)
        .replace(/local lift_cmd = \{[^}]*\}/, `local lift_cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(LIFT)}, 'lsp', '--stdio' }`);
    writeFileSync(join(folder, 'init.lua'), initLua);
    writeFileSync(join(folder, 'check.lua'), CHECK);
    writeFileSync(join(folder, 'plan.lift'), PLAN);
    const out = join(folder, 'seen.json');
    const result = spawnSync('nvim', ['--headless', '-u', join(folder, 'init.lua'), '-i', 'NONE', 'plan.lift', '-c', `luafile ${join(folder, 'check.lua')}`], {
        cwd: folder,
        env: { ...process.env, LIFT_NVIM_OUT: out, XDG_CONFIG_HOME: folder, XDG_DATA_HOME: folder, XDG_STATE_HOME: folder },
        encoding: 'utf8',
        timeout: 60_000
    });
    if (!existsSync(out)) throw new Error(`Neovim wrote nothing (status ${result.status}): ${result.stderr}${result.stdout}`);
    // Anything Neovim printed (a Lua error in the setup, a bad syntax pattern) is a failure.
    expect(`${result.stderr}`.trim(), 'Neovim printed errors').toBe('');
    return JSON.parse(readFileSync(out, 'utf8')) as Seen;
}

describe.skipIf(!NVIM)(`the documented Neovim setup, in ${NVIM ?? 'Neovim'}`, () => {
    test('a .lift buffer gets its file type, settings, colours and the server\'s diagnostics', () => {
        expect(existsSync(join(REPOSITORY, 'packages/cli/dist/lift.cjs')), 'run `npm run build` first').toBe(true);
        const seen = openInNeovim();
        expect(seen.filetype).toBe('lift');
        expect(seen.shiftwidth).toBe(4);
        expect(seen.commentstring).toBe('// %s');
        expect(seen.syntax).toBe('lift');
        expect({ comment: seen.comment, keyword: seen.keyword, string: seen.string, value: seen.value, declared: seen.declared, scheme: seen.scheme })
            .toEqual({ comment: 'liftComment', keyword: 'liftKeyword', string: 'liftString', value: 'liftValue', declared: 'liftDeclared', scheme: 'liftScheme' });
        expect(seen.received).toBe(true);
        const repRange = seen.diagnostics.find(diagnostic => diagnostic.code === 'rep-range');
        expect(repRange, JSON.stringify(seen.diagnostics)).toBeDefined();
        expect(repRange!.line).toBe(10);
        expect(repRange!.message).toMatch(/10 reps/);
    }, 90_000);
});

test.runIf(!NVIM)('the Neovim setup test is skipped: nvim is not installed (Debian: apt-get install -y neovim)', () => {
    console.warn('test/editors/neovim.test.ts: nvim is not on the PATH, so the documented Neovim setup was not run. Install it with `apt-get install -y neovim`.');
});
