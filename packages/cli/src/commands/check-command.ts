// `lift check PATH…`: validate files and folders and report in the chosen format.
// Exit 0 clean (warnings within --max-warnings), 1 errors or too many warnings. Errors in
// files the named ones import are reported under those files.

import { plural } from '@lift/language/core';
import { collectLiftFiles } from '../files/collect-lift-files.js';
import { importedFilesWithErrors, openWorkspace } from '../lift-workspace.js';
import { buildReport, type CheckReport } from '../reporters/report-model.js';
import { formatGithub } from '../reporters/github-reporter.js';
import { formatJson } from '../reporters/json-reporter.js';
import { formatPretty } from '../reporters/pretty-reporter.js';
import { formatSarif } from '../reporters/sarif-reporter.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';

export const CHECK_FORMATS = ['pretty', 'json', 'sarif', 'github'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

export interface CheckOptions {
    format: CheckFormat;
    maxWarnings?: number;
}

export async function runCheck(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
    const files = await collectLiftFiles(paths, io.cwd, io.stderr);
    io.progress(`Checking ${files.length} file${files.length === 1 ? '' : 's'}…`);
    const workspace = await openWorkspace(files);
    io.progress(undefined);
    // The errors of imported files count too: a plan whose import is broken cannot be built.
    const report = buildReport([...workspace.files, ...importedFilesWithErrors(workspace, io.cwd)], io.cwd);
    io.stdout(render(report, options.format, io));
    return exitCodeFor(report, options.maxWarnings, io);
}

function render(report: CheckReport, format: CheckFormat, io: CliIo): string {
    switch (format) {
        case 'json': return formatJson(report);
        case 'sarif': return formatSarif(report, io.version);
        case 'github': return formatGithub(report);
        default: return formatPretty(report, io.colors);
    }
}

function exitCodeFor(report: CheckReport, maxWarnings: number | undefined, io: CliIo): number {
    if (report.errorCount > 0) return 1;
    if (maxWarnings !== undefined && report.warningCount > maxWarnings) {
        io.stderr(`lift: ${plural(report.warningCount, 'warning')} found; --max-warnings allows ${maxWarnings}.\n`);
        return 1;
    }
    return 0;
}

export function parseMaxWarnings(value: string): number {
    if (!/^\d+$/.test(value)) throw new UsageError(`lift: --max-warnings takes a whole number of at least 0, not '${value}'`);
    return Number(value);
}
