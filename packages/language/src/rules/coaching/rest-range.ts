// `rest-range`: a rest between sets shorter than 60 s or longer than 120 s.

import { parseDuration, formatDuration } from '../../model/quantities.js';
import { defineRule } from '../rule.js';
import { declaredLines, exerciseId } from './declared-sessions.js';

/** Shortest rest between sets, in seconds. */
export const MIN_REST = 60;
/** Longest rest between sets, in seconds. */
export const MAX_REST = 120;
/** "1–2 minutes": the range as messages and quick fixes say it. */
export const REST_RANGE = `${MIN_REST / 60}–${MAX_REST / 60} minutes`;

export const restRange = defineRule({
    id: 'rest-range',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'One to two minutes lets the next set be lifted with good form; shorter turns the work into conditioning, longer only stretches the session.',
    configurable: true,
    reportsAt: 'the exercise line (its rest)',
    summary: `A rest between sets outside ${REST_RANGE}.`,
    explanation: [
        `Checks every \`rest\` written on an exercise line of the sessions declared in the file: it must lie between ${MIN_REST} s and ${MAX_REST} s, both included (\`rest 60s\`, \`rest 90s\` and \`rest 2min\` are fine). One to two minutes is the guide's own range.`,
        'Shorter rests leave too little recovery to lift the next set with good form, and the work slides toward conditioning; much longer ones stretch the session without making the athlete stronger. Lines without a `rest` are not judged.'
    ].join('\n\n'),
    example: {
        bad: 'session Legs heavy {\n    squat 3x5 @ 75kg rest 30s rir 2\n}',
        good: 'session Legs heavy {\n    squat 3x5 @ 75kg rest 90s rir 2\n}'
    },
    check({ file, report }) {
        for (const { line } of declaredLines(file)) {
            const option = line.rests[0];
            const seconds = option ? parseDuration(option.duration) : undefined;
            if (!option || seconds === undefined || (seconds >= MIN_REST && seconds <= MAX_REST)) continue;
            const message = seconds < MIN_REST
                ? `${exerciseId(line)} rests only ${formatDuration(seconds)} between sets. Strength sets need time to recover, or form and load drop: rest ${REST_RANGE} (${MIN_REST}s to ${formatDuration(MAX_REST)}).`
                : `${exerciseId(line)} rests ${formatDuration(seconds)} between sets, more than ${MAX_REST / 60} minutes. Longer breaks make the session drag without adding strength: rest ${REST_RANGE} (${MIN_REST}s to ${formatDuration(MAX_REST)}).`;
            report({ node: option, property: 'duration', message, data: { seconds, suggested: seconds < MIN_REST ? MIN_REST : MAX_REST } });
        }
    }
});
