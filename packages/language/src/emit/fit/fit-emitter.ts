// `lift build --format fit -o DIR`: one FIT workout file per scheduled run, cross session
// and lift. Byte-identical for the same input: `time_created` follows SOURCE_DATE_EPOCH,
// else 00:00 UTC on the plan's start.

import type { ResolvedPlan } from '../../plan/resolved-plan.js';
import type { EmitInput, FolderEmitter, OutputFile } from '../emitters.js';
import { encodeWorkouts } from './fit-encoder.js';
import { planWorkouts } from './plan-workouts.js';

/** FIT times count from 1989-12-31T00:00Z; earlier times cannot be stored. */
const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);

export const fitEmitter: FolderEmitter = {
    format: 'fit',
    extension: '.fit',
    async emitFiles({ plan, sourceDateEpoch }: EmitInput): Promise<OutputFile[]> {
        const workouts = planWorkouts(plan);
        const contents = await encodeWorkouts(workouts, timeCreated(plan, sourceDateEpoch));
        return workouts.map((workout, i) => ({ name: workout.fileName, content: contents[i] }));
    }
};

export function timeCreated(plan: ResolvedPlan, sourceDateEpoch: number | undefined): Date {
    const ms = sourceDateEpoch !== undefined
        ? sourceDateEpoch * 1000
        : Date.UTC(plan.start.year, plan.start.month - 1, plan.start.day);
    return new Date(Math.max(ms, FIT_EPOCH_MS));
}
