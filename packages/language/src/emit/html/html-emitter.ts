// `lift build --format html`: one self-contained printable page — inline CSS, no scripts,
// no external assets — with a row per week, a column per weekday, and warnings marked on
// their days (placement: emit/diagnostic-days.ts).

import { planNotes } from '../diagnostic-days.js';
import type { EmitInput, Emitter } from '../emitters.js';
import { escapeHtml } from './html-escape.js';
import { notesSection, planHeader, sessionsSection } from './page-sections.js';
import { PAGE_STYLE } from './page-style.js';
import { weekGrid } from './week-grid.js';

export const htmlEmitter: Emitter = {
    format: 'html',
    extension: '.html',
    mediaType: 'text/html',
    emit: planToHtml
};

export function planToHtml({ plan, diagnostics }: EmitInput): string {
    const notes = planNotes(plan, diagnostics);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lift build">
<title>${escapeHtml(plan.name)} · training calendar</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${planHeader(plan, notes)}
<main>
${weekGrid(plan, notes)}
${notesSection(notes)}
${sessionsSection(plan)}
</main>
<footer>Built by <code>lift build</code> from “${escapeHtml(plan.name)}”. Loads are each week's resolved loads; percentages are of the athlete's max.</footer>
</body>
</html>
`;
}
