// `lift build --format html` (docs/language.md, "lift build --format html and md"): every
// example rendered in headless Chromium shows each week, day and activity; warnings are
// flagged on their days; the page is self-contained, escaped, and prints landscape.
//
// LIFT_SCREENSHOT_OUT=docs/img/calendar.png (set by scripts/screenshot-calendar.mjs) writes
// the spring-marathon screenshot there; a plain test run takes no screenshot.

import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findEmitter, formatDay, parseDate, planNotes, planToHtml, planToJson, type PlanJson } from '@lift/language';
import { parse, resolved } from '../helpers/services.js';
import { launchBrowser, type Browser } from '../browser/chromium.js';
import { EXAMPLE_FILES, buildableMistakes, exampleInput } from './example-plans.js';
import { VERSION2_PLAN } from './version2-plan.js';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const shots = mkdtempSync(join(tmpdir(), 'lift-html-'));

function warning(message: string, range: Diagnostic['range'], data?: Record<string, unknown>, severity: 2 | 3 = 2): Diagnostic {
    return { message, range, severity, code: String(data?.rule ?? 'test-rule'), source: 'lift', data: { rule: 'test-rule', ...data } };
}

const AT_START: Diagnostic['range'] = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function rangeOf(node: { $cstNode?: { range: Diagnostic['range'] } } | undefined): Diagnostic['range'] {
    if (!node?.$cstNode) throw new Error('node without text');
    return node.$cstNode.range;
}

