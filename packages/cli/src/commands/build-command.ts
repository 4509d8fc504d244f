// `lift build FILE [--format F] [-o OUT]`: validate, then compile the plan. With any error
// (in the plan or a file it imports) nothing is written and the exit status is 1.

import { findEmitter, findFolderEmitter, emitterFormats, type EmitInput, type FolderEmitter } from '@lift/language';
import { resolve } from 'node:path';
import { statOrExplain } from '../files/collect-lift-files.js';
import { writeFileAtomically } from '../files/atomic-write.js';
import { folderRefusal, FolderRefusedError, writeFolderAtomically } from '../files/folder-write.js';
import { openWorkspace } from '../lift-workspace.js';
import { buildReport } from '../reporters/report-model.js';
import { formatPretty } from '../reporters/pretty-reporter.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';

export interface BuildOptions {
    format: string;
    output?: string;
}

export async function runBuild(file: string, options: BuildOptions, io: CliIo): Promise<number> {
    const emitter = findEmitter(options.format);
    const folderEmitter = findFolderEmitter(options.format);
    if (!emitter && !folderEmitter) throw new UsageError(`lift: unknown build format '${options.format}'; choose one of ${emitterFormats().join(', ')}`);
    if (folderEmitter) await checkOutputFolder(folderEmitter, options.output, io);
    const absolute = resolve(io.cwd, file);
    const info = await statOrExplain(file, absolute);
    if (!info.isFile() || !file.endsWith('.lift')) throw new UsageError(`lift: '${file}' is not a .lift file`);
    const workspace = await openWorkspace([{ display: file, absolute }]);
    const [checked] = workspace.files;
    const erroneous = workspace.files.concat(importedFiles(workspace)).filter(f => f.diagnostics.some(d => d.severity === 1));
    if (erroneous.length > 0) {
        const errorsOnly = erroneous.map(f => ({ ...f, diagnostics: f.diagnostics.filter(d => d.severity === 1) }));
        io.stderr(formatPretty(buildReport(errorsOnly, io.cwd), io.errorColors));
        io.stderr(`lift: ${file} has errors; nothing was built.\n`);
        return 1;
    }
    const plan = workspace.services.plan.PlanResolver.resolve(checked.document);
    if (!plan) throw new UsageError(`lift: '${file}' has no plan to build (a file without \`plan\` is a library)`);
    const input: EmitInput = { plan, diagnostics: checked.diagnostics, sourceDateEpoch: sourceDateEpoch(io.env) };
    if (folderEmitter) {
        await writeFolder(folderEmitter, input, options.output!, io);
        return 0;
    }
    const content = emitter!.emit(input);
    if (options.output) {
        await writeOutput(resolve(io.cwd, options.output), options.output, content);
    } else {
        io.stdout(content);
    }
    return 0;
}

/** Files the plan imports (directly or not), named relative to the working folder. */
function importedFiles(workspace: Awaited<ReturnType<typeof openWorkspace>>) {
    const named = new Set(workspace.files.map(f => f.document.uri.toString()));
    return [...workspace.byUri.values()]
        .filter(document => !named.has(document.uri.toString()) && document.uri.scheme === 'file')
        .map(document => ({ path: document.uri.fsPath, document, text: document.textDocument.getText(), diagnostics: document.diagnostics ?? [] }));
}

function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
    const value = env.SOURCE_DATE_EPOCH;
    if (value === undefined || value === '') return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`lift: SOURCE_DATE_EPOCH must be whole seconds since 1970, not '${value}'`);
    return Number(value);
}

/** A folder format needs `-o DIR`, and DIR must be new, empty, or hold only that format's files. */
async function checkOutputFolder(emitter: FolderEmitter, output: string | undefined, io: CliIo): Promise<void> {
    if (!output) {
        throw new UsageError(`lift: --format ${emitter.format} writes one file per workout; name the folder for them with -o DIR`);
    }
    const refusal = await folderRefusal(resolve(io.cwd, output), emitter.extension).catch((error: Error) => error.message);
    if (refusal) throw new UsageError(`lift: cannot write '${output}': ${refusal}`);
}

async function writeFolder(emitter: FolderEmitter, input: EmitInput, output: string, io: CliIo): Promise<void> {
    const files = await emitter.emitFiles(input);
    try {
        await writeFolderAtomically(resolve(io.cwd, output), files, emitter.extension);
    } catch (error) {
        if (error instanceof FolderRefusedError) throw new UsageError(`lift: cannot write '${output}': ${error.reason}`);
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
        throw new UsageError(`lift: cannot write '${output}': ${reason}`);
    }
}

async function writeOutput(absolute: string, display: string, content: string): Promise<void> {
    try {
        await writeFileAtomically(absolute, content);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
        throw new UsageError(`lift: cannot write '${display}': ${reason}`);
    }
}
