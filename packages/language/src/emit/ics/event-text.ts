// SUMMARY and DESCRIPTION of a calendar event. The summary is what a phone shows in a
// month view, so it stays short ("Lift · StrengthA (heavy)"); the description carries
// everything needed in the gym: the warm-up and each exercise with its load for that week.

import type { ResolvedDay, ResolvedLift, ResolvedPlan } from '../../plan/resolved-plan.js';
import { activitySummary, exerciseText, isQualityRun, liftTitle, raceText, runStepsText, runTitle, warmupText, type EnduranceActivity, type ScheduledActivity } from '../activity-text.js';

export function eventSummary(activity: ScheduledActivity): string {
    return activitySummary(activity);
}

export function eventDescription(plan: ResolvedPlan, day: ResolvedDay, activity: ScheduledActivity): string {
    const lines = activity.type === 'lift' ? liftLines(activity) : runLines(plan, activity);
    return [...lines, '', weekLine(plan, day)].join('\n');
}

function liftLines(lift: ResolvedLift): string[] {
    return [
        liftTitle(lift),
        ...(lift.note !== undefined ? [lift.note] : []),
        lift.warmup ? `Warm-up ${warmupText(lift.warmup)}` : 'Warm-up: none given',
        ...lift.exercises.map((exercise, position) => `${position + 1}. ${exerciseText(exercise)}`)
    ];
}

function runLines(plan: ResolvedPlan, run: EnduranceActivity): string[] {
    if (run.type === 'run' && run.race) return [`${raceText(run.race)} · priority ${run.race.priority} race`];
    const title = isQualityRun(plan, run) ? `${runTitle(run)} · quality run` : runTitle(run);
    const steps = run.type === 'run' ? runStepsText(run) : undefined;
    return [title, ...(steps !== undefined ? [steps] : []), ...(run.note !== undefined ? [run.note] : [])];
}

/** "Base phase, week 2 of 6 · plan week 2", with " · deload week" when progression pauses. */
function weekLine(plan: ResolvedPlan, day: ResolvedDay): string {
    const deload = plan.weeks.find(week => week.number === day.week)?.deload ? ' · deload week' : '';
    return `${day.phase.name} phase, week ${day.weekOfPhase} of ${day.phase.weeks} · plan week ${day.week}${deload}`;
}
