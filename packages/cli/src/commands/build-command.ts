// `lift build FILE [--format F] [-o OUT]`: validate, then compile the plan with the
// pipeline the language server's `lift/build` uses (buildPlan in @lift/language). With any
// error (in the plan or a file it imports) nothing is written and the exit status is 1; a
// wrong format or SOURCE_DATE_EPOCH is a usage error (status 2), before any file is read.

import { buildPlan, buildSettingsRefusal, isBuildRefusal } from '@lift/language';
import { resolve } from 'node:path';
import { statOrExplain } from '../files/collect-lift-files.js';
import { writeFileAtomically } from '../files/atomic-write.js';
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
    const settings = buildSettingsRefusal(options.format, epoch);
    if (settings) throw new UsageError(`lift: ${settings.message}`);
    const absolute = resolve(io.cwd, file);
    const info = await statOrExplain(file, absolute);
    if (!info.isFile() || !file.endsWith('.lift')) throw new UsageError(`lift: '${file}' is not a .lift file`);
    const workspace = await openWorkspace([{ display: file, absolute }]);
    const [checked] = workspace.files;
    const result = buildPlan(workspace.services.shared, checked.document, options.format, epoch);
    if (isBuildRefusal(result)) {
        if (result.reason !== 'errors') throw new UsageError(`lift: ${result.message}`);
        io.stderr(formatPretty(buildReport(filesWithErrors(workspace, result.filesWithErrors), io.cwd), io.errorColors));
        io.stderr(`lift: ${result.message}; nothing was built.\n`);
        return 1;
    }
    if (writesToStandardOutput(options.output)) {
        io.stdout(result.content);
    } else {
        await writeFileAtomically(resolve(io.cwd, options.output!), result.content, { display: options.output });
    }
    return 0;
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
