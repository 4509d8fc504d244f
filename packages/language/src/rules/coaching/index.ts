// The coaching rules of RULES.md's second table, one module each.

import type { Rule } from '../rule.js';

export const COACHING_RULES: readonly Rule[] = [];
