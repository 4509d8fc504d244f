// The parts of the Markdown document around the week tables: the plan's facts and races,
// the numbered warnings and notes that the day rows point at, and the sessions with their
// warm-up, rest and effort (the week tables carry each day's loads).

import { formatDay } from '../../model/calendar-values.js';
import type { ResolvedExercise, ResolvedPlan } from '../../plan/resolved-plan.js';
import { exercisePacing, schemeText, warmupText } from '../activity-text.js';
import { dateRange, weeksText } from '../date-text.js';
import type { PlanNote, PlanNotes } from '../diagnostic-days.js';
import { sessionsInOrder } from '../plan-sessions.js';
import { escapeMarkdown } from './markdown-escape.js';
import { MARKS } from './week-tables.js';

export function documentHeader(plan: ResolvedPlan, notes: PlanNotes): string {
    const athlete = plan.athlete.name !== undefined ? `${escapeMarkdown(plan.athlete.name)} (${plan.athlete.level})` : plan.athlete.level;
    const lines = [
        `# ${escapeMarkdown(plan.name)}`,
        '',
        `- **Athlete:** ${athlete}`,
        `- **Dates:** ${dateRange(plan.start, plan.end)} (${weeksText(plan.weeks.length)})`,
        ...(plan.timezone !== undefined ? [`- **Times:** ${escapeMarkdown(plan.timezone)}`] : []),
        ...plan.races.map(race => `- ${MARKS.race} **Race:** ${escapeMarkdown(race.name)} · ${formatDay(race.date)} · priority ${race.priority}`
            + (race.scheduled ? '' : ' · outside the plan')),
        '',
        `Key: ${MARKS.heavy} heavy lift · ${MARKS.light} light lift · ${MARKS.quality} quality run · ${MARKS.race} race`
            // The flags point at "Warnings and notes", which only a plan with notes has.
            + (notes.notes.length > 0 ? ` · ${MARKS.warning} warning (numbered as under "Warnings and notes")` : '')
    ];
    return lines.join('\n');
}

export function notesSection(notes: PlanNotes): string {
    if (notes.notes.length === 0) return '';
    return `## Warnings and notes\n\n${notes.notes.map(noteLine).join('\n')}`;
}

function noteLine(note: PlanNote): string {
    const place = note.phase ? `phase ${escapeMarkdown(note.phase.name)}`
        : note.dates.length === 0 ? 'whole plan' : note.dates.length === 1 ? 'one day' : `${note.dates.length} days`;
    return `${note.number}. ${MARKS[note.severity]} **${note.severity}** \`${note.rule}\` ${escapeMarkdown(note.message)} _(${place})_`;
}

export function sessionsSection(plan: ResolvedPlan): string {
    const sessions = sessionsInOrder(plan);
    if (sessions.length === 0) return '';
    const blocks = sessions.map(lift => {
        const mark = lift.intensity === 'heavy' ? MARKS.heavy : MARKS.light;
        const warmup = lift.warmup ? `Warm-up ${escapeMarkdown(warmupText(lift.warmup))}` : 'Warm-up: none given';
        const exercises = lift.exercises.map((exercise, position) => `${position + 1}. ${exerciseLine(exercise)}`);
        return [`### ${mark} ${escapeMarkdown(lift.session)} (${lift.intensity})`, '', warmup, '', ...exercises].join('\n');
    });
    return ['## Sessions', '', 'Loads change week by week: the week tables show each day\'s load.', '', blocks.join('\n\n')].join('\n');
}

function exerciseLine(exercise: ResolvedExercise): string {
    const basis = exercise.load?.unit === 'bw' ? ' @ bodyweight' : exercise.load?.percent !== undefined ? ` @ ${exercise.load.percent}% of max` : '';
    const pacing = exercisePacing(exercise);
    return `**${escapeMarkdown(exercise.name)}** ${escapeMarkdown(schemeText(exercise))}${basis}${pacing ? ` · ${escapeMarkdown(pacing)}` : ''}`;
}
