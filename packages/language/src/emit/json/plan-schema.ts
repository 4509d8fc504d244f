// The JSON Schema of `lift build --format json`, defined once with TypeBox: the schema object
// is JSON Schema 2020-12 (published as schema/lift-plan.schema.json) and gives the TS type.

import Type, { type Static } from 'typebox';

// A URN, not a web address: the schema is published in the repository, not served.
export const PLAN_SCHEMA_ID = 'urn:lift:schema:plan:v1';

const IsoDate = Type.String({ format: 'date', description: 'A calendar date, YYYY-MM-DD.' });
const Weekday = Type.Enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const Seconds = Type.Number({ minimum: 0, description: 'A duration in seconds.' });
const Time = Type.String({ pattern: '^\\d{2}:\\d{2}$', description: 'Local time of day, HH:MM, 24-hour.' });

const Load = Type.Union([
    Type.Object({
        value: Type.Number({ description: 'The resolved load for that week: progression applied, converted into the athlete\'s units, rounded to the athlete\'s `round` (default 0.5 kg or 1 lb).' }),
        unit: Type.Union([Type.Literal('kg'), Type.Literal('lb')]),
        percent: Type.Optional(Type.Number({ description: 'For % loads: the percentage of the athlete\'s max prescribed for that week (the written one plus any percentage-point steps).' })),
        ofMax: Type.Optional(Type.Number({ description: 'The percentage of the athlete\'s max that this week\'s rounded value is, one decimal; present whenever the athlete has a max for the exercise.' }))
    }, { additionalProperties: false }),
    Type.Object({ unit: Type.Literal('bw') }, { additionalProperties: false, description: 'Bodyweight.' })
]);

const ExerciseEntry = Type.Object({
    exercise: Type.String({ description: 'The exercise id.' }),
    name: Type.String({ description: 'The display name.' }),
    sets: Type.Integer({ minimum: 0 }),
    reps: Type.Optional(Type.Number({ description: 'Counted reps per set; the low end of a range.' })),
    repsMax: Type.Optional(Type.Number({ description: 'The high end of a rep range (3x4-6).' })),
    hold: Type.Optional(Type.Intersect([Seconds], { description: 'Seconds per set of a timed hold.' })),
    each: Type.Optional(Type.Boolean({ description: 'Per side.' })),
    load: Type.Optional(Load),
    rest: Type.Optional(Seconds),
    rir: Type.Optional(Type.Number({ description: 'Reps in reserve; the low end of a range.' })),
    rirMax: Type.Optional(Type.Number({ description: 'The high end of an rir range (rir 1-2).' })),
    rpe: Type.Optional(Type.Number({ description: 'Rate of perceived exertion; the low end of a range.' })),
    rpeMax: Type.Optional(Type.Number({ description: 'The high end of an rpe range (rpe 7-8).' })),
    note: Type.Optional(Type.String())
}, { additionalProperties: false });

const Warmup = Type.Object({
    name: Type.String(),
    cardio: Type.Optional(Seconds),
    cardioKind: Type.Optional(Type.String()),
    mobility: Type.Optional(Seconds),
    mobilityNote: Type.Optional(Type.String())
}, { additionalProperties: false });

const Length = Type.Union([
    Type.Object({ seconds: Seconds }, { additionalProperties: false }),
    Type.Object({ metres: Type.Integer({ minimum: 0, description: 'Whole metres.' }) }, { additionalProperties: false })
]);

const Target = Type.Union([
    Type.Object({
        pace: Type.Object({
            from: Type.Number({ minimum: 0, description: 'Seconds per km or mile at the faster end.' }),
            to: Type.Number({ minimum: 0, description: 'Seconds per km or mile at the slower end.' }),
            per: Type.Union([Type.Literal('km'), Type.Literal('mi')])
        }, { additionalProperties: false })
    }, { additionalProperties: false }),
    Type.Object({ zone: Type.Integer({ minimum: 1, maximum: 5, description: 'A heart-rate zone.' }) }, { additionalProperties: false })
]);

