// `lift build --format ics` (docs/language.md, "lift build --format ics"): every example parses
// back with ical.js and matches the JSON build event for event; UIDs, DTSTAMP, zones,
// durations and the RFC 5545 line format are pinned by small plans.

import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { findEmitter, planToIcs, planToJson, type EmitInput, type PlanJson } from '@lift/language';
import { parse, resolved } from '../helpers/services.js';
import { EXAMPLE_FILES, exampleInput } from './example-plans.js';
import { VERSION2_PLAN } from './version2-plan.js';

type IcalComponent = InstanceType<typeof ICAL.Component>;

function events(ics: string): IcalComponent[] {
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

function text(event: IcalComponent, property: string): string {
    return String(event.getFirstPropertyValue(property));
}

async function icsOf(source: string, options: Partial<EmitInput> = {}): Promise<string> {
    return planToIcs({ plan: await resolved(source), diagnostics: [], ...options });
}

const LIBRARY = `
warmup Standard { cardio rower 10min  mobility 6min "leg swings" }
session StrengthA heavy {
    warmup Standard
    squat 4x5 @ 80kg rest 2min rir 2 progress +2.5kg/week
    push-press 3x5 @ 35kg rest 90s rpe 7
}
session Easy light { squat 2x5 @ bw rest 90s rir 4 }
`;

describe('every example, against its JSON build', () => {
    test.each(EXAMPLE_FILES)('%s: one event per run and lift, on the same dates and times, in the same zone', async file => {
        const input = await exampleInput(file);
        const json = planToJson(input.plan) as PlanJson;
        const ics = findEmitter('ics')!.emit(input);
        const parsed = events(ics);
        const expected = json.days.flatMap(day => day.activities.filter(a => a.type !== 'rest').map(activity => ({ day, activity })));
        expect(parsed.length).toBe(expected.length);
        expect(parsed.length).toBeGreaterThan(0);
        expected.forEach(({ day, activity }, position) => {
            const event = parsed[position];
            const dtstart = event.getFirstProperty('dtstart')!;
            const start = dtstart.getFirstValue() as InstanceType<typeof ICAL.Time>;
            const at = 'at' in activity ? activity.at : undefined;
            if (at === undefined) {
                expect(start.isDate).toBe(true);
                expect(start.toString()).toBe(day.date);
                expect(dtstart.getParameter('tzid')).toBeUndefined();
            } else {
                expect(start.isDate).toBe(false);
                expect(start.toString()).toBe(`${day.date}T${at}:00`);
                expect(dtstart.getParameter('tzid')).toBe(json.timezone);
            }
            const summary = text(event, 'summary');
            if (activity.type === 'lift') {
                expect(summary).toBe(`Lift · ${activity.session} (${activity.intensity})`);
                const description = text(event, 'description');
                for (const exercise of activity.exercises) {
                    expect(description).toContain(exercise.name);
                    expect(description).toContain(`${exercise.sets}×`);
                    if (exercise.load && 'value' in exercise.load) expect(description).toContain(`@ ${exercise.load.value}${exercise.load.unit}`);
                }
                if (activity.warmup) expect(description).toContain(`Warm-up ${activity.warmup.name}`);
            } else if (activity.type === 'run' && activity.race) {
                expect(summary).toBe(`Race · ${activity.race}`);
            } else if (activity.type === 'run') {
                expect(summary.toLowerCase()).toBe(`run · ${activity.kind}${activity.amount ? ` ${activity.amount}` : ''}`.toLowerCase());
            }
        });
    });

    test.each(EXAMPLE_FILES)('%s: UIDs are unique, DTSTAMPs are UTC, VTIMEZONE matches the plan', async file => {
        const input = await exampleInput(file);
        const ics = planToIcs(input);
        const parsed = events(ics);
        const uids = parsed.map(event => text(event, 'uid'));
        expect(new Set(uids).size).toBe(uids.length);
        expect(ics).not.toMatch(/^DTSTAMP:(?!\d{8}T\d{6}Z\r$)/m);
        const zones = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vtimezone').map(zone => zone.getFirstPropertyValue('tzid'));
        const timed = parsed.some(event => !(event.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).isDate);
        expect(zones).toEqual(input.plan.timezone && timed ? [input.plan.timezone] : []);
    });

    test.each(EXAMPLE_FILES)('%s: two builds from two fresh loads are byte-identical', async file => {
        const first = planToIcs(await exampleInput(file));
        const second = planToIcs(await exampleInput(file));
        expect(second).toBe(first);
    });

    test('the race is one event, its automatic `run race`, with no other run that day', async () => {
        const input = await exampleInput('spring-marathon.lift');
        const onRaceDay = events(planToIcs(input)).filter(event => String(event.getFirstPropertyValue('dtstart')).startsWith('2027-04-25'));
        expect(onRaceDay.map(event => text(event, 'summary'))).toEqual(['Race · City Marathon']);
        // The race has `at 09:00`: its event is timed.
        expect(String(onRaceDay[0].getFirstPropertyValue('dtstart'))).toBe('2027-04-25T09:00:00');
    });
});

describe('dates and times', () => {
    test('activities without `at` are all-day events, with an exclusive end on the next day', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 phase A 1 weeks focus base { tue: run easy 30min } }`);
        expect(ics).toContain('DTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270106\r\n');
    });

    test('rest days get no event', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 phase A 1 weeks focus base { mon: rest  tue: run easy 30min } }`);
        expect(events(ics)).toHaveLength(1);
    });

    test('timed events use the plan zone with its VTIMEZONE', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 timezone "America/New_York"
            phase A 1 weeks focus base { tue: run tempo 40min at 06:30 } }`);
        expect(ics).toContain('DTSTART;TZID=America/New_York:20270105T063000\r\n');
        expect(ics).toContain('DTEND;TZID=America/New_York:20270105T071000\r\n');
        expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:America\/New_York\r\n/);
    });

    test('without a plan zone, timed events are floating: no TZID, no Z, no VTIMEZONE', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 phase A 1 weeks focus base { tue: lift StrengthA at 18:00 } }`);
        expect(ics).toContain('DTSTART:20270105T180000\r\nDTEND:20270105T190000\r\n');
        expect(ics).not.toContain('VTIMEZONE');
    });

    test('the exclusive end of an all-day event crosses month, leap-day and year ends', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-12-27
            phase A 10 weeks focus base { mon: run easy 30min  tue: run easy 30min  fri: run easy 30min  sun: run easy 30min } }`);
        expect(ics).toContain('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n');
        expect(ics).toContain('DTSTART;VALUE=DATE:20280131\r\nDTEND;VALUE=DATE:20280201\r\n');
        expect(ics).toContain('DTSTART;VALUE=DATE:20280227\r\nDTEND;VALUE=DATE:20280228\r\n');
        expect(ics).toContain('DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n');
    });

    test('a plan in UTC gets UTC times with Z and no VTIMEZONE', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 timezone "UTC"
            phase A 1 weeks focus base { tue: run tempo 40min at 06:30 } }`);
        expect(ics).toContain('DTSTART:20270105T063000Z\r\nDTEND:20270105T071000Z\r\n');
        expect(ics).not.toContain('VTIMEZONE');
        expect(ics).not.toContain('TZID');
    });

    test('a zone the VTIMEZONE table lacks gets exact UTC times', async () => {
        // Europe/Kyiv is the 2022 name of Europe/Kiev: known to the runtime, not to the table.
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 timezone "Europe/Kyiv"
            phase A 1 weeks focus base { tue: run easy 30min at 07:00 } }`);
        expect(ics).toContain('DTSTART:20270105T050000Z\r\nDTEND:20270105T053000Z\r\n');
    });

    test('a timed run lasts its amount when that is a duration, else an hour; a lift an hour', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04
            phase A 1 weeks focus base {
                mon: run long 1h30min at 07:00
                tue: run intervals 6x800m at 07:00, lift StrengthA at 18:00
                wed: run tempo 10km at 07:00
            } }`);
        const ends = events(ics).map(event => String(event.getFirstPropertyValue('dtend')));
        expect(ends).toEqual(['2027-01-04T08:30:00', '2027-01-05T08:00:00', '2027-01-05T19:00:00', '2027-01-06T08:00:00']);
    });

    test('timed events cross midnight and last their real time across a DST change', async () => {
        // Berlin skips 02:00–03:00 on 2027-03-28.
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-03-22 timezone "Europe/Berlin"
            phase A 1 weeks focus base { sat: run easy 90min at 23:30  sun: run easy 90min at 01:30, run easy 30min at 02:30 } }`);
        expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270327T233000\r\nDTEND;TZID=Europe/Berlin:20270328T010000\r\n');
        expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270328T013000\r\nDTEND;TZID=Europe/Berlin:20270328T040000\r\n');
        // A start in the skipped hour moves forward by the gap.
        expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270328T033000\r\nDTEND;TZID=Europe/Berlin:20270328T040000\r\n');
    });

    test('the output does not depend on the machine time zone', async () => {
        const source = `${LIBRARY} plan "P" { start 2027-01-04 timezone "Europe/Kyiv"
            phase A 2 weeks focus base { mon: run easy 30min  tue: run easy 30min at 23:30, lift StrengthA at 07:00 } }`;
        const saved = process.env.TZ;
        try {
            const builds: string[] = [];
            for (const zone of ['UTC', 'Pacific/Apia', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
                process.env.TZ = zone;
                builds.push(await icsOf(source));
            }
            expect(new Set(builds).size).toBe(1);
        } finally {
            if (saved === undefined) delete process.env.TZ;
            else process.env.TZ = saved;
        }
    });
});

describe('DTSTAMP', () => {
    const PLAN = `${LIBRARY} plan "P" { start 2027-01-06 phase A 1 weeks focus base { thu: run easy 30min } }`;

    test('follows SOURCE_DATE_EPOCH, in UTC with Z', async () => {
        const ics = await icsOf(PLAN, { sourceDateEpoch: 1767225600 + 3723 });
        expect(ics).toContain('DTSTAMP:20260101T010203Z\r\n');
    });

    test('without it, is midnight UTC on the plan start, so rebuilds stay identical', async () => {
        expect(await icsOf(PLAN)).toContain('DTSTAMP:20270106T000000Z\r\n');
    });
});

describe('UIDs', () => {
    const plan = (tuesday: string, wednesday: string) => `${LIBRARY} plan "Spring Marathon 2027" { start 2027-01-04
        phase Base 3 weeks focus base {
            mon: run easy 45min
            tue: ${tuesday}
            wed: ${wednesday}
            thu: run easy 40min, run easy 20min
            sat: run long 90min
        } }`;

    function uidsBySummary(ics: string): Map<string, string> {
        return new Map(events(ics).map(event => [text(event, 'uid'), `${event.getFirstPropertyValue('dtstart')} ${text(event, 'summary')}`]));
    }

    test('are built from plan name, date and the activity slot on its day', async () => {
        const uids = [...uidsBySummary(await icsOf(plan('run hills 8x60s, lift StrengthA', 'run easy 45min'))).keys()];
        expect(uids.slice(0, 3)).toEqual([
            '20270104-run-easy-1@spring-marathon-2027-aa2daed3.lift',
            '20270105-run-hills-1@spring-marathon-2027-aa2daed3.lift',
            '20270105-lift-strengtha-1@spring-marathon-2027-aa2daed3.lift'
        ]);
        expect(uids).toContain('20270107-run-easy-2@spring-marathon-2027-aa2daed3.lift');
    });

    test('moving one weekly run to another day leaves every other event its UID', async () => {
        const before = uidsBySummary(await icsOf(plan('run hills 8x60s, lift StrengthA', 'run easy 45min')));
        // The hills run moves from Tuesday to Wednesday, written before Wednesday's easy run.
        const after = uidsBySummary(await icsOf(plan('lift StrengthA', 'run hills 8x60s, run easy 45min')));
        const moved = (summary: string) => summary.includes('Hills');
        const others = (map: Map<string, string>) => [...map].filter(([, summary]) => !moved(summary));
        expect(others(after)).toEqual(others(before));
        expect([...after].filter(([, summary]) => moved(summary)).map(([uid]) => uid)[0]).toMatch(/^20270106-run-hills-1@/);
    });

    test('changing an amount, a time or a load keeps the UID', async () => {
        const before = [...uidsBySummary(await icsOf(plan('run hills 8x60s, lift StrengthA', 'run easy 45min'))).keys()];
        const after = [...uidsBySummary(await icsOf(plan('run hills 10x60s at 07:00, lift StrengthA at 18:00', 'run easy 50min'))).keys()];
        expect(after).toEqual(before);
    });

    test('differ between plans whose names differ only in accents', async () => {
        const uid = async (name: string) => text(events(await icsOf(`plan "${name}" { start 2027-01-04 phase A 1 weeks focus base { mon: run easy 30min } }`))[0], 'uid');
        const [plain, accented] = [await uid('Cafe Run'), await uid('Café Run')];
        expect(plain).toMatch(/^20270104-run-easy-1@cafe-run-[0-9a-f]{8}\.lift$/);
        expect(accented).toMatch(/^20270104-run-easy-1@cafe-run-[0-9a-f]{8}\.lift$/);
        expect(accented).not.toBe(plain);
    });
});

describe('RFC 5545 text', () => {
    const UNICODE = `
warmup Frueh { cardio rad 10min  mobility 6min "Hüftkreise, Beinpendel 🦵 und Ausfallschritte — langsam, ruhig; gründlich" }
exercise kniebeuge "Kniebeuge mit Langhantel — schwer 🏋️‍♀️" { pattern squat muscles quads level beginner }
session Kraft heavy { warmup Frueh  kniebeuge 4x5 @ 80kg rest 2min rir 2 }
plan "Frühjahrs-Marathon 🏃‍♀️ Café, Zürich; 2027" {
    start 2027-01-04
    timezone "Europe/Zurich"
    race "Zürich Marathon — ünd Ümläute 🎉🎉🎉" on 2027-01-10
    phase "Grundlage Ü" 1 weeks focus base {
        tue: run easy 45min "locker, mit Steigerungen — éé 🎉 und noch ein bisschen mehr Text, damit gefaltet wird", lift Kraft at 18:00
    }
}`;

    test('lines end in CRLF and fold at 75 octets without splitting a character', async () => {
        const ics = await icsOf(UNICODE);
        expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
        const lines = ics.slice(0, -2).split('\r\n');
        for (const line of lines) {
            expect(line).not.toMatch(/[\r\n]/);
            expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
            // A lone surrogate would mean an emoji was cut in half.
            expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(lines.some(line => line.startsWith(' '))).toBe(true);
    });

    test('non-ASCII names, notes and emoji survive folding and escaping', async () => {
        const ics = await icsOf(UNICODE);
        // ical.js does not know NAME (RFC 7986) and leaves it escaped: read the unfolded line.
        const unfolded = ics.replace(/\r\n /g, '');
        expect(unfolded).toContain('\r\nNAME:Frühjahrs-Marathon 🏃‍♀️ Café\\, Zürich\\; 2027\r\n');
        const [run, lift, race] = events(ics);
        expect(text(run, 'description')).toContain('locker, mit Steigerungen — éé 🎉 und noch ein bisschen mehr Text, damit gefaltet wird');
        expect(text(lift, 'description')).toContain('Warm-up Frueh: rad 10min, mobility 6min (Hüftkreise, Beinpendel 🦵 und Ausfallschritte — langsam, ruhig; gründlich)');
        expect(text(lift, 'description')).toContain('1. Kniebeuge mit Langhantel — schwer 🏋️‍♀️ 4×5 @ 80kg · rest 2min · RIR 2');
        expect(text(lift, 'description')).toContain('Grundlage Ü phase, week 1 of 1');
        expect(text(race, 'summary')).toBe('Race · Zürich Marathon — ünd Ümläute 🎉🎉🎉');
    });

    test('a lift description lists the warm-up and every exercise with sets, reps, the week\'s load, rest and effort', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 phase A 2 weeks focus base { tue: lift StrengthA } }`);
        const [, second] = events(ics);
        expect(text(second, 'description').split('\n')).toEqual([
            'StrengthA (heavy)',
            'Warm-up Standard: rower 10min, mobility 6min (leg swings)',
            '1. Back squat 4×5 @ 82.5kg · rest 2min · RIR 2',
            '2. Barbell push press 3×5 @ 35kg · rest 90s · RPE 7',
            '',
            'A phase, week 2 of 2 · plan week 2'
        ]);
    });

    test('the summary is short: kind and name', async () => {
        const ics = await icsOf(`${LIBRARY} plan "P" { start 2027-01-04 race "City Marathon" on 2027-01-10
            phase A 1 weeks focus base { tue: run intervals 6x800m, lift Easy  wed: run easy } }`);
        expect(events(ics).map(event => text(event, 'summary'))).toEqual([
            'Run · Intervals 6x800m', 'Lift · Easy (light)', 'Run · Easy', 'Race · City Marathon'
        ]);
    });

    test('the emitter is registered for `lift build --format ics`', async () => {
        const document = await parse(`plan "P" { start 2027-01-04 phase A 1 weeks focus base { mon: run easy 30min } }`);
        expect(document.diagnostics?.filter(d => d.severity === 1)).toEqual([]);
        expect(findEmitter('ics')).toMatchObject({ format: 'ics', extension: '.ics', mediaType: 'text/calendar' });
    });
});

