// The calendar page adapts to its width: seven columns on a wide screen, a list of days
// below 900 px (the preview at half the window's width, a phone), measured in Chromium on
// element boxes, with a screenshot at each width. Print keeps the grid whatever the window.
//
// LIFT_LAYOUT_SHOTS=some/folder keeps the screenshots there to look at; otherwise they go to
// a temporary folder.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planToHtml } from '@lift/language';
import { withPreviewChrome } from '../../packages/vscode/src/preview-html.js';
import { launchBrowser, type Browser } from '../browser/chromium.js';
import { exampleInput } from './example-plans.js';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const shots = process.env.LIFT_LAYOUT_SHOTS ? resolve(process.env.LIFT_LAYOUT_SHOTS) : mkdtempSync(join(tmpdir(), 'lift-layout-'));
mkdirSync(shots, { recursive: true });

interface Box { width: number; height: number; lineHeight: number; text: string }

/** The rendered box, line height and text of every element matching `selector` that is shown. */
async function boxes(page: Page, selector: string): Promise<Box[]> {
    return page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})]
        .filter(element => element.getClientRects().length > 0)
        .map(element => {
            const rect = element.getBoundingClientRect();
            const style = getComputedStyle(element);
            const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.35;
            return { width: rect.width, height: rect.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom), lineHeight, text: element.textContent.trim() };
        })`) as Promise<Box[]>;
}

/** How many lines a box's text takes. */
const lines = (box: Box) => Math.round(box.height / box.lineHeight);

async function horizontalOverflow(page: Page): Promise<number> {
    return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

async function shoot(page: Page, name: string): Promise<void> {
    const path = join(shots, name);
    await page.screenshot({ path, fullPage: false });
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
}

describe('the calendar at the width of its window', () => {
    test('wide (1400 px): seven columns, no cell narrower than 120 px', async () => {
        const html = planToHtml(await exampleInput('spring-marathon.lift'));
        const { page } = await browser.open(html, { width: 1400, height: 1000 });
        try {
            expect(await page.locator('table.calendar thead').isVisible()).toBe(true);
            const cells = await boxes(page, 'td.day');
            expect(Math.min(...cells.map(cell => cell.width))).toBeGreaterThanOrEqual(120);
            expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
            await shoot(page, 'calendar-1400.png');
        } finally {
            await page.close();
        }
    });

    // The spring marathon has long exercise lists; the beginner who goes too fast, warnings on many days.
    test.each([
        [640, 'spring-marathon.lift'], [420, 'spring-marathon.lift'], [640, 'mistakes/beginner-too-fast.lift']
    ])('narrow (%i px, %s): each week a list of days, nothing wraps a word a line, warnings take one line', async (width, file) => {
        const html = withPreviewChrome(planToHtml(await exampleInput(file)), 'vscode-resource:');
        const { page } = await browser.open(html, { width, height: 1000 });
        try {
            expect(await page.locator('table.calendar thead').isVisible()).toBe(false);
            expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
            const days = await boxes(page, 'td.day');
            expect(days.length).toBeGreaterThan(0);
            // A day spans the page: the list layout, not a squeezed column.
            expect(Math.min(...days.map(day => day.width))).toBeGreaterThan(width - 80);
            // The weekday is named in the day itself, since the column headings are gone.
            expect(days[0].text).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ [A-Z][a-z]{2}/);
            // Exercise lines, session names and run titles: no word-per-line wrapping.
            for (const selector of ['.work li', '.act-title']) {
                const texts = await boxes(page, `td.day ${selector}`);
                for (const box of texts) {
                    expect(box.width, `${selector} "${box.text}"`).toBeGreaterThanOrEqual(Math.min(160, box.text.length * 4));
                    expect(lines(box), `${selector} "${box.text}"`).toBeLessThanOrEqual(Math.max(1, box.text.split(/\s+/).length / 3));
                }
            }
            const flags = await boxes(page, 'td.day .flag');
            if (file.startsWith('mistakes/')) expect(flags.length).toBeGreaterThan(0);
            for (const flag of flags) expect(lines(flag), flag.text).toBe(1);
            await shoot(page, `calendar-${width}-${file.replace(/\W+/g, '-')}.png`);
        } finally {
            await page.close();
        }
    });

    test('printed from a narrow window, the page keeps its seven-column grid', async () => {
        const html = planToHtml(await exampleInput('spring-marathon.lift'));
        const { page } = await browser.open(html, { width: 640, height: 900 });
        try {
            await page.emulateMedia({ media: 'print' });
            expect(await page.locator('table.calendar thead').isVisible()).toBe(true);
            expect(await page.evaluate('getComputedStyle(document.querySelector("tr.week")).display')).toBe('table-row');
        } finally {
            await page.close();
        }
    });
});
