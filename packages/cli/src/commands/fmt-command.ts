// `lift fmt PATH… [--check]`: rewrite files in the canonical layout (atomically), or with
// --check only list the files that would change. A file with syntax errors is never
// touched: its errors are printed instead. Exit 0 when nothing is left to do, 1 when
// --check found work or a file could not be formatted, 2 for a path that cannot be read or
// written. A file that is not valid UTF-8 is refused too: writing it back would replace the
// unreadable bytes for good. A file edited while fmt ran is not overwritten (exit 2).

import { formatDocumentText, ruleOf } from '@lift/language/core';
import { writeFileAtomically } from '../files/atomic-write.js';
import { collectLiftFiles } from '../files/collect-lift-files.js';
import { openWorkspace, type CheckedFile } from '../lift-workspace.js';
import { buildReport } from '../reporters/report-model.js';
import { formatPretty } from '../reporters/pretty-reporter.js';
import type { CliIo } from '../cli-io.js';

export interface FmtOptions {
    check?: boolean;
}

export async function runFmt(paths: string[], options: FmtOptions, io: CliIo): Promise<number> {
    const files = await collectLiftFiles(paths, io.cwd, io.stderr);
    io.progress(`Formatting ${files.length} file${files.length === 1 ? '' : 's'}…`);
    const workspace = await openWorkspace(files);
    const refused: CheckedFile[] = [];
    const changed: string[] = [];
    for (const [index, file] of workspace.files.entries()) {
        const outcome = formatDocumentText(file.document);
        if (outcome.kind === 'syntax-errors' || file.content?.validUtf8 === false) {
            refused.push(file);
        } else if (outcome.changed) {
            if (!options.check) {
                await writeFileAtomically(files[index].absolute, outcome.text, { display: file.path, unchangedSince: file.content?.bytes });
            }
            changed.push(file.path);
        }
    }
    io.progress(undefined);
    for (const path of changed) io.stdout(`${path}\n`);
    if (refused.length > 0) reportRefused(refused, io);
    return refused.length > 0 || (options.check && changed.length > 0) ? 1 : 0;
}

/** The syntax errors of the files left as they were, in `lift check`'s pretty form. */
function reportRefused(refused: CheckedFile[], io: CliIo): void {
    const syntaxOnly = refused.map(file => ({ ...file, diagnostics: file.diagnostics.filter(d => ruleOf(d) === 'syntax') }));
    io.stderr(formatPretty(buildReport(syntaxOnly, io.cwd), io.errorColors));
    const names = refused.map(file => file.path).join(', ');
    io.stderr(`lift: not formatted, fix the syntax errors first: ${names}\n`);
    const notUtf8 = refused.filter(file => file.content?.validUtf8 === false).map(file => file.path);
    if (notUtf8.length > 0) io.stderr(`lift: ${notUtf8.join(', ')}: not valid UTF-8; save the file as UTF-8 first (fmt would otherwise destroy the unreadable bytes)\n`);
}