describe('every example in Chromium', () => {
    test.each(EXAMPLE_FILES)('%s: weeks, days, activities and phases are on the page', async file => {
        const input = await exampleInput(file);
        const json = planToJson(input.plan) as PlanJson;
        const html = findEmitter('html')!.emit(input);
        expect(html).not.toMatch(/<script|<link|<img|url\(|@import|https?:/i);
        const { page, requests } = await browser.open(html);
        try {
            expect(await page.title()).toBe(`${json.plan} · training calendar`);
            expect(await page.locator('tr.week').count()).toBe(input.plan.weeks.length);
            for (const week of input.plan.weeks) {
                await expect.soft(page.locator(`tr.week[data-week="${week.number}"] .week-number`).textContent()).resolves.toBe(`Week ${week.number}`);
                expect(await page.locator(`tr.week[data-week="${week.number}"] td.day`).count()).toBe(7);
            }
            for (const phase of json.phases) {
                const band = await page.locator(`tbody.phase[data-phase="${phase.name}"] .phase-band`).textContent();
                expect(band).toContain(phase.name);
                expect(band).toContain(`${formatDay(parseDate(phase.start)!)} – ${formatDay(parseDate(phase.end)!)}`);
            }
            for (const entry of json.days) {
                const cell = page.locator(`td.day[data-date="${entry.date}"]`);
                const text = await cell.innerText();
                for (const activity of entry.activities) {
                    if (activity.type === 'rest') expect(text).toContain('Rest');
                    else if (activity.type === 'lift') expect(text).toContain(activity.session);
                    else if (activity.type !== 'cross' && activity.race) expect(text).toContain(activity.race);
                    else expect(text.toLowerCase()).toContain(activity.kind);
                    if ('at' in activity && activity.at) expect(text).toContain(activity.at);
                }
            }
            const all = json.days.flatMap(entry => entry.activities);
            const runs = all.filter(activity => activity.type === 'run');
            const crossSessions = all.filter(activity => activity.type === 'cross');
            expect(await page.locator('td.day .act.lift').count()).toBe(all.filter(activity => activity.type === 'lift').length);
            expect(await page.locator('td.day .act.race').count()).toBe(runs.filter(run => run.race).length);
            expect(await page.locator('td.day .act.quality').count())
                .toBe(runs.filter(run => !run.race && run.quality).length + crossSessions.filter(cross => cross.quality).length);
            // Whatever lift check says about the example today is flagged on its days.
            for (const note of planNotes(input.plan, input.diagnostics).notes) {
                for (const date of note.dates) {
                    expect(await page.locator(`td.day[data-date="${date}"] .flag`).allInnerTexts()).toContain(`${note.severity === 'info' ? 'ℹ' : '⚠'} ${note.number} ${note.headline}`);
                }
            }
            await page.screenshot({ path: join(shots, `${file}.png`), fullPage: true });
            expect(statSync(join(shots, `${file}.png`)).size).toBeGreaterThan(10_000);
            expect(requests).toEqual([]);
        } finally {
            await page.close();
        }
    });

    // Not a check (a file that exists proves nothing about the page): the tool behind
    // scripts/screenshot-calendar.mjs, which sets LIFT_SCREENSHOT_OUT. A plain run skips it.
    test.runIf(process.env.LIFT_SCREENSHOT_OUT)('the spring marathon screenshot (docs/img/calendar.png)', async () => {
        const html = planToHtml(await exampleInput('spring-marathon.lift'));
        const { page } = await browser.open(html, { width: 1400, height: 900 });
        try {
            // The header, the legend and the first phase: what a coach sees first.
            const box = await page.locator('tbody.phase').first().boundingBox();
            const height = Math.ceil((box?.y ?? 0) + (box?.height ?? 900) + 1);
            await page.setViewportSize({ width: 1400, height });
            await page.screenshot({ path: resolve(process.env.LIFT_SCREENSHOT_OUT!) });
        } finally {
            await page.close();
        }
    });
});

describe('warnings on their days', () => {
    test('the mistake examples that still build show each real warning on its days, in full in the notes', async () => {
        const mistakes = (await buildableMistakes()).filter(({ input }) => input.diagnostics.length > 0);
        expect(mistakes.length).toBeGreaterThan(0);
        for (const { file, input } of mistakes) {
            const notes = planNotes(input.plan, input.diagnostics).notes;
            const { page, requests } = await browser.open(planToHtml(input));
            try {
                expect(await page.locator('.notes li').count(), file).toBe(notes.length);
                for (const note of notes) {
                    const mark = note.severity === 'info' ? 'ℹ' : '⚠';
                    for (const date of note.dates) {
                        expect(await page.locator(`td.day[data-date="${date}"] .flag`).allInnerTexts(), `${file} ${date}`).toContain(`${mark} ${note.number} ${note.headline}`);
                    }
                    if (note.phase) expect(await page.locator(`tbody.phase[data-phase="${note.phase.name}"] .phase-band`).innerText()).toContain(`${mark} ${note.number} ${note.headline}`);
                    expect(await page.locator(`#note-${note.number}`).innerText()).toContain(note.message);
                }
                expect(requests).toEqual([]);
            } finally {
                await page.close();
            }
        }
    });

    test('a diagnostic with dates flags those days, without repeating the dates in the cell', async () => {
        const input = await exampleInput('spring-marathon.lift');
        const diagnostics = [warning('Heavy lift 36 h before a quality run (weeks 1–2: Tue 2027-01-05, Tue 2027-01-12)', AT_START,
            { dates: ['2027-01-05', '2027-01-12'], rule: 'lift-after-run', messageWithoutDates: 'Heavy lift 36 h before a quality run' })];
        const { page } = await browser.open(planToHtml({ ...input, diagnostics }));
        try {
            for (const date of ['2027-01-05', '2027-01-12']) {
                const flag = page.locator(`td.day[data-date="${date}"] .flag.warning`);
                expect(await flag.innerText()).toBe('⚠ 1 Heavy lift 36 h before a quality run');
            }
            expect(await page.locator('td.day .flag').count()).toBe(2);
            expect(await page.locator('.notes li').innerText()).toContain('Heavy lift 36 h before a quality run (weeks 1–2: Tue 2027-01-05, Tue 2027-01-12)');
            expect(await page.locator('.notes li').innerText()).toContain('flagged on 2 days');
        } finally {
            await page.close();
        }
    });

    test('a diagnostic without dates flags the days of the activity or day line it points into', async () => {
        const plan = await resolved(`
session Heavy heavy { squat 4x5 @ 80kg rest 2min rir 2 }
plan "P" { start 2027-01-04
    phase Base 2 weeks focus base {
        tue: run intervals 6x800m, lift Heavy
        thu: run easy 30min
    }
}`);
        const tuesday = plan.days[0];
        const lift = tuesday.activities.find(activity => activity.type === 'lift')!;
        const diagnostics = [
            warning('Points at the lift', rangeOf(lift.node), { rule: 'at-lift' }),
            warning('Points into the session', rangeOf(lift.type === 'lift' ? lift.definition?.exercises[0] : undefined), { rule: 'in-session' }, 3),
            warning('Points at the plan name', AT_START, { rule: 'plan-wide' })
        ];
        const html = planToHtml({ plan, diagnostics });
        const { page } = await browser.open(html);
        try {
            for (const date of ['2027-01-05', '2027-01-12']) {
                const flags = await page.locator(`td.day[data-date="${date}"] .flag`).allInnerTexts();
                expect(flags).toEqual(['⚠ 1 Points at the lift', 'ℹ 2 Points into the session']);
            }
            expect(await page.locator('td.day[data-date="2027-01-07"] .flag').count()).toBe(0);
            const notes = await page.locator('.notes li').allInnerTexts();
            expect(notes).toHaveLength(3);
            expect(notes[2]).toContain('Points at the plan name');
            expect(notes[2]).toContain('(the whole plan)');
        } finally {
            await page.close();
        }
    });

    test('a phase-wide note shows on its phase band; days show the first sentence, the notes all of it', async () => {
        const plan = await resolved(`plan "P" { start 2027-01-04
    phase Base 1 weeks focus base { tue: run easy 30min }
    phase Peak 1 weeks focus peak { tue: run easy 30min } }`);
        const diagnostics = [
            warning('Phase Peak lifts more than the base. Lift less in the peak.', rangeOf(plan.phases[1].node), { rule: 'peak-reduction' }),
            warning('Too close. Move the lift. (week 1: Tue 2027-01-05)', AT_START, { rule: 'taper', dates: ['2027-01-05'], messageWithoutDates: 'Too close. Move the lift.' })
        ];
        const { page } = await browser.open(planToHtml({ plan, diagnostics }));
        try {
            expect(await page.locator('tbody.phase[data-phase="Peak"] .phase-band .flag').innerText()).toBe('⚠ 1 Phase Peak lifts more than the base.');
            expect(await page.locator('tbody.phase[data-phase="Base"] .phase-band .flag').count()).toBe(0);
            expect(await page.locator('td.day[data-date="2027-01-05"] .flag').innerText()).toBe('⚠ 2 Too close.');
            const notes = await page.locator('.notes li').allInnerTexts();
            expect(notes[0]).toContain('Phase Peak lifts more than the base. Lift less in the peak. (phase Peak)');
            expect(notes[1]).toContain('Too close. Move the lift. (week 1: Tue 2027-01-05) (flagged on one day)');
        } finally {
            await page.close();
        }
    });

    test('a real warning from lift check reaches the page', async () => {
        const document = await parse(`plan "P" { start 2027-01-04 rules { no-such-rule off }
            phase Base 1 weeks focus base { tue: run easy 30min } }`);
        const diagnostics = (document.diagnostics ?? []).filter(d => d.severity === 2);
        expect(diagnostics.map(d => d.code)).toContain('unknown-rule');
        const plan = await resolved(`plan "P" { start 2027-01-04 rules { no-such-rule off }
            phase Base 1 weeks focus base { tue: run easy 30min } }`);
        const html = planToHtml({ plan, diagnostics });
        expect(html).toContain('<code>unknown-rule</code>');
        expect(html).toContain('no-such-rule');
    });

    test('with no diagnostics the page has no notes section, and the legend explains no flag', async () => {
        const html = planToHtml(await exampleInput('first-5k.lift'));
        expect(html).not.toContain('class="notes"');
        const legend = /<p class="legend"[^]*?<\/p>/.exec(html)![0];
        expect(legend).not.toContain('warning');
        expect(legend).not.toContain('no. 1');
    });

    test('the legend explains the first flag in its own severity', async () => {
        const { plan } = await exampleInput('first-5k.lift');
        const html = planToHtml({ plan, diagnostics: [warning('Check this', AT_START, { dates: ['2027-01-07'] })] });
        expect(/<p class="legend"[^]*?<\/p>/.exec(html)![0]).toContain('warning no. 1, in full under the calendar');
    });
});

describe('a page for print and for black-and-white', () => {
    test('every kind of activity carries a text label, not only a colour', async () => {
        const plan = await resolved(`
session Heavy heavy { squat 4x5 @ 80kg }
session Easy light { squat 2x5 @ 40kg }
plan "P" { start 2027-01-04 race "Town 10k" on 2027-01-10
    phase Base 1 weeks focus base { mon: rest  tue: run tempo 30min, lift Heavy  wed: lift Easy  thu: run easy 30min } }`);
        const { page } = await browser.open(planToHtml({ plan, diagnostics: [warning('Check this', AT_START, { dates: ['2027-01-07'] })] }));
        try {
            await page.emulateMedia({ colorScheme: 'light', media: 'print' });
            const label = (selector: string) => page.locator(`td.day ${selector} .tag`).first().innerText();
            expect(await label('.act.lift.heavy')).toBe('▲ LIFT');
            expect(await label('.act.lift.light')).toBe('△ LIFT');
            expect(await label('.act.quality')).toBe('◆ QUALITY');
            expect(await label('.act.race')).toBe('★ RACE');
            expect(await label('.flag.warning')).toBe('⚠ 1');
            expect(await page.locator('td.day[data-date="2027-01-04"]').innerText()).toContain('Rest');
            expect(await page.locator('td.day[data-date="2027-01-07"] .act').innerText()).toBe('Easy 30min');
        } finally {
            await page.close();
        }
    });

    test('in print the calendar fits the width of a landscape Letter page, and the PDF is landscape', async () => {
        const html = planToHtml(await exampleInput('advanced-half.lift'));
        // Letter landscape (279.4 mm) minus the 10 mm margins, at 96 px per inch.
        const width = Math.floor((279.4 - 20) / 25.4 * 96);
        const { page } = await browser.open(html, { width, height: 700 });
        try {
            await page.emulateMedia({ media: 'print' });
            const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
            expect(overflow).toBeLessThanOrEqual(0);
            const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
            const [, w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
            expect(Number(w)).toBeGreaterThan(Number(h));
        } finally {
            await page.close();
        }
    });

    test('all plan text is escaped', async () => {
        const plan = await resolved(`
session Heavy heavy { squat 4x5 @ 80kg }
plan "<script>alert('x')</script> & \\"friends\\"" { start 2027-01-04 race "<b>bold</b>" on 2027-01-10
    phase "<i>Base</i>" 1 weeks focus base { tue: run easy 30min "<img src=x onerror=alert(1)>", lift Heavy } }`);
        const html = planToHtml({ plan, diagnostics: [warning('<em>careful</em> & more', AT_START, { dates: ['2027-01-05'] })] });
        expect(html).not.toMatch(/<script|<img|<b>|<i>|<em>/);
        const { page } = await browser.open(html);
        try {
            expect(await page.locator('h1').innerText()).toBe(`<script>alert('x')</script> & "friends"`);
            expect(await page.locator('td.day[data-date="2027-01-05"]').innerText()).toContain('<img src=x onerror=alert(1)>');
            expect(await page.locator('td.day[data-date="2027-01-05"] .flag').innerText()).toContain('<em>careful</em> & more');
            expect(await page.locator('.phase-name').innerText()).toBe('<i>Base</i>');
            expect(await page.locator('script, img, b, i, em').count()).toBe(0);
        } finally {
            await page.close();
        }
    });

    test('rebuilds are identical, and the emitter is registered as html', async () => {
        const first = planToHtml(await exampleInput('spring-marathon.lift'));
        expect(planToHtml(await exampleInput('spring-marathon.lift'))).toBe(first);
        expect(findEmitter('html')).toMatchObject({ format: 'html', extension: '.html', mediaType: 'text/html' });
    });
});

describe('version 2 on the page', () => {
    async function page(): Promise<string> {
        return planToHtml({ plan: await resolved(VERSION2_PLAN), diagnostics: [] });
    }
    function cell(html: string, date: string): string {
        const start = html.indexOf(`data-date="${date}"`);
        return html.slice(start, html.indexOf('</td>', start));
    }

    test("loads show that week's share of the max; ranges and notes of lifts, exercises and rest days", async () => {
        const html = await page();
        const tuesday = cell(html, '2027-01-19');
        expect(tuesday).toContain('Back squat 3×4–6 @ 96kg (80% of max) <span class="note">pause at the bottom</span>');
        expect(tuesday).toContain('Deadlift 3×5 @ 100kg (71% of max)');
        expect(tuesday).toContain('<div class="note">bring chalk</div>');
        expect(cell(html, '2027-01-24')).toContain('<div class="rest-label">Rest</div><div class="note">walk only</div>');
    });

    test('the deload week is marked, the others are not', async () => {
        const html = await page();
        expect(html).toMatch(/<tr class="week deload" data-week="4"><th class="week-head" scope="row"><span class="week-number">Week 4<\/span><span class="deload">deload<\/span>/);
        expect(html).toContain('<tr class="week" data-week="3">');
    });

    test('structured runs in words; the race with its distance', async () => {
        const html = await page();
        expect(cell(html, '2027-01-07')).toContain('<div class="steps">15min warm-up · 6×800m @ 3:50/km, 400m recovery · 10min cool-down</div>');
        expect(cell(html, '2027-01-09')).toContain('<div class="steps">45min @ Z2</div>');
        expect(cell(html, '2027-01-31')).toContain('priority A · 10km');
    });
});
