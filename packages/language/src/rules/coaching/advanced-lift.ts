// `advanced-lift`: a beginner athlete's plan schedules a session with an `advanced` exercise.

import { defineRule } from '../rule.js';
import { athleteLabel, liftsOf, weekdayLabel } from './calendar-queries.js';

export const advancedLift = defineRule({
    id: 'advanced-lift',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Olympic lifts are fast and technical; a beginner should master squats, deadlifts and lunges, and learn the clean with a coach.',
    configurable: true,
    reportsAt: 'the `lift` activity',
    summary: 'A beginner scheduled for an advanced lift such as the clean.',
    explanation: [
        'Checks plans whose athlete is `level beginner`: no scheduled `lift`, heavy or light, may use an exercise declared `level advanced`. In the built-in library those are the Olympic lifts: `clean`, `power-clean` and `hang-clean`; an `exercise` of your own can be marked advanced too.',
        'The guide treats the clean as an advanced Olympic movement: something to add once the basic lifts are mastered, and to learn with a coach at first. It is fast and technical, and learned alone from the start it puts form, and the athlete, at risk. A beginner gains far more from squats, deadlifts and lunges.',
        [
            'Decisions:',
            '- Athletes of level `intermediate` (the default) and `advanced` are not checked.',
            '- The rule looks at the sessions the plan actually schedules, wherever they are declared; a template lift that repeats is reported once, with its dates, and the advanced exercise lines are given as related information.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "First 5k" {\n    athlete "Jordan" { level beginner }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Power\n    }\n}\n\nsession Power heavy {\n    power-clean 3x3 @ 30kg rest 2min rir 2\n}',
        good: 'plan "First 5k" {\n    athlete "Jordan" { level beginner }\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Power\n    }\n}\n\nsession Power heavy {\n    goblet-squat 3x6 @ 12kg rest 90s rir 3\n}'
    },
    check({ plan, report }) {
        if (!plan || plan.athlete.level !== 'beginner') return;
        for (const { day, lift } of liftsOf(plan)) {
            const lines = lift.definition?.exercises.filter(line => line.exercise.ref?.levels[0]?.value === 'advanced') ?? [];
            if (lines.length === 0) continue;
            const names = [...new Set(lines.map(line => line.exercise.$refText))];
            report({
                node: lift.node,
                message: `Session ${lift.session} on ${weekdayLabel(day)} includes ${list(names)}, ${names.length === 1 ? 'an advanced lift' : 'advanced lifts'}, and ${athleteLabel(plan)} is a beginner. `
                    + 'Olympic lifts are technical and easy to get wrong: learn them with a coach first, and until then use basic movements such as squats, deadlifts and lunges.',
                dates: [day.date],
                weeks: [day.week],
                related: lines.map(line => ({ node: line, property: 'exercise', message: `${line.exercise.$refText} is declared \`level advanced\`` })),
                data: { session: lift.session, exercises: names }
            });
        }
    }
});

function list(names: string[]): string {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
