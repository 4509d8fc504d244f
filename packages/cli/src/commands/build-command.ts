// `lift build FILE [--format F] [-o OUT]`: validate, then compile the plan with the
// pipeline the language server's `lift/build` uses (buildPlan in @lift/language). With any
// error (in the plan or a file it imports) nothing is written and the exit status is 1; a
// wrong format or SOURCE_DATE_EPOCH is a usage error (status 2), before any file is read.

import { buildPlan, buildPlanFiles, buildSettingsRefusal, emitterFormats, findFolderEmitter, isBuildRefusal, type BuildRefusal, type FolderEmitter, type OutputFile } from '@lift/language/core';
import { resolve } from 'node:path';
import { statOrExplain } from '../files/collect-lift-files.js';
import { writeFileAtomically } from '../files/atomic-write.js';
import { folderRefusal, FolderRefusedError, writeFolderAtomically } from '../files/folder-write.js';
import { writesToStandardOutput } from '../files/output-option.js';
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
    const epoch = io.env.SOURCE_DATE_EPOCH;
    const settings = buildSettingsRefusal(options.format, epoch, emitterFormats());
    if (settings) throw new UsageError(`lift: ${settings.message}`);
    const folderEmitter = findFolderEmitter(options.format);
    if (folderEmitter) await checkOutputFolder(folderEmitter, options.output, io);
    const absolute = resolve(io.cwd, file);
    const info = await statOrExplain(file, absolute);
    if (!info.isFile() || !file.endsWith('.lift')) throw new UsageError(`lift: '${file}' is not a .lift file`);
    const workspace = await openWorkspace([{ display: file, absolute }]);
    const [checked] = workspace.files;
    const result = folderEmitter
        ? await buildPlanFiles(workspace.services.shared, checked.document, options.format, epoch)
        : buildPlan(workspace.services.shared, checked.document, options.format, epoch);
    if (isBuildRefusal(result)) return refuse(result, workspace, io);
    if ('files' in result) {
        await writeFolder(result.files, result.extension, options.output!, io);
    } else if (writesToStandardOutput(options.output)) {
        io.stdout(result.content);
    } else {
        await writeFileAtomically(resolve(io.cwd, options.output!), result.content, { display: options.output });
    }
    return 0;
}

function refuse(result: BuildRefusal, workspace: Awaited<ReturnType<typeof openWorkspace>>, io: CliIo): number {
    if (result.reason !== 'errors') throw new UsageError(`lift: ${result.message}`);
    io.stderr(formatPretty(buildReport(filesWithErrors(workspace, result.filesWithErrors), io.cwd), io.errorColors));
    io.stderr(`lift: ${result.message}; nothing was built.\n`);
    return 1;
}

/** The files the build refused, with their errors only, named as the command line names them. */
function filesWithErrors(workspace: Awaited<ReturnType<typeof openWorkspace>>, uris: string[]) {
    return uris.map(uri => {
        const named = workspace.files.find(f => f.document.uri.toString() === uri);
        const document = named?.document ?? workspace.byUri.get(uri)!;
        const diagnostics = (document.diagnostics ?? []).filter(d => d.severity === 1);
        return { path: named?.path ?? document.uri.fsPath, document, text: document.textDocument.getText(), diagnostics };
    });
}

/** A folder format needs `-o DIR`, and DIR must be new, empty, or hold only that format's files. */
async function checkOutputFolder(emitter: FolderEmitter, output: string | undefined, io: CliIo): Promise<void> {
    if (!output || writesToStandardOutput(output)) {
        throw new UsageError(`lift: --format ${emitter.format} writes one file per workout; name the folder for them with -o DIR`);
    }
    const refusal = await folderRefusal(resolve(io.cwd, output), emitter.extension).catch((error: Error) => error.message);
    if (refusal) throw new UsageError(`lift: cannot write '${output}': ${refusal}`);
}

async function writeFolder(files: OutputFile[], extension: string, output: string, io: CliIo): Promise<void> {
    try {
        await writeFolderAtomically(resolve(io.cwd, output), files, extension);
    } catch (error) {
        if (error instanceof FolderRefusedError) throw new UsageError(`lift: cannot write '${output}': ${error.reason}`);
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
        throw new UsageError(`lift: cannot write '${output}': ${reason}`);
    }
}
