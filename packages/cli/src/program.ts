// The `lift` command line: parses the arguments and dispatches to the commands. User mistakes end in one line
// on standard error and exit 2; nothing a user can cause prints a stack trace.

import '@lift/language/core';
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { emitterFormats } from '@lift/language/core';
import type { CliIo } from './cli-io.js';
import { runBuild } from './commands/build-command.js';
import { CHECK_FORMATS, parseMaxWarnings, runCheck, type CheckFormat } from './commands/check-command.js';
import { runFmt } from './commands/fmt-command.js';
import { runRules } from './commands/rules-command.js';
import { colorsFor } from './terminal/colors.js';
import { UsageError } from './usage-error.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function createProgram(io: CliIo, setExitCode: (code: number) => void): Command {
    const program = new Command('lift')
        .description('Check and build training plans for runners who lift.')
        .version(VERSION, '-v, --version')
        .showHelpAfterError('(run `lift --help` for usage)')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

    program.command('check')
        .description('validate .lift files and folders (searched recursively)')
        .argument('<paths...>', '.lift files or folders')
        .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS).default('pretty'))
        .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseMaxWarningsOption)
        .action(async (paths: string[], options: { format: CheckFormat; maxWarnings?: number }) => {
            setExitCode(await runCheck(paths, options, io));
        });

    program.command('build')
        .description('validate a plan, then compile it into a calendar')
        .argument('<file>', 'the .lift file with the plan')
        .addOption(new Option('-f, --format <format>', 'output format').choices(emitterFormats()).default('json'))
        .option('-o, --output <path>', "write to this file (atomically; '-' for standard output); for fit, the folder for the workout files")
        .action(async (file: string, options: { format: string; output?: string }) => {
            setExitCode(await runBuild(file, options, io));
        });

    program.command('fmt')
        .description('format .lift files in place, or list the files that would change')
        .argument('<paths...>', '.lift files or folders')
        .option('--check', 'change nothing; list the files that are not formatted and exit 1 if any')
        .action(async (paths: string[], options: { check?: boolean }) => {
            setExitCode(await runFmt(paths, options, io));
        });

    program.command('rules')
        .description('list the rules, or explain one')
        .argument('[rule-id]', 'the rule to explain')
        .action((id: string | undefined) => {
            setExitCode(runRules(id, io));
        });

    program.command('lsp')
        .description('run the language server for any LSP client')
        .option('--stdio', 'talk LSP over standard input and output (the default)')
        .action(async () => {
            // Loaded here only: the language server's stack (vscode-languageserver, Langium's
            // editor services) is a large part of the bundle that no other command runs.
            const { startLiftLanguageServer } = await import('./commands/lsp-command.js');
            startLiftLanguageServer();
        });

    return program;
}

function parseMaxWarningsOption(value: string): number {
    return parseMaxWarnings(value);
}

function processIo(): CliIo {
    // `lift build … | head` closes the pipe early: that is the reader's choice, not an error.
    process.stdout.on('error', error => {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
    });
    let progressShown = false;
    const stderrIsTerminal = process.stderr.isTTY === true;
    return {
        cwd: process.cwd(),
        env: process.env,
        version: VERSION,
        colors: colorsFor(process.stdout),
        errorColors: colorsFor(process.stderr),
        stdout: text => void process.stdout.write(text),
        stderr: text => void process.stderr.write(text),
        progress: message => {
            if (!stderrIsTerminal) return;
            if (message === undefined) {
                if (progressShown) process.stderr.write('\r\x1b[2K');
                progressShown = false;
            } else {
                process.stderr.write(`\r\x1b[2K${message}`);
                progressShown = true;
            }
        }
    };
}

/** Runs the command line with the given connection to the outside; resolves to the exit status. */
export async function run(argv: string[], io: CliIo): Promise<number> {
    let exitCode = 0;
    const program = createProgram(io, code => { exitCode = code; });
    try {
        await program.parseAsync(argv, { from: 'user' });
        return exitCode;
    } catch (error) {
        return handleError(error, io);
    }
}

export function main(argv: string[]): Promise<number> {
    return run(argv.slice(2), processIo());
}

function handleError(error: unknown, io: CliIo): number {
    io.progress(undefined);
    if (error instanceof CommanderError) {
        // Help and version exit 0; every other commander error is bad usage.
        return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
        io.stderr(`${error.message}\n`);
        return error.exitCode;
    }
    io.stderr(`lift: internal error: ${(error as Error)?.message ?? String(error)}\nThis is a bug in lift; please report it with the file that caused it.\n`);
    if (io.env.LIFT_DEBUG) io.stderr(`${(error as Error)?.stack}\n`);
    return 70;
}
