// `bodyweight-first`: a beginner's first lifting week uses external loads only.

import type { ResolvedExercise } from '../../plan/resolved-plan.js';
import { defineRule } from '../rule.js';
import { athleteLabel, liftsInWeek, liftsOf } from './calendar-queries.js';

export const bodyweightFirst = defineRule({
    id: 'bodyweight-first',
    category: 'coaching',
    defaultSeverity: 'info',
    reason: 'Beginners should learn the movements without a bar first, so that joints and tendons adapt before load is added.',
    configurable: true,
    reportsAt: 'the first `lift` activity',
    summary: 'A beginner whose first lifting week has no bodyweight work.',
    explanation: [
        'Checks plans whose athlete is `level beginner`: in the first Monday–Sunday week that has any `lift`, at least one exercise should be done without external load — written `@ bw`, or with no load at all (`plank 3x30s`).',
        'The guide has beginners start with bodyweight movements and progress to weighted ones later. Squatting, lunging and hinging without a bar teaches the patterns and lets joints and tendons adapt before load is added.',
        [
            'Decisions:',
            '- The rule fires only when **every** exercise of every lift in that week carries a `kg`, `lb` or `%` load; a single bodyweight exercise is enough to pass.',
            '- It reports once, as an info, at the plan\'s first `lift`.',
            '- Athletes of level `intermediate` (the default) and `advanced` are not checked.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "First 5k" {\n    athlete "Jordan" {\n        level beginner\n        running-since 2026-09-01\n    }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        thu: lift Strength\n    }\n}\n\nsession Strength heavy {\n    goblet-squat 3x6 @ 12kg rest 90s rir 3\n    row          3x6 each @ 10kg rest 90s rir 3\n}',
        good: 'plan "First 5k" {\n    athlete "Jordan" {\n        level beginner\n        running-since 2026-09-01\n    }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        thu: lift Basics\n    }\n}\n\nsession Basics heavy {\n    bodyweight-squat 3x6 @ bw rest 75s\n    push-up          3x5 @ bw rest 75s\n}'
    },
    check({ plan, report }) {
        if (!plan || plan.athlete.level !== 'beginner') return;
        const first = liftsOf(plan)[0];
        if (!first) return;
        const week = plan.weeks.find(candidate => candidate.number === first.day.week);
        if (!week) return;
        const exercises = liftsInWeek(week).flatMap(lift => lift.exercises);
        if (exercises.length === 0 || !exercises.every(isExternallyLoaded)) return;
        report({
            node: first.lift.node,
            message: `Every exercise in ${athleteLabel(plan)}'s first lifting week (week ${week.number}) uses weights. `
                + 'A beginner should learn the movements with bodyweight first (squats, lunges, bridges, push-ups) and add load once they feel natural: start with a bodyweight session (`@ bw`).',
            dates: [first.day.date],
            weeks: [week.number],
            data: { session: first.lift.session, week: week.number }
        });
    }
});

/** A kg, lb or % load (a % load without a max still counts as external). */
function isExternallyLoaded(exercise: ResolvedExercise): boolean {
    if (exercise.missingMax) return true;
    return exercise.load !== undefined && exercise.load.unit !== 'bw';
}
