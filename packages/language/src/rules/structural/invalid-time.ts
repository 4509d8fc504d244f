// `invalid-time`: an `at HH:MM` that is not a time of day.

import * as ast from '../../generated/ast.js';
import { allAstNodesOf } from '../../parser/syntax-tree-walk.js';
import { parseTime } from '../../model/calendar-values.js';
import { defineRule } from '../rule.js';

export const invalidTime = defineRule({
    id: 'invalid-time',
    category: 'structural',
    defaultSeverity: 'error',
    reason: 'A time of day that does not exist cannot order a day\'s activities or go into a calendar export.',
    configurable: false,
    reportsAt: 'the time',
    summary: 'A time of day that does not exist.',
    explanation: 'Times are 24-hour `HH:MM`: hours 00–23 and minutes 00–59 (`at 18:00`, `at 7:30`).',
    example: { bad: 'thu: lift StrengthB at 24:30', good: 'thu: lift StrengthB at 18:30' },
    check({ file, report }) {
        for (const node of allAstNodesOf(file, isTimed)) {
            if (ast.isRace(node)) {
                node.times.forEach((time, index) => {
                    if (parseTime(time) === undefined) report({ node, property: 'times', index, message: notATime(time) });
                });
            } else if (node.time !== undefined && parseTime(node.time) === undefined) {
                report({ node, property: 'time', message: notATime(node.time) });
            }
        }
    }
});

function notATime(time: string): string {
    return `${time} is not a time of day: use 24-hour HH:MM, from 00:00 to 23:59.`;
}

function isTimed(node: unknown): node is ast.RunActivity | ast.CrossActivity | ast.LiftActivity | ast.Race {
    return ast.isRunActivity(node) || ast.isCrossActivity(node) || ast.isLiftActivity(node) || ast.isRace(node);
}
