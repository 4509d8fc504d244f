// `week-out-of-range`: a `week K { }` override outside 1..N of its phase.

import { defineRule } from '../rule.js';

export const weekOutOfRange = defineRule({
    id: 'week-out-of-range',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A week override beyond its phase\'s length would never apply, which is almost always a counting slip.',
    configurable: false,
    reportsAt: 'the week number',
    summary: 'A week override outside its phase.',
    explanation: '`week K { }` changes the K-th week of the phase it stands in, so K runs from 1 to the number of weeks of that phase. Weeks are counted within the phase, not within the plan.',
    example: { bad: 'phase Base 4 weeks focus base {\n    week 5 { thu: rest }\n}', good: 'phase Base 4 weeks focus base {\n    week 4 { thu: rest }\n}' },
    check({ file, report }) {
        for (const phase of file.plans.flatMap(plan => plan.phases)) {
            for (const override of phase.overrides) {
                if (!Number.isInteger(override.week) || override.week < 1 || override.week > phase.length) {
                    report({ node: override, property: 'week', message: `Phase ${phase.name} has ${phase.length} week${phase.length === 1 ? '' : 's'}, so there is no week ${override.week} to override: use a number from 1 to ${phase.length} (weeks count within the phase).` });
                }
            }
        }
    }
});
