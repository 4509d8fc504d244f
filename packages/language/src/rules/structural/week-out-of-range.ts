// `week-out-of-range`: a week override that names a week outside 1..N of its phase,
// reported at each such number of a list (`week 4, 8`) or range (`week 3-5`).

import { GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { defineRule, type RuleContext } from '../rule.js';

export const weekOutOfRange = defineRule({
    id: 'week-out-of-range',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A week override beyond its phase\'s length would never apply, which is almost always a counting slip.',
    configurable: false,
    reportsAt: 'the week number',
    summary: 'A week override outside its phase.',
    explanation: '`week K { }` changes the K-th week of the phase it stands in, so K runs from 1 to the number of weeks of that phase. Weeks are counted within the phase, not within the plan. In a list (`week 4, 8`) or a range (`week 3-5`) every number must lie in that span.',
    example: { bad: 'phase Base 4 weeks focus base {\n    week 5 { thu: rest }\n}', good: 'phase Base 4 weeks focus base {\n    week 4 { thu: rest }\n}' },
    check(context) {
        for (const phase of context.file.plans.flatMap(plan => plan.phases)) {
            for (const override of phase.overrides) {
                override.weeks.forEach((week, index) => {
                    if (!isInPhase(week, phase)) report(context, phase, override, week, { property: 'weeks', index });
                });
                if (override.lastWeek !== undefined && !isInPhase(override.lastWeek, phase)) {
                    report(context, phase, override, override.lastWeek, { property: 'lastWeek', skipDash: true });
                }
            }
        }
    }
});

function isInPhase(week: number, phase: ast.Phase): boolean {
    return Number.isInteger(week) && week >= 1 && week <= phase.length;
}

function report({ report: reportAt, document }: RuleContext, phase: ast.Phase, override: ast.WeekOverride, week: number,
    where: { property: 'weeks' | 'lastWeek'; index?: number; skipDash?: boolean }): void {
    const message = `Phase ${phase.name} has ${phase.length} week${phase.length === 1 ? '' : 's'}, so there is no week ${week} to override: use a number from 1 to ${phase.length} (weeks count within the phase).`;
    const token = where.skipDash ? rangeEndToken(override) : undefined;
    if (token) {
        // The range's end token is `-5`: point at the number, not at the dash.
        const start = document.textDocument.positionAt(token.offset + 1);
        const end = document.textDocument.positionAt(token.end);
        reportAt({ node: override, range: { start, end }, message });
    } else {
        reportAt({ node: override, property: where.property, index: where.index, message });
    }
}

function rangeEndToken(override: ast.WeekOverride) {
    return override.$cstNode && GrammarUtils.findNodeForProperty(override.$cstNode, 'lastWeek');
}
