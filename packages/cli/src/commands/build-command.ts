// `lift build FILE [--format F] [-o OUT]`: validate, then compile the plan. With any error
// (in the plan or a file it imports) nothing is written and the exit status is 1.

import { findEmitter, emitterFormats } from '@lift/language';
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
    const emitter = findEmitter(options.format);
    if (!emitter) throw new UsageError(`lift: unknown build format '${options.format}'; choose one of ${emitterFormats().join(', ')}`);
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
    const content = emitter.emit({ plan, diagnostics: checked.diagnostics, sourceDateEpoch: sourceDateEpoch(io.env) });
    if (writesToStandardOutput(options.output)) {
        io.stdout(content);
    } else {
        await writeFileAtomically(resolve(io.cwd, options.output!), content, { display: options.output });
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
    // The upper bound is 9999-12-31T23:59:59Z: outputs keep four-digit years.
    if (!/^\d+$/.test(value) || Number(value) > 253402300799) throw new UsageError(`lift: SOURCE_DATE_EPOCH must be whole seconds since 1970 up to 253402300799 (the end of 9999), not '${value}'`);
    return Number(value);
}
