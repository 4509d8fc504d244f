// Generates a realistic plan of a given size for benchmarks: a library of sessions and a
// plan of phases with weekly templates, overrides, timed activities and a race.

/** The longest plan the benchmark writes: within Lift's bound of 1,040 weeks. */
const MAX_WEEKS = 1000;

const EXERCISES = ['squat', 'deadlift', 'lunge', 'push-press', 'row', 'romanian-deadlift', 'step-up', 'pull-up', 'calf-raise', 'plank'];

export function generateLibrary(sessions) {
    const lines = ['warmup Standard {', '    cardio rower 10min', '    mobility 6min "leg swings"', '}', ''];
    for (let s = 0; s < sessions; s++) {
        lines.push(`session S${s} ${s % 3 === 2 ? 'light' : 'heavy'} {`, '    warmup Standard');
        for (let e = 0; e < 4; e++) {
            const exercise = EXERCISES[(s + e * 3) % EXERCISES.length];
            const hold = exercise === 'plank';
            lines.push(hold ? `    plank 3x30s rest 60s` : `    ${exercise} 3x5 @ ${40 + e * 10}kg rest 2min rir 2 progress +2.5kg/week`);
        }
        lines.push('}', '');
    }
    return lines.join('\n');
}

export function generatePlan({ weeks, sessions, phaseWeeks = 4 }) {
    const lines = ['import "library.lift"', '', `plan "Benchmark ${weeks} weeks" {`, '    athlete "Bench" { level intermediate max squat 120kg }', '    start 2027-01-04'];
    const raceDate = new Date(Date.UTC(2027, 0, 4 + weeks * 7 - 1)).toISOString().slice(0, 10);
    lines.push(`    race "Goal" on ${raceDate} priority A`);
    const focuses = ['base', 'build', 'peak'];
    for (let p = 0, week = 0; week < weeks; p++) {
        const length = Math.min(phaseWeeks, weeks - week);
        const a = `S${(p * 2) % sessions}`;
        const b = `S${(p * 2 + 1) % sessions}`;
        lines.push(`    phase P${p} ${length} weeks focus ${week + length >= weeks ? 'taper' : focuses[p % 3]} {`,
            `        mon: run easy 40min`,
            `        tue: run intervals 6x800m at 07:00, lift ${a} at 18:00`,
            `        wed: run easy 45min`,
            `        thu: run easy 40min`,
            `        fri: run tempo 40min, lift ${b}`,
            `        sat: rest`,
            `        sun: run long 90min`,
            `        week ${length} { tue: run easy 30min }`,
            '    }');
        week += length;
    }
    lines.push('}', '');
    return lines.join('\n');
}

/**
 * A plan and its library of about `lines` lines together, four tenths library and the rest
 * plan, so both parsing and the calendar grow with the size; but a plan stays within
 * Lift's 1,040 weeks (docs/security.md), so past about 4,000 lines the weeks stop at 1,000
 * and the library takes the remaining lines. Returns both texts.
 */
export function generateOfLines(lines) {
    // A 4-week phase is 10 lines; the plan head and foot are 8; a library session is 8.
    const weeks = Math.min(MAX_WEEKS, Math.max(4, Math.round((lines * 0.6 - 8) / 10) * 4));
    const planLines = 8 + (weeks / 4) * 10;
    const sessions = Math.max(2, Math.round((lines - planLines) / 8));
    return { library: generateLibrary(sessions), plan: generatePlan({ weeks, sessions }), weeks, sessions };
}
