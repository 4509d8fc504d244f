// `invalid-date`: a `YYYY-MM-DD` that is not a real calendar date.

import * as ast from '../../generated/ast.js';
import { allAstNodesOf } from '../../parser/syntax-tree-walk.js';
import { parseDate } from '../../model/calendar-values.js';
import { defineRule } from '../rule.js';

export const invalidDate = defineRule({
    id: 'invalid-date',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A day that is not on the calendar cannot anchor a plan or a race.',
    configurable: false,
    reportsAt: 'the date',
    summary: 'A date that does not exist on the calendar.',
    explanation: 'Dates are written `YYYY-MM-DD` and must exist: months 01–12 and a day that the month has (`2027-02-30` does not; `2028-02-29` does, 2028 being a leap year).',
    example: { bad: 'start 2027-02-30', good: 'start 2027-03-01' },
    check({ file, report }) {
        for (const node of allAstNodesOf(file, isDated)) {
            if (node.date && !parseDate(node.date)) {
                report({ node, property: 'date', message: `${node.date} is not a real date: check the month (01–12) and the day of the month.` });
            }
        }
    }
});

function isDated(node: unknown): node is ast.Start | ast.RunningSince | ast.Race {
    return ast.isStart(node) || ast.isRunningSince(node) || ast.isRace(node);
}
