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
        value: Type.Number({ description: 'The resolved load for that week: progression applied, rounded to 0.5 kg or 1 lb.' }),
        unit: Type.Union([Type.Literal('kg'), Type.Literal('lb')]),
        percent: Type.Optional(Type.Number({ description: 'The percentage of the athlete\'s max the plan wrote, for % loads.' }))
    }, { additionalProperties: false }),
    Type.Object({ unit: Type.Literal('bw') }, { additionalProperties: false, description: 'Bodyweight.' })
]);

const ExerciseEntry = Type.Object({
    exercise: Type.String({ description: 'The exercise id.' }),
    name: Type.String({ description: 'The display name.' }),
    sets: Type.Integer({ minimum: 0 }),
    reps: Type.Optional(Type.Number({ description: 'Counted reps per set.' })),
    hold: Type.Optional(Type.Intersect([Seconds], { description: 'Seconds per set of a timed hold.' })),
    each: Type.Optional(Type.Boolean({ description: 'Per side.' })),
    load: Type.Optional(Load),
    rest: Type.Optional(Seconds),
    rir: Type.Optional(Type.Number()),
    rpe: Type.Optional(Type.Number())
}, { additionalProperties: false });

const Warmup = Type.Object({
    name: Type.String(),
    cardio: Type.Optional(Seconds),
    cardioKind: Type.Optional(Type.String()),
    mobility: Type.Optional(Seconds),
    mobilityNote: Type.Optional(Type.String())
}, { additionalProperties: false });

const RunActivity = Type.Object({
    type: Type.Literal('run'),
    kind: Type.String(),
    amount: Type.Optional(Type.String({ description: 'As written: 45min, 10km, 6x800m.' })),
    note: Type.Optional(Type.String()),
    race: Type.Optional(Type.String({ description: 'The race this run is, on a race day.' })),
    at: Type.Optional(Time)
}, { additionalProperties: false });

const LiftActivity = Type.Object({
    type: Type.Literal('lift'),
    session: Type.String(),
    intensity: Type.Union([Type.Literal('heavy'), Type.Literal('light')]),
    at: Type.Optional(Time),
    warmup: Type.Optional(Warmup),
    exercises: Type.Array(ExerciseEntry)
}, { additionalProperties: false });

const RestActivity = Type.Object({ type: Type.Literal('rest') }, { additionalProperties: false });

export const PlanJsonSchema = Type.Object({
    plan: Type.String(),
    athlete: Type.Object({
        name: Type.Optional(Type.String()),
        level: Type.Union([Type.Literal('beginner'), Type.Literal('intermediate'), Type.Literal('advanced')]),
        runningSince: Type.Optional(IsoDate)
    }, { additionalProperties: false }),
    start: IsoDate,
    end: IsoDate,
    timezone: Type.Optional(Type.String()),
    races: Type.Array(Type.Object({
        name: Type.String(),
        date: IsoDate,
        priority: Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C')])
    }, { additionalProperties: false })),
    phases: Type.Array(Type.Object({
        name: Type.String(),
        focus: Type.Enum(['base', 'build', 'peak', 'taper', 'recovery']),
        start: IsoDate,
        end: IsoDate,
        weeks: Type.Integer({ minimum: 1 })
    }, { additionalProperties: false })),
    days: Type.Array(Type.Object({
        date: IsoDate,
        weekday: Weekday,
        week: Type.Integer({ minimum: 1 }),
        phase: Type.String(),
        activities: Type.Array(Type.Union([RunActivity, LiftActivity, RestActivity]))
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
