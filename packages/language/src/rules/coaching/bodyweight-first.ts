// `bodyweight-first`: a beginner's first lifting week puts an external load on a squat,
// hinge, lunge or push exercise.

import type { Pattern } from '../../model/vocabulary.js';
import type { ResolvedExercise } from '../../plan/resolved-plan.js';
import { listOf } from '../english.js';
import { defineRule } from '../rule.js';
import { athleteLabel, liftsInWeek, liftsOf } from './calendar-queries.js';

/** The movement patterns a beginner should first learn without a weight. */
export const BODYWEIGHT_FIRST_PATTERNS: readonly Pattern[] = ['squat', 'hinge', 'lunge', 'push'];

export const bodyweightFirst = defineRule({
    id: 'bodyweight-first',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Beginners should learn the movements without a bar first, so that joints and tendons adapt before load is added.',
    configurable: true,
    reportsAt: 'the first `lift` activity',
    summary: `A beginner whose first lifting week loads a ${listOf(BODYWEIGHT_FIRST_PATTERNS, 'or')} exercise.`,
    explanation: [
        `Checks plans whose athlete is \`level beginner\`: in the first Monday–Sunday week that has any \`lift\`, no ${listOf(BODYWEIGHT_FIRST_PATTERNS, 'or')} exercise may carry an external load (\`kg\`, \`lb\` or \`%\`). Those movements are done with \`@ bw\`, or with no load written.`,
        'The guide has beginners start with bodyweight movements and progress to weighted ones later. Squatting, lunging, hinging and pushing without a bar teaches the patterns and lets joints and tendons adapt before load is added.',
        [
            'Decisions:',
            `- Every ${listOf(BODYWEIGHT_FIRST_PATTERNS, 'or')} exercise of that week is judged on its own: a bodyweight plank beside a loaded barbell squat does not make the week a bodyweight week. (Before version 2 of the language, one unloaded exercise anywhere in the week was enough.)`,
            '- Other patterns (pulls, core, calves, jumps) may carry light weights from the start; an exercise whose pattern is unknown is not judged.',
            '- A `%` load counts as external even when the athlete has no max for it.',
            '- It reports once, at the plan\'s first `lift`, and names the loaded exercises.',
            '- Athletes of level `intermediate` (the default) and `advanced` are not checked.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "First 5k" {\n    athlete "Jordan" {\n        level beginner\n        running-since 2026-09-01\n    }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        thu: lift Strength\n    }\n}\n\nsession Strength heavy {\n    goblet-squat 3x6 @ 12kg rest 90s rir 3\n    plank        3x30s rest 60s\n}',
        good: 'plan "First 5k" {\n    athlete "Jordan" {\n        level beginner\n        running-since 2026-09-01\n    }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        thu: lift Basics\n    }\n}\n\nsession Basics heavy {\n    bodyweight-squat 3x6 @ bw rest 75s\n    push-up          3x5 @ bw rest 75s\n    row              3x6 each @ 8kg rest 75s\n}'
    },
    check({ plan, report }) {
        if (!plan || plan.athlete.level !== 'beginner') return;
        const first = liftsOf(plan)[0];
        if (!first) return;
        const week = plan.weeks.find(candidate => candidate.number === first.day.week);
        if (!week) return;
        const loaded = liftsInWeek(week).flatMap(lift => lift.exercises).filter(isLoadedFoundation);
        if (loaded.length === 0) return;
        const names = [...new Set(loaded.map(exercise => exercise.exercise))];
        report({
            node: first.lift.node,
            message: `${athleteLabel(plan)}'s first lifting week (week ${week.number}) puts weights on ${listOf(names)}. `
                + 'A beginner should learn squats, hinges, lunges and push-ups with bodyweight first and add load once the movements feel natural: start those exercises at `@ bw`, or use their bodyweight versions.',
            dates: [first.day.date],
            weeks: [week.number],
            data: { session: first.lift.session, week: week.number, exercises: names }
        });
    }
});

/** A squat, hinge, lunge or push exercise with a kg, lb or % load (a % without a max counts too). */
function isLoadedFoundation(exercise: ResolvedExercise): boolean {
    const pattern = exercise.definition?.patterns[0]?.value;
    if (pattern === undefined || !(BODYWEIGHT_FIRST_PATTERNS as readonly string[]).includes(pattern)) return false;
    if (exercise.missingMax) return true;
    return exercise.load !== undefined && exercise.load.unit !== 'bw';
}
