// `lift check`: formats, exit status, paths and colour (docs/language.md, "The command line").

import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lift, liftProcess, tempFolder } from '../helpers/cli.js';

const WARMUP = `warmup W {\n    cardio 10min\n    mobility 6min\n}\n`;
const CLEAN = `${WARMUP}session S {\n    warmup W\n    squat 3x5 @ 60kg rest 2min rir 2\n}\n`;
// Line 9 declares S a second time.
const BROKEN = `${CLEAN}session S {\n    warmup W\n    deadlift 3x5 @ 80kg rest 2min rir 2\n}\n`;
const WARNED = `plan "P" {\n    start 2027-01-04\n    race R on 2027-03-01\n    phase B 1 week focus base {\n        mon: run easy 30min\n    }\n}\n`;

describe('lift check', () => {
    test('a clean file exits 0 with a summary', async () => {
        const cwd = tempFolder({ 'clean.lift': CLEAN });
        const result = await lift(['check', 'clean.lift'], { cwd });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('1 file checked, no problems.');
    });

    test('an error exits 1 and shows a code frame with the rule id', async () => {
        const cwd = tempFolder({ 'broken.lift': BROKEN });
        const result = await lift(['check', 'broken.lift'], { cwd });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('broken.lift:9:9 error');
        expect(result.stdout).toContain('[duplicate-name]');
        expect(result.stdout).toMatch(/>\s+9 \| session S \{\n\s+\|\s{9}\^/);
        expect(result.stdout).toContain('1 error, 0 warnings, 0 infos');
    });

    test('folders are searched recursively; paths are shown as given', async () => {
        const cwd = tempFolder({ 'plans/a.lift': CLEAN, 'plans/sub/b.lift': BROKEN, 'plans/notes.txt': 'x' });
        const result = await lift(['check', 'plans', '--format', 'json'], { cwd });
        const report = JSON.parse(result.stdout);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual(['plans/a.lift', 'plans/sub/b.lift']);
    });

    test('--format json has the documented shape', async () => {
        const cwd = tempFolder({ 'broken.lift': BROKEN, 'warned.lift': WARNED });
        const result = await lift(['check', 'broken.lift', 'warned.lift', '--format', 'json'], { cwd });
        const report = JSON.parse(result.stdout);
        expect(report.files[0]).toEqual({
            path: 'broken.lift',
            diagnostics: [{
                rule: 'duplicate-name', severity: 'error',
                message: "'S' is already declared by this file (line 5): rename this session.",
                line: 9, column: 9, endLine: 9, endColumn: 10
            }]
        });
        expect(report.files[1].diagnostics.map((d: { rule: string }) => d.rule)).toContain('race-outside-plan');
        expect(report.errorCount).toBe(1);
        expect(report.warningCount).toBeGreaterThanOrEqual(1);
        expect(typeof report.infoCount).toBe('number');
        expect(result.code).toBe(1);
    });

    test('--max-warnings: within the limit exits 0, above it exits 1', async () => {
        const cwd = tempFolder({ 'warned.lift': WARNED });
        const counted = JSON.parse((await lift(['check', 'warned.lift', '--format', 'json'], { cwd })).stdout).warningCount as number;
        expect((await lift(['check', 'warned.lift'], { cwd })).code).toBe(0);
        expect((await lift(['check', 'warned.lift', '--max-warnings', String(counted)], { cwd })).code).toBe(0);
        const over = await lift(['check', 'warned.lift', '--max-warnings', String(counted - 1)], { cwd });
        expect(over.code).toBe(1);
        expect(over.stderr).toContain('--max-warnings allows');
    });

    test('--max-warnings names one warning in the singular', async () => {
        const cwd = tempFolder({ 'one.lift': 'warmup W {\n    cardio bike 10min\n    mobility 6min\n}\nsession S {\n    warmup W\n    squat 3x10 @ 60kg rest 2min rir 2\n}\n' });
        const counted = JSON.parse((await lift(['check', 'one.lift', '--format', 'json'], { cwd })).stdout).warningCount as number;
        expect(counted).toBe(1);
        const over = await lift(['check', 'one.lift', '--max-warnings', '0'], { cwd });
        expect(over.stderr).toContain('lift: 1 warning found; --max-warnings allows 0.');
    });

    test('--format sarif is SARIF 2.1.0 with rule metadata', async () => {
        const cwd = tempFolder({ 'broken.lift': BROKEN });
        const sarif = JSON.parse((await lift(['check', 'broken.lift', '--format', 'sarif'], { cwd })).stdout);
        expect(sarif.version).toBe('2.1.0');
        const run = sarif.runs[0];
        expect(run.tool.driver.name).toBe('lift');
        const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'duplicate-name');
        expect(rule).toMatchObject({ shortDescription: { text: expect.any(String) }, defaultConfiguration: { level: 'error' } });
        expect(run.results).toEqual([expect.objectContaining({
            ruleId: 'duplicate-name',
            ruleIndex: run.tool.driver.rules.indexOf(rule),
            level: 'error',
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.lift' }, region: { startLine: 9, startColumn: 9, endLine: 9, endColumn: 10 } } }]
        })]);
    });

    test('--format github prints workflow annotations', async () => {
        const cwd = tempFolder({ 'broken.lift': BROKEN });
        const result = await lift(['check', 'broken.lift', '--format', 'github'], { cwd });
        expect(result.stdout).toBe("::error file=broken.lift,line=9,col=9,endLine=9,endColumn=10,title=lift duplicate-name::'S' is already declared by this file (line 5): rename this session.\n");
    });

    test('colour only when asked for a terminal', async () => {
        const cwd = tempFolder({ 'broken.lift': BROKEN });
        expect((await lift(['check', 'broken.lift'], { cwd })).stdout).not.toMatch(/\x1b\[/);
        expect((await lift(['check', 'broken.lift'], { cwd, color: true })).stdout).toMatch(/\x1b\[/);
    });

    test('bad paths and options exit 2 with one line naming the problem', async () => {
        const cwd = tempFolder({ 'notes.txt': 'hello', 'empty/.keep': '' });
        expect(await lift(['check', 'missing.lift'], { cwd })).toMatchObject({ code: 2, stderr: "lift: cannot read 'missing.lift': no such file or folder\n" });
        expect(await lift(['check', 'notes.txt'], { cwd })).toMatchObject({ code: 2, stderr: "lift: 'notes.txt' is not a .lift file\n" });
        expect(await lift(['check', 'empty'], { cwd })).toMatchObject({ code: 2, stderr: "lift: no .lift files in folder 'empty'\n" });
        expect((await lift(['check', 'x.lift', '--format', 'xml'], { cwd })).code).toBe(2);
        expect((await lift(['check', 'x.lift', '--max-warnings', 'many'], { cwd })).code).toBe(2);
        expect((await lift(['check'], { cwd })).code).toBe(2);
        expect((await lift(['frobnicate'], { cwd })).code).toBe(2);
    });
});

describe('the lift process', () => {
    test('exit codes and no stack traces, NO_COLOR honoured', () => {
        const cwd = tempFolder({ 'broken.lift': BROKEN, 'clean.lift': CLEAN });
        const broken = liftProcess(['check', 'broken.lift'], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
        expect(broken.code).toBe(1);
        expect(broken.stdout).not.toMatch(/\x1b\[/);
        expect(liftProcess(['check', 'clean.lift'], { cwd }).code).toBe(0);
        const missing = liftProcess(['check', 'nowhere'], { cwd });
        expect(missing.code).toBe(2);
        expect(missing.stderr).not.toMatch(/\n\s+at /);
        const forced = liftProcess(['check', 'broken.lift'], { cwd, env: { FORCE_COLOR: '1' } });
        expect(forced.stdout).toMatch(/\x1b\[/);
    });

    test('--help and --version exit 0', () => {
        expect(liftProcess(['--help']).code).toBe(0);
        expect(liftProcess(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    });
});

describe('errors in imported files', () => {
    test('check fails, like build, when an imported file has a syntax error, and names that file', async () => {
        const folder = tempFolder({
            'plan.lift': 'import "lib/strength.lift"\nplan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base { sat: run long 90min }\n}\n',
            'lib/strength.lift': 'session A {\n    squat 4x5 @ 80kg rest rir 2\n}\n'
        });
        const result = await lift(['check', 'plan.lift', '--format', 'json'], { cwd: folder });
        expect(result.code).toBe(1);
        const files = JSON.parse(result.stdout).files;
        expect(files.map((file: { path: string }) => file.path)).toEqual(['plan.lift', join('lib', 'strength.lift')]);
        expect(files[1].diagnostics[0]).toMatchObject({ rule: 'syntax', line: 2 });
        expect((await lift(['build', 'plan.lift'], { cwd: folder })).code).toBe(1);
    });
});

describe('imports that repeat', () => {
    const PLAN = 'plan "P" {\n    start 2027-01-04\n    phase Base 2 weeks focus base { sat: lift A }\n}\n';

    test('importing a file twice reports no duplicate names', async () => {
        const folder = tempFolder({
            'plan.lift': `import "lib.lift"\nimport "lib.lift"\n${PLAN}`,
            'lib.lift': 'session A { squat 3x5 }\nsession B { deadlift 3x5 }\n'
        });
        const result = await lift(['check', 'plan.lift'], { cwd: folder });
        expect(result.stdout).not.toContain('duplicate-name');
        expect(result.code).toBe(0);
    });

    test('a file that imports itself reports no duplicate names', async () => {
        const folder = tempFolder({ 'lib.lift': 'import "lib.lift"\nsession A { squat 3x5 }\n' });
        const result = await lift(['check', 'lib.lift'], { cwd: folder });
        expect(result.stdout).not.toContain('duplicate-name');
        expect(result.code).toBe(0);
    });
});

describe('terminal control codes in a plan', () => {
    test('pretty output shows them as symbols and never passes them to the terminal', async () => {
        const folder = tempFolder({ 'plan.lift': 'session A { squat 3x5 }\n"\u001b]0;pwned\u0007\u001b[2J" oops\n' });
        const result = await lift(['check', 'plan.lift'], { cwd: folder });
        expect(result.code).toBe(1);
        expect(result.stdout).not.toMatch(/[\u0007\u001b]/);
        expect(result.stdout).toContain('␛]0;pwned␇␛[2J');
    });
});