const RunStep = Type.Object({
    kind: Type.Union([Type.Literal('warmup'), Type.Literal('work'), Type.Literal('recovery'), Type.Literal('cooldown')]),
    seconds: Type.Optional(Seconds),
    metres: Type.Optional(Type.Integer({ minimum: 0 })),
    target: Type.Optional(Target)
}, { additionalProperties: false, description: 'One step of the run as a watch runs it; neither seconds nor metres for a run without an amount.' });

const RunActivity = Type.Object({
    type: Type.Literal('run'),
    kind: Type.String(),
    amount: Type.Optional(Type.String({ description: 'As written: 45min, 10km, 6x800m; a race\'s distance as written.' })),
    quality: Type.Boolean({ description: 'Counts as a quality run: its kind, `hard`, or being a race.' }),
    note: Type.Optional(Type.String()),
    race: Type.Optional(Type.String({ description: 'The race this run is, on a race day.' })),
    at: Type.Optional(Time),
    target: Type.Optional(Target),
    recovery: Type.Optional(Length),
    warmup: Type.Optional(Length),
    cooldown: Type.Optional(Length),
    steps: Type.Array(RunStep, { description: 'Warm-up, the main part with repeats expanded (each repetition followed by its recovery), cool-down.' })
}, { additionalProperties: false });

const CrossActivity = Type.Object({
    type: Type.Literal('cross'),
    kind: Type.String({ description: 'bike, swim, elliptical, …' }),
    amount: Type.Optional(Type.String({ description: 'As written: 45min, 20km.' })),
    quality: Type.Boolean({ description: 'Marked `hard`.' }),
    note: Type.Optional(Type.String()),
    at: Type.Optional(Time)
}, { additionalProperties: false });

const LiftActivity = Type.Object({
    type: Type.Literal('lift'),
    session: Type.String(),
    intensity: Type.Union([Type.Literal('heavy'), Type.Literal('light')]),
    note: Type.Optional(Type.String()),
    at: Type.Optional(Time),
    warmup: Type.Optional(Warmup),
    exercises: Type.Array(ExerciseEntry)
}, { additionalProperties: false });

const RestActivity = Type.Object({ type: Type.Literal('rest'), note: Type.Optional(Type.String()) }, { additionalProperties: false });

export const PlanJsonSchema = Type.Object({
    plan: Type.String(),
    athlete: Type.Object({
        name: Type.Optional(Type.String()),
        level: Type.Union([Type.Literal('beginner'), Type.Literal('intermediate'), Type.Literal('advanced')]),
        runningSince: Type.Optional(IsoDate),
        liftingSince: Type.Optional(IsoDate)
    }, { additionalProperties: false }),
    start: IsoDate,
    end: IsoDate,
    timezone: Type.Optional(Type.String()),
    races: Type.Array(Type.Object({
        name: Type.String(),
        date: IsoDate,
        priority: Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C')]),
        at: Type.Optional(Time),
        distance: Type.Optional(Type.Integer({ minimum: 0, description: 'Metres, rounded to the nearest metre.' }))
    }, { additionalProperties: false })),
    phases: Type.Array(Type.Object({
        name: Type.String(),
        focus: Type.Enum(['base', 'build', 'peak', 'taper', 'recovery']),
        start: IsoDate,
        end: IsoDate,
        weeks: Type.Integer({ minimum: 1 }),
        deloadWeeks: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { description: 'Weeks of the phase (counted within it) marked deload; present when there are any.' }))
    }, { additionalProperties: false })),
    days: Type.Array(Type.Object({
        date: IsoDate,
        weekday: Weekday,
        week: Type.Integer({ minimum: 1 }),
        phase: Type.String(),
        activities: Type.Array(Type.Union([RunActivity, CrossActivity, LiftActivity, RestActivity]))
    }, { additionalProperties: false }))
}, {
    $id: PLAN_SCHEMA_ID,
    title: 'Lift plan',
    description: 'The resolved calendar of a .lift plan, as written by `lift build --format json`.',
    additionalProperties: false
});

export type PlanJson = Static<typeof PlanJsonSchema>;

/** The schema document as published, with its dialect. */
export function planJsonSchemaDocument(): Record<string, unknown> {
    return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...JSON.parse(JSON.stringify(PlanJsonSchema)) };
}
