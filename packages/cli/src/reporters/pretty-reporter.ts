// The default `lift check` output: a code frame per diagnostic with its rule id, then a
// summary line. Colour comes from the caller (terminal only, NO_COLOR honoured).
// Text from the plan (its lines, names and strings quoted in messages) may hold terminal
// control codes; they are shown as visible symbols, one per character so that the caret
// under a line still points at the right column, and never reach the terminal.

import { plural } from '@lift/language/core';
import type { Colors } from '../terminal/colors.js';
import type { CheckReport, ReportedDiagnostic, ReportedFile } from './report-model.js';

const CONTEXT_LINES = 1;

export function formatPretty(report: CheckReport, colors: Colors): string {
    const blocks: string[] = [];
    for (const file of report.files) {
        const lines = file.text.split(/\r?\n/);
        for (const diagnostic of file.diagnostics) blocks.push(formatDiagnostic(file, lines, diagnostic, colors));
    }
    blocks.push(summary(report, colors));
    return `${blocks.join('\n\n')}\n`;
}

function formatDiagnostic(file: ReportedFile, lines: string[], d: ReportedDiagnostic, c: Colors): string {
    const severity = d.severity === 'error' ? c.red(c.bold('error')) : d.severity === 'warning' ? c.yellow(c.bold('warning')) : c.cyan(c.bold('info'));
    const head = `${c.bold(`${visible(file.path)}:${d.line}:${d.column}`)} ${severity} ${visible(d.message)} ${c.dim(`[${d.rule}]`)}`;
    const related = d.related.map(place => `  ${c.dim('related:')} ${visible(place.path)}:${place.line}:${place.column} ${visible(place.message)}`);
    return [head, codeFrame(lines, d, c), ...related].join('\n');
}

function codeFrame(lines: string[], d: ReportedDiagnostic, c: Colors): string {
    const first = Math.max(1, d.line - CONTEXT_LINES);
    const last = Math.min(lines.length, d.line + CONTEXT_LINES);
    const width = String(last).length;
    const out: string[] = [];
    for (let number = first; number <= last; number++) {
        const text = visible((lines[number - 1] ?? '').replace(/\t/g, '    '));
        const marker = number === d.line ? c.red('>') : ' ';
        out.push(`${marker} ${c.dim(`${String(number).padStart(width)} |`)} ${text}`);
        if (number === d.line) {
            const end = d.endLine === d.line ? d.endColumn : text.length + 1;
            const length = Math.max(1, end - d.column);
            out.push(`  ${' '.repeat(width)} ${c.dim('|')} ${' '.repeat(d.column - 1)}${c.red('^'.repeat(length))}`);
        }
    }
    return out.join('\n');
}

// C0 controls, DEL, C1 controls, and the bidirectional overrides that reorder what is shown.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with each control character replaced by one visible symbol (␛ for ESC, ␡ for DEL, � otherwise). */
export function visible(text: string): string {
    return text.replace(CONTROL, char => {
        const code = char.charCodeAt(0);
        if (code < 0x20) return String.fromCharCode(0x2400 + code);
        return code === 0x7f ? '\u2421' : '\ufffd';
    });
}

function summary(report: CheckReport, c: Colors): string {
    const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
    const total = report.errorCount + report.warningCount + report.infoCount;
    if (total === 0) return c.green(`✔ ${files} checked, no problems.`);
    const counts = `${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}, ${plural(report.infoCount, 'info', 'infos')}`;
    const mark = report.errorCount > 0 ? c.red('✖') : c.yellow('⚠');
    return `${mark} ${files} checked: ${counts}.`;
}

