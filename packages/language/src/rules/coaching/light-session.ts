// `light-session`: a `light` session that prescribes heavy work.

import type * as ast from '../../generated/ast.js';
import { parseQuantity, parseRepeat } from '../../model/quantities.js';
import { defineRule } from '../rule.js';
import { exerciseId, isLightSession } from './declared-sessions.js';

const HEAVY_REPS = 6;
const HEAVY_RIR = 2;
const HEAVY_RPE = 8;
const HEAVY_PERCENT = 80;

export const lightSession = defineRule({
    id: 'light-session',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Light sessions pass the taper and recovery checks because they are easy; near-maximal work in one slips heavy lifting past them.',
    configurable: true,
    reportsAt: 'the session name',
    summary: 'A session marked light that prescribes heavy work.',
    explanation: [
        'Checks every session declared `light` in the file. An exercise line counts as heavy work when any of these holds:',
        `- ${HEAVY_REPS} reps or fewer per set **and** \`rir ${HEAVY_RIR}\` or less (few reps close to the limit);\n- \`rpe ${HEAVY_RPE}\` or more;\n- a load of ${HEAVY_PERCENT} % of the max or more (\`@ 80%\`).`,
        'A `light` session is maintenance work, and it is trusted as such: the `recovery-48h`, `lift-after-run` and `taper` rules let it through. The guide lets light maintenance lifting go on through the taper precisely because it is light; a "light" session with near-maximal sets would slip heavy work past those checks. Keep such sessions easy (for example `rir 4`, or 60 % of the max), or mark the session `heavy`.',
        [
            'Decisions:',
            '- A line without `rir` or `rpe` is judged by its load only; kg and lb loads are not judged, since whether 60kg is heavy depends on the athlete.',
            '- The diagnostic stands on the session name and lists the heavy lines; they are also given as related information.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'session Maintenance light {\n    squat 3x3 @ 85% rest 2min rir 1\n}',
        good: 'session Maintenance light {\n    squat 2x5 @ 60% rest 2min rir 4\n}'
    },
    check({ file, report }) {
        for (const session of file.sessions.filter(isLightSession)) {
            const heavy = session.exercises.map(line => ({ line, why: heavyReason(line) })).filter(entry => entry.why !== undefined);
            if (heavy.length === 0) continue;
            const listed = heavy.map(({ line, why }) => `${exerciseId(line)} (${why})`).join(', ');
            report({
                node: session,
                property: 'name',
                message: `Session ${session.name} is marked light but prescribes heavy work: ${listed}. `
                    + 'Light sessions pass the recovery and taper checks because they are easy: lower the effort (rir 4, or about 60 % of the max) or mark the session heavy.',
                related: heavy.map(({ line, why }) => ({ node: line, message: `Heavy work in a light session: ${why}` })),
                data: { session: session.name }
            });
        }
    }
});

function heavyReason(line: ast.ExerciseLine): string | undefined {
    const reps = parseRepeat(line.scheme)?.reps;
    const rir = line.efforts.find(option => option.measure === 'rir')?.value;
    const rpe = line.efforts.find(option => option.measure === 'rpe')?.value;
    const load = line.loads[0] ? parseQuantity(line.loads[0].value) : undefined;
    if (reps !== undefined && reps <= HEAVY_REPS && rir !== undefined && rir <= HEAVY_RIR) return `${reps} reps at rir ${rir}`;
    if (rpe !== undefined && rpe >= HEAVY_RPE) return `rpe ${rpe}`;
    if (load?.kind === 'load' && load.unit === '%' && load.value >= HEAVY_PERCENT) return `${load.value} % of the max`;
    return undefined;
}
