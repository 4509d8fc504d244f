// `lift check --format json` (docs/language.md): files with their diagnostics, then the totals.

import type { CheckReport } from './report-model.js';

export function formatJson(report: CheckReport): string {
    const json = {
        files: report.files.map(file => ({
            path: file.path,
            diagnostics: file.diagnostics.map(d => ({
                rule: d.rule,
                severity: d.severity,
                message: d.message,
                line: d.line,
                column: d.column,
                endLine: d.endLine,
                endColumn: d.endColumn,
                ...(d.related.length > 0 ? { related: d.related } : {})
            }))
        })),
        errorCount: report.errorCount,
        warningCount: report.warningCount,
        infoCount: report.infoCount
    };
    return `${JSON.stringify(json, null, 2)}\n`;
}