describe('version 2 in the description', () => {
    async function eventOn(date: string, summary: string): Promise<IcalComponent> {
        const found = events(await icsOf(VERSION2_PLAN)).find(event =>
            String(event.getFirstPropertyValue('dtstart')).startsWith(date) && text(event, 'summary').startsWith(summary));
        if (!found) throw new Error(`no ${summary} event on ${date}`);
        return found;
    }

    test("a progressed load shows that week's share of the max, never week 1's; ranges and notes are there", async () => {
        const description = text(await eventOn('2027-01-19', 'Lift'), 'description');
        expect(description).toContain('bring chalk');
        expect(description).toContain('1. Back squat 3×4–6 @ 96kg (80% of max) · rest 2min · RIR 1–2 — pause at the bottom');
        expect(description).toContain('2. Deadlift 3×5 @ 100kg (71% of max) · rest 2min · RPE 7.5–8.5');
        expect(description).not.toContain('75% of max');
    });

    test('a deload week says so, and its load repeats the week before', async () => {
        const description = text(await eventOn('2027-01-26', 'Lift'), 'description');
        expect(description).toContain('Back squat 3×4–6 @ 96kg (80% of max)');
        expect(description).toContain('plan week 4 · deload week');
        expect(text(await eventOn('2027-01-19', 'Lift'), 'description')).not.toContain('deload');
    });

    test('a structured run lists its steps in words; a race its time and distance', async () => {
        expect(text(await eventOn('2027-01-07', 'Run'), 'description'))
            .toContain('15min warm-up · 6×800m @ 3:50/km, 400m recovery · 10min cool-down');
        expect(text(await eventOn('2027-01-09', 'Run'), 'description')).toContain('45min @ Z2');
        expect(text(await eventOn('2027-01-31', 'Race'), 'description')).toContain('City 10K · 08:30 · 10km · priority A race');
    });
});
