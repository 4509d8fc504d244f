// What every reporter prints: the checked files with their diagnostics in 1-based
// line/column form and the totals (docs/language.md, "lift check --format json").

import { fromLspSeverity, ruleOf, type Severity } from '@lift/language/core';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CheckedFile } from '../lift-workspace.js';

export interface ReportedDiagnostic {
    rule: string;
    severity: Severity;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    related: Array<{ path: string; line: number; column: number; message: string }>;
}

export interface ReportedFile {
    path: string;
    text: string;
    diagnostics: ReportedDiagnostic[];
}

export interface CheckReport {
    files: ReportedFile[];
    errorCount: number;
    warningCount: number;
    infoCount: number;
}

export function buildReport(files: CheckedFile[], cwd: string): CheckReport {
    const reported = files.map(file => ({
        path: file.path,
        text: file.text,
        diagnostics: file.diagnostics.map(diagnostic => toReported(diagnostic, file, files, cwd))
    }));
    const all = reported.flatMap(file => file.diagnostics);
    return {
        files: reported,
        errorCount: all.filter(d => d.severity === 'error').length,
        warningCount: all.filter(d => d.severity === 'warning').length,
        infoCount: all.filter(d => d.severity === 'info').length
    };
}

function toReported(diagnostic: Diagnostic, file: CheckedFile, files: CheckedFile[], cwd: string): ReportedDiagnostic {
    return {
        rule: ruleOf(diagnostic),
        severity: fromLspSeverity(diagnostic.severity),
        message: diagnostic.message,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        related: (diagnostic.relatedInformation ?? []).map(info => ({
            path: displayPath(info.location.uri, file, files, cwd),
            line: info.location.range.start.line + 1,
            column: info.location.range.start.character + 1,
            message: info.message
        }))
    };
}

/** A related place in another file is shown as the user named it, else relative to the cwd. */
function displayPath(uri: string, file: CheckedFile, files: CheckedFile[], cwd: string): string {
    const named = files.find(candidate => candidate.document.uri.toString() === uri);
    if (named) return named.path;
    if (file.document.uri.toString() === uri) return file.path;
    try {
        return relative(cwd, fileURLToPath(uri));
    } catch {
        return uri;
    }
}
