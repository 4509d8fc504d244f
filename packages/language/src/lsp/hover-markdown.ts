// What the editor shows about a name or a place in a plan, as Markdown: an exercise's
// pattern, muscles, level and cues; a session as written or with one week's resolved loads;
// a warm-up; a phase's or a day's dates (rules: hover-rule-markdown.ts). Hover and completion share it.
// Dates and loads come from the resolved plan; nothing here works them out.

import type { Temporal } from 'temporal-polyfill';
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { sessionIntensity } from '../model/vocabulary.js';
import { isBuiltinLibrary } from '../builtin/builtin-library.js';
import { addDays, formatDay } from '../model/calendar-values.js';
import { formatDuration } from '../model/quantities.js';
import type { ResolvedDay, ResolvedExercise, ResolvedLift, ResolvedLoad, ResolvedPhase, ResolvedPlan, ResolvedWeek } from '../plan/resolved-plan.js';
import { writtenText } from './written-text.js';
import { rangeText } from '../emit/activity-text.js';
import { escapeMarkdown } from '../emit/markdown/markdown-escape.js';

export function exerciseMarkdown(exercise: ast.Exercise): string {
    const title = exercise.displayName ? `**${escapeMarkdown(exercise.displayName)}** (\`${exercise.name}\`)` : `**\`${exercise.name}\`**`;
    const origin = isBuiltinLibrary(AstUtils.getDocument(exercise).uri) ? ' · built-in exercise' : ' · exercise';
    const facts = [
        exercise.patterns[0] && `pattern **${exercise.patterns[0].value}**`,
        exercise.levels[0] && `level **${exercise.levels[0].value}**`
    ].filter(Boolean).join(' · ');
    const muscles = exercise.muscleLists.flatMap(list => list.muscles);
    const lines = [title + origin];
    if (facts) lines.push(facts);
    if (muscles.length > 0) lines.push(`muscles: ${muscles.join(', ')}`);
    const cues = exercise.cues.map(cue => `- ${escapeMarkdown(cue.text)}`);
    return [lines.join('  \n'), ...(cues.length > 0 ? [cues.join('\n')] : [])].join('\n\n');
}

export function warmupMarkdown(warmup: ast.Warmup): string {
    const parts = [
        ...warmup.cardio.map(part => `- cardio ${part.kind ? `${part.kind} ` : ''}${part.duration}`),
        ...warmup.mobility.map(part => `- mobility ${part.duration}${part.note ? `: ${escapeMarkdown(part.note)}` : ''}`)
    ];
    return [`**Warm-up ${warmup.name}**`, parts.length > 0 ? parts.join('\n') : '_no cardio or mobility part_'].join('\n\n');
}

/** A session as declared: intensity, warm-up and its exercise lines as written. */
export function sessionMarkdown(session: ast.Session): string {
    const head = `**Session ${session.name}** · ${sessionIntensity(session.intensity)}${session.warmup ? ` · warm-up ${session.warmup.$refText}` : ' · no warm-up'}`;
    const lines = session.exercises.map(line => `- \`${writtenText(line)}\``);
    return lines.length > 0 ? `${head}\n\n${lines.join('\n')}` : head;
}

/**
 * One `lift` as the plan schedules it. The first paragraph is the answer (each exercise's
 * load in the weeks the line covers); then the dates and warm-up, then the week-by-week table.
 */
export function scheduledLiftMarkdown(occurrences: Array<{ day: ResolvedDay; lift: ResolvedLift }>): string {
    const first = occurrences[0].lift;
    const warmup = first.warmup ? `warm-up ${first.warmup.name}` : first.definition?.warmup ? `warm-up ${first.definition.warmup.$refText}` : 'no warm-up';
    const head = `**Session ${first.session}** · ${first.intensity}`;
    const when = `${datesLine(occurrences.map(({ day }) => day))} · ${warmup}`;
    if (first.exercises.length === 0) return [head, when].join('\n\n');
    return [`${head} · ${loadsSummary(occurrences)}`, when, loadsTable(occurrences)].join('\n\n');
}

/** "Back squat 80kg → 85kg, Push-up bw": each exercise's load in its first and last week. */
function loadsSummary(occurrences: Array<{ day: ResolvedDay; lift: ResolvedLift }>): string {
    const last = occurrences[occurrences.length - 1].lift;
    return occurrences[0].lift.exercises.map((exercise, index) => {
        const from = loadText(exercise);
        const to = loadText(last.exercises[index]);
        return `${exercise.name} ${from === to ? from : `${from} → ${to}`}`;
    }).join(', ');
}

function loadsTable(occurrences: Array<{ day: ResolvedDay; lift: ResolvedLift }>): string {
    const columns = weekColumns(occurrences);
    const header = `| exercise | sets × reps | ${columns.map(column => column ? `week ${column.day.week}` : '…').join(' | ')} | rest · effort |`;
    const rule = `| --- | --- | ${columns.map(() => '---').join(' | ')} | --- |`;
    const rows = occurrences[0].lift.exercises.map((exercise, index) => {
        const loads = columns.map(column => column ? loadWithShare(column.lift.exercises[index]) : '…');
        return `| ${exercise.name} | ${schemeText(exercise)} | ${loads.join(' | ')} | ${pacingText(exercise)} |`;
    });
    return [header, rule, ...rows].join('\n');
}

/** One column per scheduled week, or the first two and the last when there are many. */
function weekColumns<T>(occurrences: T[]): Array<T | undefined> {
    if (occurrences.length <= 4) return occurrences;
    return [occurrences[0], occurrences[1], undefined, occurrences[occurrences.length - 1]];
}

