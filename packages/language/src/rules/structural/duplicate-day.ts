// `duplicate-day`: a weekday named twice in one week template or week override.

import * as ast from '../../generated/ast.js';
import { defineRule, type RuleContext } from '../rule.js';

export const duplicateDay = defineRule({
    id: 'duplicate-day',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'Two lines for one weekday leave it unclear which day the athlete should follow, so Lift refuses to guess.',
    configurable: false,
    reportsAt: 'the second line of the day',
    summary: 'A weekday given twice in one template or week override.',
    explanation: 'A phase body is a week template with at most one line per weekday, and so is each `week K { }` override. Put all of a day\'s activities on one line, separated by commas: `tue: run intervals 6x800m, lift StrengthA`.',
    example: { bad: 'tue: run intervals 6x800m\ntue: lift StrengthA', good: 'tue: run intervals 6x800m, lift StrengthA' },
    check(context) {
        for (const plan of context.file.plans) {
            for (const phase of plan.phases) {
                reportRepeats(phase.days, 'this phase\'s template', context);
                const byWeek = new Map<number, ast.DayLine[]>();
                for (const override of phase.overrides) byWeek.set(override.week, [...(byWeek.get(override.week) ?? []), ...override.days]);
                for (const [week, days] of byWeek) reportRepeats(days, `week ${week} of this phase`, context);
            }
        }
    }
});

function reportRepeats(days: ast.DayLine[], where: string, { report }: RuleContext): void {
    const seen = new Set<string>();
    for (const line of days) {
        if (seen.has(line.day)) {
            report({ node: line, property: 'day', message: `${line.day} is already given in ${where}: put all of the day's activities on one line, separated by commas.` });
        }
        seen.add(line.day);
    }
}
