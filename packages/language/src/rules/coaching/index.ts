// The coaching rules (docs/rules/README.md, second table), one module each, in the table's order.

import type { Rule } from '../rule.js';
import { advancedLift } from './advanced-lift.js';
import { alternateGroups } from './alternate-groups.js';
import { bodyweightFirst } from './bodyweight-first.js';
import { consistency } from './consistency.js';
import { effort } from './effort.js';
import { foundations } from './foundations.js';
import { liftAfterRun } from './lift-after-run.js';
import { lightSession } from './light-session.js';
import { peakReduction } from './peak-reduction.js';
import { progressionStep } from './progression-step.js';
import { recovery48h } from './recovery-48h.js';
import { repRange } from './rep-range.js';
import { restRange } from './rest-range.js';
import { runFoundation } from './run-foundation.js';
import { setRange } from './set-range.js';
import { taper } from './taper.js';
import { warmup } from './warmup.js';
import { warmupDuration } from './warmup-duration.js';
import { weeklyFrequency } from './weekly-frequency.js';

export const COACHING_RULES: readonly Rule[] = [
    repRange, setRange, restRange, effort, recovery48h, liftAfterRun, taper, weeklyFrequency,
    consistency, peakReduction, warmup, warmupDuration, advancedLift, runFoundation,
    bodyweightFirst, progressionStep, lightSession, alternateGroups, foundations
];
