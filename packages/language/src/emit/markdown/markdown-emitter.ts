// `lift build --format md`: the plan as a document that reads well on GitHub and in a
// diff — phase headings with dates, a table per week, warnings listed and marked on days.

import { planNotes } from '../diagnostic-days.js';
import type { EmitInput, Emitter } from '../emitters.js';
import { documentHeader, notesSection, sessionsSection } from './document-sections.js';
import { phaseSections } from './week-tables.js';

export const markdownEmitter: Emitter = {
    format: 'md',
    extension: '.md',
    mediaType: 'text/markdown',
    emit: planToMarkdown
};

export function planToMarkdown({ plan, diagnostics }: EmitInput): string {
    const notes = planNotes(plan, diagnostics);
    const parts = [documentHeader(plan, notes), notesSection(notes), ...phaseSections(plan, notes), sessionsSection(plan)];
    return `${parts.filter(part => part.length > 0).join('\n\n')}\n`;
}
