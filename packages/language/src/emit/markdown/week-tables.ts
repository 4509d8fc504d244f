// The calendar part of the Markdown document: a heading per phase with its dates, a
// heading and a table per week, and a row per day that has something on it. One source
// line per day keeps a changed day a one-line change in `git diff`.

import { addDays, formatDay, formatTime } from '../../model/calendar-values.js';
import type { ResolvedDay, ResolvedLift, ResolvedPhase, ResolvedPlan, ResolvedRace, ResolvedWeek } from '../../plan/resolved-plan.js';
import { activityCategory, exerciseBrief, runStepsText, runTitle, scheduledActivities, type EnduranceActivity, type ScheduledActivity } from '../activity-text.js';
import { dateRange, weeksText } from '../date-text.js';
import type { PlanNote, PlanNotes } from '../diagnostic-days.js';
import { escapeMarkdown } from './markdown-escape.js';

/** The same symbols as the printable page, each beside a word that says it without them. */
import { ACTIVITY_MARKS as MARKS } from '../../model/vocabulary.js';

export { MARKS };

export function phaseSections(plan: ResolvedPlan, notes: PlanNotes): string[] {
    return plan.phases.map(phase => phaseSection(plan, phase, notes));
}

function phaseSection(plan: ResolvedPlan, phase: ResolvedPhase, notes: PlanNotes): string {
    const heading = `## ${escapeMarkdown(phase.name)}\n\nFocus ${escapeMarkdown(phase.focus)} · ${dateRange(phase.start, phase.end)} · ${weeksText(phase.weeks)}`;
    const flags = notes.notes.filter(note => note.phase === phase).map(flagEntry);
    const weeks = plan.weeks.filter(week => week.phase === phase).map(week => weekTable(plan, week, notes));
    return [heading, ...flags, ...weeks].join('\n\n');
}

function weekTable(plan: ResolvedPlan, week: ResolvedWeek, notes: PlanNotes): string {
    // The mark goes last so that every heading still starts "### Week N · date".
    const heading = `### Week ${week.number} · ${formatDay(week.monday)} · ${week.weekOfPhase} of ${week.phase.weeks} in ${escapeMarkdown(week.phase.name)}${week.deload ? ' · deload' : ''}`;
    const rows = [0, 1, 2, 3, 4, 5, 6].flatMap(offset => {
        const date = addDays(week.monday, offset);
        if (date.since(plan.start).sign < 0) return [];
        const day = week.days.find(candidate => candidate.date.equals(date));
        const flags = notes.byDate.get(date.toString()) ?? [];
        if (!day && flags.length === 0) return [];
        return [`| ${formatDay(date)} | ${[...dayEntries(plan, day), ...flags.map(flagEntry)].join('<br>')} |`];
    });
    if (rows.length === 0) return `${heading}\n\nNothing scheduled.`;
    return `${heading}\n\n| Day | Plan |\n| --- | --- |\n${rows.join('\n')}`;
}

function dayEntries(plan: ResolvedPlan, day: ResolvedDay | undefined): string[] {
    if (!day) return ['—'];
    const rest = day.activities.filter(activity => activity.type === 'rest').slice(0, 1)
        .map(entry => entry.note !== undefined ? `Rest — _${escapeMarkdown(entry.note)}_` : 'Rest');
    return [...rest, ...scheduledActivities(day.activities).map(activity => activity.type === 'lift' ? liftEntry(activity) : runEntry(plan, activity))];
}

function at(activity: ScheduledActivity): string {
    return activity.time !== undefined ? ` at ${formatTime(activity.time)}` : '';
}

/** "▲ **Lift · StrengthA** (heavy) at 18:00: Back squat 4×5 @ 90kg · …". */
function liftEntry(lift: ResolvedLift): string {
    const mark = lift.intensity === 'heavy' ? MARKS.heavy : MARKS.light;
    const work = lift.exercises.map(exercise => escapeMarkdown(exerciseBrief(exercise))
        + (exercise.note !== undefined ? ` (_${escapeMarkdown(exercise.note)}_)` : '')).join(' · ');
    const note = lift.note !== undefined ? ` — _${escapeMarkdown(lift.note)}_` : '';
    return `${mark} **Lift · ${escapeMarkdown(lift.session)}** (${lift.intensity})${at(lift)}${note}${work ? `: ${work}` : ''}`;
}

function distance(race: ResolvedRace | undefined): string {
    return race?.distance !== undefined ? ` · ${escapeMarkdown(race.distance.text)}` : '';
}

function runEntry(plan: ResolvedPlan, run: EnduranceActivity): string {
    const race = run.type === 'run' ? run.race : undefined;
    const stepsText = run.type === 'run' ? runStepsText(run) : undefined;
    const steps = stepsText !== undefined ? `: ${escapeMarkdown(stepsText)}` : '';
    const note = steps + (run.note !== undefined && !race ? ` — _${escapeMarkdown(run.note)}_` : '');
    switch (activityCategory(plan, run)) {
        case 'Race': return `${MARKS.race} **Race · ${escapeMarkdown(runTitle(run))}** (priority ${race?.priority})${at(run)}${distance(race)}`;
        case 'Quality run': return `${MARKS.quality} **Quality · ${escapeMarkdown(runTitle(run))}**${at(run)}${note}`;
        default: return `Run · ${escapeMarkdown(runTitle(run))}${at(run)}${note}`;
    }
}

/** "⚠ **Warning 2:** first sentence", pointing at the numbered list that has the whole message. */
function flagEntry(note: PlanNote): string {
    const word = `${note.severity[0].toUpperCase()}${note.severity.slice(1)}`;
    return `${MARKS[note.severity]} **${word} ${note.number}:** ${escapeMarkdown(note.headline)}`;
}
