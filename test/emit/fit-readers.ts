// Two independent readers of FIT workout files — Garmin's SDK Decoder and the MIT-licensed
// `fit-file-parser` — brought to one shape, plus the expansion of repeat steps, so tests
// can compare a decoded workout with the JSON build's steps and exercises.

import { Decoder, Stream } from '@garmin/fitsdk';
import FitParser from 'fit-file-parser';

/** A workout step as the file stores it (raw numbers, enum values by name). */
export interface DecodedStep {
    name?: string;
    durationType: string;
    durationValue?: number;
    targetType: string;
    targetValue?: number;
    speedLow?: number;
    speedHigh?: number;
    intensity: string;
    notes?: string;
    exerciseCategory?: string;
    exerciseName?: number;
    /** Kilograms. */
    weight?: number;
    weightUnit?: string;
}

export interface DecodedWorkout {
    fileType: string;
    timeCreated: Date;
    name: string;
    sport: string;
    subSport: string;
    steps: DecodedStep[];
}

/** Decodes with Garmin's SDK; fails on a bad CRC, header or any decoding error. */
export function decodeWithSdk(bytes: Uint8Array): DecodedWorkout {
    const decoder = new Decoder(Stream.fromByteArray(bytes));
    if (!decoder.isFIT() || !decoder.checkIntegrity()) throw new Error('the FIT SDK finds the file damaged');
    const { messages, errors } = decoder.read({ expandSubFields: false, convertTypesToStrings: true });
    if (errors.length > 0) throw new Error(`the FIT SDK could not read the file: ${errors.map(e => e.message).join('; ')}`);
    const [fileId] = messages.fileIdMesgs as Record<string, any>[];
    const [workout] = messages.workoutMesgs as Record<string, any>[];
    const steps = (messages.workoutStepMesgs as Record<string, any>[]).map(step => ({
        name: step.wktStepName,
        durationType: step.durationType,
        durationValue: step.durationValue,
        targetType: step.targetType,
        targetValue: step.targetValue,
        speedLow: step.customTargetValueLow,
        speedHigh: step.customTargetValueHigh,
        intensity: step.intensity,
        notes: step.notes,
        exerciseCategory: step.exerciseCategory,
        exerciseName: step.exerciseName,
        weight: step.exerciseWeight,
        weightUnit: step.weightDisplayUnit
    }));
    expectCount(steps.length, workout.numValidSteps);
    return { fileType: fileId.type, timeCreated: fileId.timeCreated, name: workout.wktName, sport: workout.sport, subSport: workout.subSport, steps: compact(steps) };
}

/** Decodes with fit-file-parser (CRC checked), an implementation that shares no code with the SDK. */
export async function decodeWithFitFileParser(bytes: Uint8Array): Promise<DecodedWorkout> {
    const parser = new FitParser({ force: false, mode: 'list', speedUnit: 'm/s', lengthUnit: 'm' });
    const parsed = await parser.parseAsync(Buffer.from(bytes)) as Record<string, any>;
    const [fileId] = parsed.file_ids as Record<string, any>[];
    const workout = parsed.messages.workout[0] as Record<string, any>;
    const steps = (parsed.messages.workout_step as Record<string, any>[]).map(step => ({
        name: step.wkt_step_name,
        durationType: camel(step.duration_type),
        durationValue: step.duration_value,
        targetType: camel(step.target_type),
        targetValue: step.target_value,
        speedLow: step.custom_target_value_low,
        speedHigh: step.custom_target_value_high,
        intensity: step.intensity,
        notes: step.notes,
        exerciseCategory: step.exercise_category === undefined ? undefined : camel(step.exercise_category),
        exerciseName: step.exercise_name,
        weight: step.exercise_weight,
        weightUnit: step.weight_display_unit
    }));
    expectCount(steps.length, workout.num_valid_steps);
    return {
        fileType: fileId.type, timeCreated: new Date(fileId.time_created), name: workout.wkt_name,
        sport: camel(workout.sport), subSport: camel(workout.sub_sport), steps: compact(steps)
    };
}

function expectCount(actual: number, declared: number): void {
    if (actual !== declared) throw new Error(`the workout declares ${declared} steps but holds ${actual}`);
}

function camel(name: string | undefined): string {
    return (name ?? '').replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function compact(steps: DecodedStep[]): DecodedStep[] {
    return steps.map(step => Object.fromEntries(Object.entries(step).filter(([, value]) => value !== undefined && value !== null)) as unknown as DecodedStep);
}

/** The steps in the order a watch runs them: each repeat step replays its block. */
export function expandRepeats(steps: readonly DecodedStep[]): DecodedStep[] {
    const out: DecodedStep[] = [];
    steps.forEach((step, index) => {
        if (step.durationType !== 'repeatUntilStepsCmplt') {
            out.push(step);
            return;
        }
        // The block from the step it names up to here has run once already.
        const block = steps.slice(step.durationValue!, index).filter(s => s.durationType !== 'repeatUntilStepsCmplt');
        for (let round = 1; round < step.targetValue!; round++) out.push(...block);
    });
    return out;
}
