// `lift build --format md` (docs/language.md, "lift build --format html and md"): phase
// headings with dates, a table per week with a row per day, lifts and quality runs marked,
// warnings listed and flagged; valid GitHub tables whatever the plan's text holds.

import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findEmitter, formatDay, parseDate, planNotes, planToJson, planToMarkdown, type PlanJson } from '@lift/language';
import { resolved } from '../helpers/services.js';
import { EXAMPLE_FILES, exampleInput } from './example-plans.js';
import { VERSION2_PLAN } from './version2-plan.js';

const AT_START: Diagnostic['range'] = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function diagnostic(message: string, data: Record<string, unknown> = {}, severity: 2 | 3 = 2): Diagnostic {
    return { message, range: AT_START, severity, code: String(data.rule ?? 'test-rule'), source: 'lift', data: { rule: 'test-rule', ...data } };
}

/** Cells of a table row, splitting only at unescaped pipes. */
function cells(row: string): string[] {
    return row.split(/(?<!\\)\|/).slice(1, -1).map(cell => cell.trim());
}

function rowOf(markdown: string, date: string): string | undefined {
    const day = formatDay(parseDate(date)!);
    return markdown.split('\n').find(line => line.startsWith(`| ${day} |`));
}

describe('every example', () => {
    test.each(EXAMPLE_FILES)('%s: phases, weeks and every scheduled day with its activities', async file => {
        const input = await exampleInput(file);
        const json = planToJson(input.plan) as PlanJson;
        const markdown = findEmitter('md')!.emit(input);
        expect(markdown.startsWith(`# ${json.plan}\n`)).toBe(true);
        for (const phase of json.phases) {
            expect(markdown).toContain(`\n## ${phase.name}\n\nFocus ${phase.focus} · ${formatDay(parseDate(phase.start)!)} – ${formatDay(parseDate(phase.end)!)}`);
        }
        for (const week of input.plan.weeks) {
            expect(markdown).toContain(`\n### Week ${week.number} · ${formatDay(week.monday)} · `);
        }
        for (const day of json.days) {
            const row = rowOf(markdown, day.date);
            expect(row, day.date).toBeDefined();
            expect(cells(row!)).toHaveLength(2);
            for (const activity of day.activities) {
                if (activity.type === 'rest') expect(row).toContain('Rest');
                else if (activity.type === 'lift') expect(row).toMatch(new RegExp(`[▲△] \\*\\*Lift · ${activity.session}\\*\\* \\(${activity.intensity}\\)`));
                else if (activity.type === 'cross') expect(row).toMatch(new RegExp(`Cross · ${activity.kind}`, 'i'));
                else if (activity.race) expect(row).toContain(`★ **Race · ${activity.race}**`);
                else if (activity.quality) expect(row).toMatch(new RegExp(`◆ \\*\\*Quality · ${activity.kind}`, 'i'));
                else expect(row).toMatch(new RegExp(`Run · ${activity.kind}`, 'i'));
            }
        }
        const notes = planNotes(input.plan, input.diagnostics).notes;
        for (const note of notes) {
            for (const date of note.dates) expect(rowOf(markdown, date)).toContain(` ${note.number}:** `);
        }
        const flaggedEmptyDays = new Set(notes.flatMap(note => note.dates).filter(date => !json.days.some(day => day.date === date)));
        const rows = markdown.split('\n').filter(line => /^\| (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}/.test(line));
        expect(rows).toHaveLength(json.days.length + flaggedEmptyDays.size);
    });

    test.each(EXAMPLE_FILES)('%s: rebuilds are byte-identical and end in one newline', async file => {
        const first = planToMarkdown(await exampleInput(file));
        expect(planToMarkdown(await exampleInput(file))).toBe(first);
        expect(first.endsWith('\n') && !first.endsWith('\n\n')).toBe(true);
    });
});

describe('lifts, loads and sessions', () => {
    const LIBRARY = `
warmup Standard { cardio rower 10min  mobility 6min "leg swings" }
session StrengthA heavy { warmup Standard  squat 4x5 @ 80kg rest 2min rir 2 progress +2.5kg/week  plank 3x30s rest 60s }
`;

    test('a lift row carries that week\'s loads; the sessions section the warm-up, rest and effort', async () => {
        const plan = await resolved(`${LIBRARY} plan "P" { start 2027-01-04 phase Base 2 weeks focus base { tue: lift StrengthA at 18:00 } }`);
        const markdown = planToMarkdown({ plan, diagnostics: [] });
        expect(rowOf(markdown, '2027-01-12')).toBe('| Tue 2027-01-12 | ▲ **Lift · StrengthA** (heavy) at 18:00: Back squat 4×5 @ 82.5kg · Plank 3×30s |');
        expect(markdown).toContain([
            '### ▲ StrengthA (heavy)',
            '',
            'Warm-up Standard: rower 10min, mobility 6min (leg swings)',
            '',
            '1. **Back squat** 4×5 · rest 2min · RIR 2',
            '2. **Plank** 3×30s · rest 1min'
        ].join('\n'));
    });
});

