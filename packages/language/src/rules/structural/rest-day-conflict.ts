// `rest-day-conflict`: `rest` together with other activities on one day.

import * as ast from '../../generated/ast.js';
import { allAstNodesOf } from '../../parser/syntax-tree-walk.js';
import { formatWeekday } from '../../model/calendar-values.js';
import { defineRule } from '../rule.js';

export const restDayConflict = defineRule({
    id: 'rest-day-conflict',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A rest day exists for recovery; training on it means either the rest or the training is a mistake.',
    configurable: false,
    reportsAt: 'the rest',
    summary: 'A rest day that also schedules training.',
    explanation: '`rest` stands alone on its day: a day is either a rest day or a training day. Remove `rest`, or move the other activities to another day.',
    example: { bad: 'fri: rest, run easy 30min', good: 'fri: rest' },
    check({ file, report }) {
        for (const line of allAstNodesOf(file, ast.isDayLine)) {
            if (line.activities.length < 2) continue;
            for (const activity of line.activities.filter(ast.isRestActivity)) {
                report({ node: activity, message: `${line.days.map(formatWeekday).join(', ')} ${line.days.length > 1 ? 'are' : 'is'} marked rest but also schedules training: remove \`rest\` or move the other activities to another day.` });
            }
        }
    }
});
