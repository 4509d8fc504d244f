// The structural checks (docs/rules/README.md, first table), one module each.

import type { Rule } from '../rule.js';
import { duplicateDay } from './duplicate-day.js';
import { duplicateName } from './duplicate-name.js';
import { importNotFound } from './import-not-found.js';
import { invalidDate } from './invalid-date.js';
import { invalidTime } from './invalid-time.js';
import { missingMax } from './missing-max.js';
import { raceOutsidePlan } from './race-outside-plan.js';
import { restDayConflict } from './rest-day-conflict.js';
import { syntax } from './syntax.js';
import { unknownRule } from './unknown-rule.js';
import { unresolvedReference } from './unresolved-reference.js';
import { weekOutOfRange } from './week-out-of-range.js';

export const STRUCTURAL_RULES: readonly Rule[] = [
    syntax, unresolvedReference, duplicateName, invalidDate, invalidTime, importNotFound,
    duplicateDay, weekOutOfRange, restDayConflict, missingMax, raceOutsidePlan, unknownRule
];
