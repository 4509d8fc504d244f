// `alternate-groups`: two exercises in a row whose primary muscles are the same.

import { defineRule } from '../rule.js';
import { declaredLines, exerciseId, primaryMuscles } from './declared-sessions.js';

export const alternateGroups = defineRule({
    id: 'alternate-groups',
    category: 'coaching',
    defaultSeverity: 'info',
    reason: 'Alternating muscle groups lets one group recover while the next one works, so each exercise starts fresher and the session ends sooner.',
    configurable: true,
    reportsAt: 'the second exercise line',
    summary: 'Two exercises in a row that work the same muscles.',
    explanation: [
        'Checks the order of the exercise lines in every session declared in the file: two lines in a row should not train exactly the same primary muscles, as the exercises declare them (`muscles quadriceps, glutes`).',
        'The guide suggests alternating muscle groups so that one group recovers while the next one works. The session gets done sooner, and each exercise is done with fresher muscles.',
        [
            'Decisions:',
            '- Muscles are compared as sets: `quadriceps, glutes` and `glutes, quadriceps` are the same, while `quadriceps, glutes` and `quadriceps, glutes, hamstrings` are not.',
            '- The second line of the pair is reported. Exercises that declare no muscles, or do not resolve, are skipped.',
            '- It is an info: sometimes a coach pairs two movements on purpose.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    goblet-squat 3x6 @ 16kg rest 90s rir 2\n    split-squat  3x6 each @ 10kg rest 90s rir 2\n    push-up      3x6 @ bw rest 75s rir 2\n}',
        good: 'session Legs heavy {\n    goblet-squat 3x6 @ 16kg rest 90s rir 2\n    push-up      3x6 @ bw rest 75s rir 2\n    split-squat  3x6 each @ 10kg rest 90s rir 2\n}'
    },
    check({ file, report }) {
        const lines = declaredLines(file);
        for (let i = 1; i < lines.length; i++) {
            const previous = lines[i - 1];
            const current = lines[i];
            if (previous.session !== current.session) continue;
            const before = new Set(primaryMuscles(previous.line.exercise.ref));
            const now = new Set(primaryMuscles(current.line.exercise.ref));
            if (before.size === 0 || before.size !== now.size || ![...now].every(muscle => before.has(muscle))) continue;
            const muscles = [...now].join(', ');
            report({
                node: current.line,
                property: 'exercise',
                message: `${exerciseId(current.line)} works the same muscles (${muscles}) as ${exerciseId(previous.line)} just before it. `
                    + 'Alternating muscle groups lets one rest while another works: put an exercise for other muscles between them.',
                related: [{ node: previous.line, property: 'exercise', message: `${exerciseId(previous.line)} works ${muscles} too` }],
                data: { previous: exerciseId(previous.line), muscles: [...now] }
            });
        }
    }
});
