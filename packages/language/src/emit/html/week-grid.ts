// The calendar table of the printable page: a row per week, a column per weekday, a band
// per phase. Lifts, quality runs and the race differ by colour AND by a text label with a
// symbol, so a black-and-white printout reads the same.

import type { Temporal } from 'temporal-polyfill';
import { addDays, formatTime } from '../../model/calendar-values.js';
import { WEEKDAYS, WEEKDAY_NAMES } from '../../model/vocabulary.js';
import type { ResolvedDay, ResolvedLift, ResolvedPhase, ResolvedPlan, ResolvedWeek } from '../../plan/resolved-plan.js';
import { activityCategory, exerciseBrief, runStepsText, runTitle, scheduledActivities, type EnduranceActivity, type ScheduledActivity } from '../activity-text.js';
import { dateRange, shortDate, weeksText } from '../date-text.js';
import type { PlanNote, PlanNotes } from '../diagnostic-days.js';
import { escapeHtml } from './html-escape.js';

import { ACTIVITY_MARKS as MARKS } from '../../model/vocabulary.js';

/** The symbols of the legend; the words beside them carry the meaning on their own. */
export { MARKS };

export function weekGrid(plan: ResolvedPlan, notes: PlanNotes): string {
    const head = `<thead><tr><th class="week-head" scope="col">Week</th>${WEEKDAYS.map(day => `<th scope="col">${WEEKDAY_NAMES[day]}</th>`).join('')}</tr></thead>`;
    const bodies = plan.phases.map(phase => phaseBody(plan, phase, notes));
    return `<table class="calendar">\n${head}\n${bodies.join('\n')}\n</table>`;
}

function phaseBody(plan: ResolvedPlan, phase: ResolvedPhase, notes: PlanNotes): string {
    const weeks = plan.weeks.filter(week => week.phase === phase);
    const flags = notes.notes.filter(note => note.phase === phase).map(flagBlock).join('');
    const band = `<tr class="phase-band"><th colspan="8" scope="rowgroup"><span class="phase-name">${escapeHtml(phase.name)}</span>`
        + ` <span class="phase-facts">focus ${escapeHtml(phase.focus)} · ${dateRange(phase.start, phase.end)} · ${weeksText(phase.weeks)}</span>${flags}</th></tr>`;
    return `<tbody class="phase" data-phase="${escapeHtml(phase.name)}">\n${band}\n${weeks.map(week => weekRow(plan, week, notes)).join('\n')}\n</tbody>`;
}

function weekRow(plan: ResolvedPlan, week: ResolvedWeek, notes: PlanNotes): string {
    const cells = WEEKDAYS.map((_, offset) => {
        const date = addDays(week.monday, offset);
        return dayCell(plan, date, week.days.find(day => day.date.equals(date)), notes.byDate.get(date.toString()) ?? []);
    });
    const deload = week.deload ? '<span class="deload">deload</span>' : '';
    const label = `<th class="week-head" scope="row"><span class="week-number">Week ${week.number}</span>${deload}`
        + `<span class="week-of-phase">${shortDate(week.monday)}</span><span class="week-of-phase">${week.weekOfPhase} of ${week.phase.weeks}</span></th>`;
    return `<tr class="week${week.deload ? ' deload' : ''}" data-week="${week.number}">${label}${cells.join('')}</tr>`;
}

function dayCell(plan: ResolvedPlan, date: Temporal.PlainDate, day: ResolvedDay | undefined, flags: PlanNote[]): string {
    const outside = date.since(plan.start).sign < 0 || date.since(plan.end).sign > 0;
    const activities = day ? scheduledActivities(day.activities) : [];
    const classes = ['day'];
    if (outside) classes.push('outside');
    if (day?.activities.some(activity => activity.type === 'rest')) classes.push('rest');
    if (activities.some(activity => activity.type === 'run' && activity.race)) classes.push('race-day');
    if (flags.length > 0) classes.push('flagged');
    const content = [
        // The weekday is the column's heading; the narrow layout has no columns and shows it here.
        `<div class="date"><span class="weekday">${WEEKDAY_NAMES[WEEKDAYS[date.dayOfWeek - 1]]} </span>${shortDate(date)}</div>`,
        ...(day?.activities.filter(activity => activity.type === 'rest') ?? []).slice(0, 1).map(rest =>
            `<div class="rest-label">Rest</div>${rest.note !== undefined ? `<div class="note">${escapeHtml(rest.note)}</div>` : ''}`),
        ...activities.map(activity => activity.type === 'lift' ? liftBlock(activity) : runBlock(plan, activity)),
        ...flags.map(flagBlock)
    ];
    return `<td class="${classes.join(' ')}" data-date="${date.toString()}">${content.join('')}</td>`;
}

function timeOf(activity: ScheduledActivity): string {
    return activity.time !== undefined ? ` <span class="time">${formatTime(activity.time)}</span>` : '';
}

function liftBlock(lift: ResolvedLift): string {
    const mark = lift.intensity === 'heavy' ? MARKS.heavy : MARKS.light;
    const work = lift.exercises.map(exercise => `<li>${escapeHtml(exerciseBrief(exercise))}`
        + `${exercise.note !== undefined ? ` <span class="note">${escapeHtml(exercise.note)}</span>` : ''}</li>`).join('');
    const note = lift.note !== undefined ? `<div class="note">${escapeHtml(lift.note)}</div>` : '';
    return `<div class="act lift ${lift.intensity}"><span class="tag">${mark} Lift</span>${timeOf(lift)}`
        + `<div class="act-title">${escapeHtml(lift.session)} <span class="intensity">${lift.intensity}</span></div>`
        + note + (work ? `<ul class="work">${work}</ul>` : '') + '</div>';
}

function runBlock(plan: ResolvedPlan, run: EnduranceActivity): string {
    const category = activityCategory(plan, run);
    const race = run.type === 'run' ? run.race : undefined;
    if (category === 'Race') {
        const distance = race?.distance !== undefined ? ` · ${escapeHtml(race.distance.text)}` : '';
        return `<div class="act race"><span class="tag">${MARKS.race} Race</span>${timeOf(run)}`
            + `<div class="act-title">${escapeHtml(runTitle(run))}</div><div class="note">priority ${race?.priority ?? ''}${distance}</div></div>`;
    }
    const stepsText = run.type === 'run' ? runStepsText(run) : undefined;
    const steps = stepsText !== undefined ? `<div class="steps">${escapeHtml(stepsText)}</div>` : '';
    const note = steps + (run.note !== undefined ? `<div class="note">${escapeHtml(run.note)}</div>` : '');
    if (category === 'Quality run') {
        return `<div class="act run quality"><span class="tag">${MARKS.quality} Quality</span>${timeOf(run)}`
            + `<div class="act-title">${escapeHtml(runTitle(run))}</div>${note}</div>`;
    }
    return `<div class="act run easy"><div class="act-title">${escapeHtml(runTitle(run))}${timeOf(run)}</div>${note}</div>`;
}

/** The first sentence on the day; the numbered notes below the calendar hold the whole message. */
function flagBlock(note: PlanNote): string {
    return `<div class="flag ${note.severity}" data-rule="${escapeHtml(note.rule)}" title="${escapeHtml(note.dayMessage)}">`
        + `<span class="tag">${MARKS[note.severity]} ${note.number}</span> ${escapeHtml(note.headline)}</div>`;
}