function loadText(exercise: ResolvedExercise | undefined): string {
    if (!exercise) return '';
    if (exercise.missingMax) return '? (no max)';
    return exercise.load ? formatLoad(exercise.load) : '—';
}

/** "82.5kg (83%)": a week's load with the share of the max it really is, so a progression's climb shows. */
function loadWithShare(exercise: ResolvedExercise | undefined): string {
    const load = exercise?.load;
    const ofMax = load && load.unit !== 'bw' && load.ofMax !== undefined ? ` (${Math.round(load.ofMax)}%)` : '';
    return `${loadText(exercise)}${ofMax}`;
}

export function formatLoad(load: ResolvedLoad): string {
    return load.unit === 'bw' ? 'bw' : `${load.value}${load.unit}`;
}

function schemeText(exercise: ResolvedExercise): string {
    const perSet = exercise.hold !== undefined ? formatDuration(exercise.hold)
        : exercise.reps !== undefined ? rangeText(exercise.reps, exercise.repsMax) : '?';
    return `${exercise.sets}×${perSet}${exercise.each ? ' each' : ''}`;
}

function pacingText(exercise: ResolvedExercise): string {
    const parts = [
        exercise.rest !== undefined ? `rest ${formatDuration(exercise.rest)}` : undefined,
        exercise.rir !== undefined ? `rir ${rangeText(exercise.rir, exercise.rirMax)}` : undefined,
        exercise.rpe !== undefined ? `rpe ${rangeText(exercise.rpe, exercise.rpeMax)}` : undefined
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' · ') : '';
}

export function phaseMarkdown(phase: ResolvedPhase): string {
    const last = phase.firstWeek + phase.weeks - 1;
    const weeks = phase.weeks === 1 ? `plan week ${phase.firstWeek}` : `plan weeks ${phase.firstWeek}–${last}`;
    return `**Phase ${phase.name}**: ${formatDay(phase.start)} – ${formatDay(phase.end)} (${weeks})\n\nfocus ${phase.focus} · ${phase.weeks} week${phase.weeks === 1 ? '' : 's'}`;
}

export function weekMarkdown(week: ResolvedWeek): string {
    const sunday = addDays(week.monday, 6);
    const head = `**Week ${week.weekOfPhase} of ${week.phase.name}**: ${formatDay(week.monday)} – ${formatDay(sunday)} (plan week ${week.number})`;
    return week.deload ? `${head}\n\n${deloadText(week)}` : head;
}

/** What `deload` does to the week's loads (docs/language.md, "Progression and deload weeks"). */
function deloadText(week: ResolvedWeek): string {
    const loads = week.weekOfPhase > 1 ? 'loads repeat the last week before it that progressed, and the week after picks up one step on'
        : 'loads stay at their starting values';
    return `Deload week · the phase's load progression pauses: ${loads}.`;
}

/** The dates one day line falls on, with the race days that replaced its runs. */
export function dayLineMarkdown(line: ast.DayLine, days: ResolvedDay[]): string {
    const head = `**${line.days.map(day => `${day[0].toUpperCase()}${day.slice(1)}`).join(', ')}**`;
    if (days.length === 0) return `${head}: not scheduled (every week that would use this line is overridden or before the start)`;
    const races = days.flatMap(day => day.activities.flatMap(activity =>
        activity.type === 'run' && activity.race ? [`race day ${formatDay(day.date)}: ${escapeMarkdown(activity.race.name)}`] : []));
    return [`${head}: ${datesLine(days)}`, ...races].join('\n\n');
}

function datesLine(days: ResolvedDay[]): string {
    const weeks = days.map(day => day.week);
    const count = `${days.length} date${days.length === 1 ? '' : 's'}`;
    return `${count}, ${weeksSpan(weeks)}: ${datesList(days.map(day => day.date))}`;
}

function weeksSpan(weeks: number[]): string {
    if (weeks.length === 1) return `week ${weeks[0]}`;
    const consecutive = weeks.every((week, index) => index === 0 || week === weeks[index - 1] + 1);
    return consecutive ? `weeks ${weeks[0]}–${weeks[weeks.length - 1]}` : `weeks ${weeks.join(', ')}`;
}

function datesList(dates: Temporal.PlainDate[]): string {
    if (dates.length <= 8) return dates.map(formatDay).join(', ');
    return `${dates.slice(0, 3).map(formatDay).join(', ')} … ${dates.slice(-2).map(formatDay).join(', ')}`;
}

export function planMarkdown(plan: ResolvedPlan): string {
    const weeks = plan.weeks.length;
    const phases = plan.phases.map(phase => `- ${phase.name}: ${formatDay(phase.start)} – ${formatDay(phase.end)} (${phase.focus})`);
    return [`**${escapeMarkdown(plan.name)}**: ${formatDay(plan.start)} – ${formatDay(plan.end)} · ${weeks} week${weeks === 1 ? '' : 's'}`, phases.join('\n')]
        .filter(part => part.length > 0).join('\n\n');
}

export function raceMarkdown(plan: ResolvedPlan, race: ast.Race): string | undefined {
    const resolved = plan.races.find(candidate => candidate.node === race);
    if (!resolved) return undefined;
    const where = resolved.scheduled ? `plan week ${plan.days.find(day => day.date.equals(resolved.date))?.week ?? '?'}` : 'outside the plan';
    return `**Race ${escapeMarkdown(resolved.name)}**: ${formatDay(resolved.date)} (${where}) · priority ${resolved.priority}`;
}
