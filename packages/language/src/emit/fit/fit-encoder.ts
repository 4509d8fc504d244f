// FIT bytes of a workout, written with Garmin's FIT SDK (@garmin/fitsdk). The SDK is under
// Garmin's FIT licence, not an open-source one, so it stays an installed npm dependency
// that no bundle contains: it is imported here, lazily, only when FIT files are built
// (docs/architecture.md, "Workout files").

import type { FitStep, FitWorkout } from './workout-steps.js';

type FitSdk = typeof import('@garmin/fitsdk');

/** A FIT message by the profile's field names. */
type Message = Record<string, unknown>;

let sdk: Promise<FitSdk> | undefined;

function loadSdk(): Promise<FitSdk> {
    sdk ??= import('@garmin/fitsdk');
    return sdk;
}

/** One FIT workout file per workout, `timeCreated` the same for all (reproducible builds). */
export async function encodeWorkouts(workouts: readonly FitWorkout[], timeCreated: Date): Promise<Uint8Array[]> {
    const fit = await loadSdk();
    return workouts.map(workout => encodeWorkout(fit, workout, timeCreated));
}

function encodeWorkout({ Encoder, Profile }: FitSdk, workout: FitWorkout, timeCreated: Date): Uint8Array {
    const value = enumValues(Profile.types as unknown as Record<string, Record<string, string>>);
    const encoder = new Encoder();
    const fileId: Message = {
        type: value('file', 'workout'),
        manufacturer: value('manufacturer', 'development'),
        product: 0,
        timeCreated
    };
    const workoutMessage: Message = {
        wktName: workout.wktName,
        ...(workout.wktDescription !== undefined ? { wktDescription: workout.wktDescription } : {}),
        sport: value('sport', workout.sport),
        subSport: value('subSport', workout.subSport),
        numValidSteps: workout.steps.length
    };
    encoder.onMesg(Profile.MesgNum.FILE_ID, fileId);
    encoder.onMesg(Profile.MesgNum.WORKOUT, workoutMessage);
    workout.steps.forEach((step, messageIndex) => {
        encoder.onMesg(Profile.MesgNum.WORKOUT_STEP, stepMessage(step, messageIndex, value));
    });
    return encoder.close();
}

function stepMessage(step: FitStep, messageIndex: number, value: (type: string, name: string) => number): Message {
    const message: Message = {
        messageIndex,
        wktStepName: step.wktStepName,
        durationType: value('wktStepDuration', step.durationType),
        durationValue: step.durationValue,
        targetType: value('wktStepTarget', step.targetType),
        targetValue: step.targetValue,
        customTargetValueLow: step.customTargetValueLow,
        customTargetValueHigh: step.customTargetValueHigh,
        intensity: value('intensity', step.intensity),
        notes: step.notes,
        exerciseCategory: step.exerciseCategory === undefined ? undefined : value('exerciseCategory', step.exerciseCategory),
        exerciseName: step.exerciseCategory === undefined || step.exerciseName === undefined
            ? undefined
            : value(`${step.exerciseCategory}ExerciseName`, step.exerciseName),
        exerciseWeight: step.exerciseWeight,
        weightDisplayUnit: step.weightDisplayUnit === undefined ? undefined : value('fitBaseUnit', step.weightDisplayUnit)
    };
    // Absent fields are left out of the message, not written as "invalid".
    return Object.fromEntries(Object.entries(message).filter(([, field]) => field !== undefined));
}

/** Number of a FIT profile enum value given by name, e.g. ('sport', 'running') → 1. */
function enumValues(types: Record<string, Record<string, string>>) {
    return (type: string, name: string): number => {
        const entry = Object.entries(types[type] ?? {}).find(([, valueName]) => valueName === name);
        if (!entry) throw new Error(`the FIT profile has no ${type} value '${name}'`);
        return Number(entry[0]);
    };
}
