// GitHub Actions workflow commands: one annotation per diagnostic on the pull request diff.

import type { CheckReport } from './report-model.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function formatGithub(report: CheckReport): string {
    const lines = report.files.flatMap(file => file.diagnostics.map(d => {
        const properties = [
            `file=${escapeProperty(file.path)}`,
            `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`,
            `title=${escapeProperty(`lift ${d.rule}`)}`
        ].join(',');
        return `::${COMMAND[d.severity]} ${properties}::${escapeData(d.message)}`;
    }));
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
