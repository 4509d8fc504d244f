// How a watch knows each built-in exercise. A FIT workout step names its exercise by a
// category (`exercise_category`) and a number within that category (the per-category
// `*_exercise_name` enum of Garmin's FIT profile); a watch then shows its own animation and
// name for it. The names here are the profile's names as the FIT SDK spells them, so a
// reader can check them against the profile (test/emit/fit-exercises.test.ts does) and the
// encoder turns them into numbers.
//
// Every exercise of builtin/exercises.lift has an entry; a test fails when one is added
// there without one here. Exercises a plan declares itself go by their display name.

export interface FitExercise {
    /** A value of the profile's `exercise_category` type, e.g. `squat`, `hipRaise`. */
    category: string;
    /** A value of that category's name type, e.g. `barbellBackSquat` of `squatExerciseName`. */
    name: string;
}

export const FIT_EXERCISES: Readonly<Record<string, FitExercise>> = {
    'squat': { category: 'squat', name: 'barbellBackSquat' },
    'front-squat': { category: 'squat', name: 'barbellFrontSquat' },
    'goblet-squat': { category: 'squat', name: 'gobletSquat' },
    'bodyweight-squat': { category: 'squat', name: 'airSquat' },
    'deadlift': { category: 'deadlift', name: 'barbellDeadlift' },
    'romanian-deadlift': { category: 'deadlift', name: 'romanianDeadlift' },
    'single-leg-deadlift': { category: 'deadlift', name: 'singleLegRomanianDeadliftWithDumbbell' },
    'hip-thrust': { category: 'hipRaise', name: 'barbellHipThrustWithBench' },
    'glute-bridge': { category: 'hipRaise', name: 'hipRaise' },
    'lunge': { category: 'lunge', name: 'lunge' },
    'reverse-lunge': { category: 'lunge', name: 'barbellReverseLunge' },
    'walking-lunge': { category: 'lunge', name: 'walkingLunge' },
    'lateral-lunge': { category: 'lunge', name: 'sideLunge' },
    'split-squat': { category: 'squat', name: 'dumbbellSplitSquat' },
    'step-up': { category: 'squat', name: 'stepUp' },
    'calf-raise': { category: 'calfRaise', name: 'standingCalfRaise' },
    'push-press': { category: 'shoulderPress', name: 'barbellPushPress' },
    'overhead-press': { category: 'shoulderPress', name: 'overheadBarbellPress' },
    'bench-press': { category: 'benchPress', name: 'barbellBenchPress' },
    'push-up': { category: 'pushUp', name: 'pushUp' },
    'pull-up': { category: 'pullUp', name: 'pullUp' },
    'row': { category: 'row', name: 'singleArmNeutralGripDumbbellRow' },
    'plank': { category: 'plank', name: 'plank' },
    'side-plank': { category: 'plank', name: 'sidePlank' },
    'clean': { category: 'olympicLift', name: 'clean' },
    'power-clean': { category: 'olympicLift', name: 'barbellPowerClean' },
    'hang-clean': { category: 'olympicLift', name: 'barbellHangPowerClean' },
    'box-jump': { category: 'plyo', name: 'boxJump' }
};
