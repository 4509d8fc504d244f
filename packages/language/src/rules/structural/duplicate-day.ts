// `duplicate-day`: a weekday named twice in one week template or week override, whether on
// two lines or in a list (`mon, mon:`). Overrides that name the same week merge, so a day
// given in two of them is a duplicate too.

import * as ast from '../../generated/ast.js';
import { overrideWeeks } from '../../plan/week-overrides.js';
import { formatWeekday } from '../../model/calendar-values.js';
import { defineRule, type RuleContext } from '../rule.js';

/** One weekday as written: the line and the position of the day in its list. */
interface DayMention {
    line: ast.DayLine;
    index: number;
}

export const duplicateDay = defineRule({
    id: 'duplicate-day',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'Two lines for one weekday leave it unclear which day the athlete should follow, so Lift refuses to guess.',
    configurable: false,
    reportsAt: 'the second mention of the day',
    summary: 'A weekday given twice in one template or week override.',
    explanation: 'A phase body is a week template with at most one line per weekday, and so is each week override; overrides that name the same week (`week 4 { }` and `week 4, 8 { }`) count as one. A day list (`mon, thu:`) names each of its days. Put all of a day\'s activities on one line, separated by commas: `tue: run intervals 6x800m, lift StrengthA`.',
    example: { bad: 'tue: run intervals 6x800m\ntue: lift StrengthA', good: 'tue: run intervals 6x800m, lift StrengthA' },
    check(context) {
        for (const plan of context.file.plans) {
            for (const phase of plan.phases) {
                const reported = new Set<string>();
                reportRepeats(mentionsOf(phase.days), 'this phase\'s template', context, reported);
                const byWeek = new Map<number, DayMention[]>();
                for (const override of phase.overrides) {
                    for (const week of new Set(overrideWeeks(override))) {
                        byWeek.set(week, [...(byWeek.get(week) ?? []), ...mentionsOf(override.days)]);
                    }
                }
                for (const [week, mentions] of byWeek) reportRepeats(mentions, `week ${week} of this phase`, context, reported);
            }
        }
    }
});

function mentionsOf(lines: ast.DayLine[]): DayMention[] {
    return lines.flatMap(line => line.days.map((_, index) => ({ line, index })));
}

function reportRepeats(mentions: DayMention[], where: string, { report }: RuleContext, reported: Set<string>): void {
    const seen = new Set<string>();
    for (const { line, index } of mentions) {
        const day = line.days[index];
        // A list that overrides several weeks would otherwise report one mistake once per week.
        const key = `${line.$cstNode?.offset}:${index}`;
        if (seen.has(day) && !reported.has(key)) {
            reported.add(key);
            report({ node: line, property: 'days', index, message: `${formatWeekday(day)} is already given in ${where}: put all of the day's activities on one line, separated by commas.` });
        }
        seen.add(day);
    }
}
