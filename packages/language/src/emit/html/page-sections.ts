// The parts of the printable page around the calendar: the plan's header with its races
// and the legend, the numbered notes that the day flags point at, and the sessions
// (warm-up, rest and effort, which the calendar cells leave out for room).

import { formatDay } from '../../model/calendar-values.js';
import type { ResolvedExercise, ResolvedPlan } from '../../plan/resolved-plan.js';
import { exercisePacing, schemeText, warmupText } from '../activity-text.js';
import { dateRange, weeksText } from '../date-text.js';
import type { PlanNote, PlanNotes } from '../diagnostic-days.js';
import { sessionsInOrder } from '../plan-sessions.js';
import { escapeHtml } from './html-escape.js';
import { MARKS } from './week-grid.js';

export function planHeader(plan: ResolvedPlan, notes: PlanNotes): string {
    const athlete = plan.athlete.name !== undefined ? `${escapeHtml(plan.athlete.name)} · ${plan.athlete.level}` : plan.athlete.level;
    const zone = plan.timezone !== undefined ? ` · times in ${escapeHtml(plan.timezone)}` : '';
    const facts = `${athlete} · ${dateRange(plan.start, plan.end)} · ${weeksText(plan.weeks.length)}${zone}`;
    const races = plan.races.map(race => `<li><span class="tag">${MARKS.race} Race</span> <strong>${escapeHtml(race.name)}</strong>`
        + ` · ${formatDay(race.date)} · priority ${race.priority}${race.scheduled ? '' : ' · outside the plan'}</li>`);
    return `<header class="plan-header">
<h1>${escapeHtml(plan.name)}</h1>
<p class="facts">${facts}</p>
${races.length > 0 ? `<ul class="races">${races.join('')}</ul>` : ''}
${legend(notes)}
</header>`;
}

/** The legend explains a numbered flag only when the page has one. */
function legend(notes: PlanNotes): string {
    const first = notes.notes[0];
    const items = [
        `<span class="act lift heavy"><span class="tag">${MARKS.heavy} Lift</span> heavy session</span>`,
        `<span class="act lift light"><span class="tag">${MARKS.light} Lift</span> light session</span>`,
        `<span class="act run quality"><span class="tag">${MARKS.quality} Quality</span> quality run</span>`,
        '<span class="act run easy">Easy 45min</span> other runs',
        `<span class="act race"><span class="tag">${MARKS.race} Race</span> race day</span>`,
        ...(first ? [`<span class="flag ${first.severity}"><span class="tag">${MARKS[first.severity]} 1</span> ${first.severity} no. 1, in full under the calendar</span>`] : [])
    ];
    return `<p class="legend" aria-label="Legend">${items.join(' ')}</p>`;
}

export function notesSection(notes: PlanNotes): string {
    if (notes.notes.length === 0) return '';
    const items = notes.notes.map(note => `<li class="flag ${note.severity}" id="note-${note.number}" data-rule="${escapeHtml(note.rule)}">`
        + `<span class="tag">${MARKS[note.severity]} ${note.number}</span> <span class="severity">${note.severity}</span>`
        + ` <code>${escapeHtml(note.rule)}</code> ${escapeHtml(note.message)}${placeOf(note)}</li>`);
    return `<section class="notes">
<h2>Warnings and notes from <code>lift check</code></h2>
<ul class="note-list">${items.join('\n')}</ul>
</section>`;
}

function placeOf(note: PlanNote): string {
    if (note.phase) return ` <span class="place">(phase ${escapeHtml(note.phase.name)})</span>`;
    if (note.dates.length === 0) return ' <span class="place">(the whole plan)</span>';
    return ` <span class="place">(flagged on ${note.dates.length === 1 ? 'one day' : `${note.dates.length} days`})</span>`;
}

export function sessionsSection(plan: ResolvedPlan): string {
    const sessions = sessionsInOrder(plan);
    if (sessions.length === 0) return '';
    const blocks = sessions.map(lift => {
        const rows = lift.exercises.map(exercise => {
            const pacing = exercisePacing(exercise);
            return `<li><strong>${escapeHtml(exercise.name)}</strong> ${escapeHtml(schemeText(exercise))}${loadBasis(exercise)}`
                + `${pacing ? ` · ${escapeHtml(pacing)}` : ''}</li>`;
        });
        const warmup = lift.warmup ? escapeHtml(warmupText(lift.warmup)) : 'none given';
        const mark = lift.intensity === 'heavy' ? MARKS.heavy : MARKS.light;
        return `<article class="session act lift ${lift.intensity}"><h3><span class="tag">${mark} Lift</span> ${escapeHtml(lift.session)}`
            + ` <span class="intensity">${lift.intensity}</span></h3><p class="warmup">Warm-up ${warmup}</p><ol>${rows.join('')}</ol></article>`;
    });
    return `<section class="sessions">
<h2>Sessions</h2>
<p class="hint">Loads change week by week: the calendar shows each day's load.</p>
<div class="session-list">${blocks.join('\n')}</div>
</section>`;
}

/** What a load is based on, when that stays the same all plan long: "@ 75% of max", "@ bodyweight". */
function loadBasis(exercise: ResolvedExercise): string {
    if (exercise.load?.unit === 'bw') return ' @ bodyweight';
    return exercise.load?.percent !== undefined ? ` @ ${exercise.load.percent}% of max` : '';
}