describe('warnings', () => {
    test('are listed, numbered, and flagged on their days without repeating the dates', async () => {
        const input = await exampleInput('spring-marathon.lift');
        const diagnostics = [
            diagnostic('Too close (weeks 1–2: Tue 2027-01-05, Tue 2027-01-12)', { dates: ['2027-01-05', '2027-01-12'], rule: 'recovery-48h', messageWithoutDates: 'Too close' }),
            diagnostic('A plan-wide note', { rule: 'foundations' }, 3)
        ];
        const markdown = planToMarkdown({ ...input, diagnostics });
        expect(markdown).toContain('## Warnings and notes\n\n'
            + '1. ⚠ **warning** `recovery-48h` Too close (weeks 1–2: Tue 2027-01-05, Tue 2027-01-12) _(2 days)_\n'
            + '2. ℹ **info** `foundations` A plan-wide note _(whole plan)_\n');
        expect(rowOf(markdown, '2027-01-05')).toMatch(/<br>⚠ \*\*Warning 1:\*\* Too close \|$/);
        expect(rowOf(markdown, '2027-01-12')).toMatch(/<br>⚠ \*\*Warning 1:\*\* Too close \|$/);
        expect(markdown.match(/Warning 1:/g)).toHaveLength(2);
    });

    test('a phase-wide note sits under its phase heading, first sentence only', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04
    phase Base 1 weeks focus base { tue: run easy 30min }
    phase Peak 1 weeks focus peak { tue: run easy 30min } }`);
        const range = plan.phases[1].node.$cstNode!.range;
        const markdown = planToMarkdown({ plan, diagnostics: [{ ...diagnostic('Peak lifts too much. Lift less.', { rule: 'peak-reduction' }), range }] });
        expect(markdown).toContain('\n## Peak\n\nFocus peak · Mon 2027-01-11 – Sun 2027-01-17 · 1 week\n\n⚠ **Warning 1:** Peak lifts too much.\n\n### Week 2');
        expect(markdown).toContain('1. ⚠ **warning** `peak-reduction` Peak lifts too much. Lift less. _(phase Peak)_');
    });

    test('a flagged day with nothing scheduled still gets its row', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04 phase Base 1 weeks focus base { tue: run easy 30min } }`);
        const markdown = planToMarkdown({ plan, diagnostics: [diagnostic('No lift this week', { dates: ['2027-01-07'] })] });
        expect(rowOf(markdown, '2027-01-07')).toBe('| Thu 2027-01-07 | —<br>⚠ **Warning 1:** No lift this week |');
    });

    test('without diagnostics there is no notes section, and the key points at none', async () => {
        const markdown = planToMarkdown(await exampleInput('first-5k.lift'));
        expect(markdown).not.toContain('## Warnings and notes');
        expect(markdown).not.toContain('Warnings and notes');
        expect(markdown).toMatch(/^Key: .*★ race$/m);
    });

    test('with a warning the key explains its flag', async () => {
        const { plan } = await exampleInput('first-5k.lift');
        const markdown = planToMarkdown({ plan, diagnostics: [diagnostic('Check this', { dates: ['2027-01-07'] })] });
        expect(markdown).toMatch(/^Key: .* · ⚠ warning \(numbered as under "Warnings and notes"\)$/m);
    });
});

describe('plan text cannot break the document', () => {
    test('pipes, emphasis, code and HTML in names and notes are escaped', async () => {
        const plan = await resolved(`
session Heavy heavy { squat 4x5 @ 80kg }
plan "A | B *bold* _it_ \`code\` <b>x</b> & [link](u) #1" { start 2027-01-04 race "Race | <i>10k</i>" on 2027-01-10
    phase "P|hase" 1 weeks focus base { tue: run easy 30min "note | with *stars*", lift Heavy } }`);
        const markdown = planToMarkdown({ plan, diagnostics: [diagnostic('msg | with <em>tags</em>', { dates: ['2027-01-05'] })] });
        expect(markdown.split('\n')[0]).toBe('# A \\| B \\*bold\\* \\_it\\_ \\`code\\` \\<b\\>x\\</b\\> &amp; \\[link\\](u) \\#1');
        expect(markdown).toContain('\n## P\\|hase\n');
        expect(markdown).not.toMatch(/(?<!\\)<(?!br>)[a-z/]/i);
        for (const line of markdown.split('\n').filter(line => line.startsWith('| '))) {
            expect(cells(line), line).toHaveLength(2);
        }
        expect(rowOf(markdown, '2027-01-05')).toContain('_note \\| with \\*stars\\*_');
        expect(rowOf(markdown, '2027-01-10')).toContain('★ **Race · Race \\| \\<i\\>10k\\</i\\>**');
    });

    test('the emitter is registered as md', () => {
        expect(findEmitter('md')).toMatchObject({ format: 'md', extension: '.md', mediaType: 'text/markdown' });
    });
});

describe('version 2 in the tables', () => {
    async function markdown(): Promise<string> {
        return planToMarkdown({ plan: await resolved(VERSION2_PLAN), diagnostics: [] });
    }

    test("loads show that week's share of the max; ranges and notes of lifts, exercises and rest days", async () => {
        const md = await markdown();
        const tuesday = rowOf(md, '2027-01-19')!;
        expect(tuesday).toContain('(heavy) — _bring chalk_: Back squat 3×4–6 @ 96kg (80% of max) (_pause at the bottom_) · Deadlift 3×5 @ 100kg (71% of max)');
        expect(rowOf(md, '2027-01-24')).toContain('Rest — _walk only_');
    });

    test('the deload week is marked in its heading', async () => {
        const md = await markdown();
        expect(md).toMatch(/\n### Week 4 · Mon 2027-01-25 · 4 of 4 in Build · deload\n/);
        expect(md).not.toMatch(/### Week 3 .* deload/);
    });

    test('structured runs in words; the race with its time and distance', async () => {
        const md = await markdown();
        expect(rowOf(md, '2027-01-07')).toContain('15min warm-up · 6×800m @ 3:50/km, 400m recovery · 10min cool-down');
        expect(rowOf(md, '2027-01-09')).toContain('Run · Easy 45min: 45min @ Z2');
        expect(rowOf(md, '2027-01-31')).toContain('**Race · City 10K** (priority A) at 08:30 · 10km');
    });
});
