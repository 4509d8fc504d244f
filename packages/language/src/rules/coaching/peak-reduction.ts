// `peak-reduction`: a peak phase whose average weekly heavy volume (sets × reps) is higher
// than that of the base phases.

import type { ResolvedPhase, ResolvedPlan } from '../../plan/resolved-plan.js';
import { defineRule } from '../rule.js';
import { isHeavyLift } from './calendar-queries.js';

export const peakReduction = defineRule({
    id: 'peak-reduction',
    category: 'coaching',
    defaultSeverity: 'warning',
    reason: 'Strength is built in the base phase; in the peak the hard running comes first and lifting only has to keep what was gained.',
    configurable: true,
    reportsAt: 'the `peak` phase name',
    summary: 'A peak phase with more heavy lifting per week than the base phases.',
    explanation: [
        'Compares the heavy lifting volume of each phase with `focus peak` against that of the phases with `focus base`. Volume is the sum of sets × reps over every exercise of every heavy `lift` in the phase, divided by the phase\'s number of weeks. The peak phase is reported when its weekly average is higher than the base phases\' (equal passes).',
        'The guide\'s advice: lift more while building the base, and less during peak race preparation. In the base phase strength is being built and the running is easy enough to absorb it; in the peak the hard running takes priority and the lifting only has to hold what was gained.',
        [
            'Decisions:',
            '- Only `heavy` sessions count; `light` maintenance sessions add nothing to the volume.',
            '- Only counted reps count: timed holds (`plank 3x30s`) add nothing, and an `each` line counts its reps once, not once per side.',
            '- All base phases are taken together: their total volume over their total number of weeks.',
            '- Deload weeks (`week 4 deload { … }`) are left out of both averages, their volume and their week alike: a planned easy week would otherwise make the base look lighter, or the peak lighter than it is.',
            '- A plan with no base phase has nothing to compare with and is not reported.'
        ].join('\n')
    ].join('\n\n'),
    example: {
        bad: 'plan "Spring Marathon" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Legs\n    }\n    phase Peak 3 weeks focus peak {\n        tue: lift Legs\n        fri: lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}',
        good: 'plan "Spring Marathon" {\n    start 2027-01-04\n    phase Base 4 weeks focus base {\n        tue: lift Legs\n        fri: lift Legs\n    }\n    phase Peak 3 weeks focus peak {\n        tue: lift Legs\n    }\n}\n\nsession Legs heavy {\n    squat 3x5 @ 80kg rest 2min rir 2\n}'
    },
    check({ plan, report }) {
        if (!plan) return;
        const base = plan.phases.filter(phase => phase.focus === 'base');
        if (base.length === 0) return;
        const baseVolumes = base.map(phase => heavyVolume(plan, phase));
        const baseWeeks = baseVolumes.reduce((sum, { weeks }) => sum + weeks, 0);
        if (baseWeeks === 0) return;
        const baseAverage = baseVolumes.reduce((sum, { volume }) => sum + volume, 0) / baseWeeks;
        for (const peak of plan.phases.filter(phase => phase.focus === 'peak')) {
            const { volume, weeks } = heavyVolume(plan, peak);
            const average = weeks > 0 ? volume / weeks : 0;
            if (average <= baseAverage) continue;
            report({
                node: peak.node,
                property: 'name',
                message: `Phase ${peak.name} averages ${round(average)} heavy reps a week (sets × reps), more than the ${round(baseAverage)} of the base ${base.length === 1 ? 'phase' : 'phases'}. `
                    + 'Peak race preparation is the time to lift less, so the hard running gets the energy: drop a heavy session, make one light, or cut sets.',
                data: { average, baseAverage }
            });
        }
    }
});

/** Sets × counted reps over the heavy lifts of the phase's weeks, and how many weeks count (deload weeks do not). */
function heavyVolume(plan: ResolvedPlan, phase: ResolvedPhase): { volume: number; weeks: number } {
    let volume = 0;
    const weeks = plan.weeks.filter(candidate => candidate.phase === phase && !candidate.deload);
    for (const week of weeks) {
        for (const day of week.days) {
            for (const lift of day.activities.filter(isHeavyLift)) {
                for (const exercise of lift.exercises) volume += exercise.sets * (exercise.reps ?? 0);
            }
        }
    }
    return { volume, weeks: weeks.length };
}

function round(value: number): string {
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
