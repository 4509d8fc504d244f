// The playground in a real Chromium: the page is served on 127.0.0.1 as any static host
// would, the language server runs in its Web Worker, and the test works the page like a
// coach: pick an example, make a mistake, take a completion and a quick fix, watch the
// calendar follow, download the calendar file, reload, share.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import type { Server } from 'node:http';
import ICAL from 'ical.js';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium } from '../browser/find-chromium.js';
import { DIST, ensurePlaygroundBuilt } from './built-playground.js';
// @ts-expect-error: a plain ES module of the web package, without type declarations
import { startStaticServer } from '../../packages/web/scripts/static-server.mjs';

let server: Server;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
    ensurePlaygroundBuilt();
    ({ server, url } = await startStaticServer(DIST) as { server: Server; url: string });
    const { executablePath, args } = await findChromium();
    browser = await chromium.launch({ executablePath, args });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    page = await context.newPage();
    await page.goto(url);
}, 120_000);

afterAll(async () => {
    await browser?.close();
    server?.close();
});

const calendar = () => page.frameLocator('#calendar');
const editorLine = (text: string) => page.locator('.cm-editor:not([hidden]) .cm-line', { hasText: text }).first();

/** Puts the cursor at the end of the first line holding `text`. */
async function cursorAtEndOf(text: string): Promise<void> {
    await editorLine(text).click();
    await page.keyboard.press('End');
}

describe('the playground page', () => {
    test('shows an example chosen from the menu, with its library files in tabs and its calendar', async () => {
        await page.selectOption('#example-menu', 'first-5k');
        await expect.poll(() => calendar().locator('h1').first().textContent(), { timeout: 30_000 }).toBe('First 5k, spring 2027');
        expect(await page.locator('#tabs button').allTextContents()).toEqual(['first-5k.lift', 'lib/strength.lift', 'lib/warmups.lift']);
        await page.click('#tabs button:has-text("lib/strength.lift")');
        await editorLine('session BeginnerStrength').waitFor();
        await page.click('#tabs button:has-text("first-5k.lift")');
        await editorLine('plan "First 5k, spring 2027"').waitFor();
        // Highlighting: keywords are coloured.
        expect(await page.locator('.cm-editor:not([hidden]) .cm-line span', { hasText: /^plan$/ }).count()).toBeGreaterThan(0);
    }, 60_000);

    test('warnings are flagged on their days in the live calendar', async () => {
        await page.selectOption('#example-menu', 'mistakes/unbalanced-season');
        const flag = calendar().locator('td[data-date="2027-02-08"] .flag.warning[data-rule="consistency"]');
        await flag.waitFor({ timeout: 30_000 });
        await page.selectOption('#example-menu', 'first-5k');
        await expect.poll(() => calendar().locator('h1').first().textContent(), { timeout: 30_000 }).toBe('First 5k, spring 2027');
    }, 60_000);

    test('a mistake gets a marker with its rule id; its quick fix repairs it', async () => {
        await cursorAtEndOf('mon: lift BodyweightBasics');
        await page.keyboard.press('Backspace');
        const marker = page.locator('.cm-editor:not([hidden]) .cm-lintRange-error').first();
        await marker.waitFor({ timeout: 30_000 });
        // A plan with errors is not built: the calendar says why.
        await expect.poll(() => page.locator('#calendar-banner').textContent(), { timeout: 30_000 }).toMatch(/first-5k\.lift has 1 error/);

        await marker.hover();
        // The server's hover gives the rule's reason, as in VS Code; the message is in the marker's tooltip only.
        const hover = page.locator('.cm-lsp-hover-tooltip').first();
        await expect.poll(() => hover.textContent(), { timeout: 30_000 })
            .toMatch(/error · unresolved-reference.*Why:.*A name the file cannot see points nowhere/s);
        expect(await hover.textContent()).not.toContain('Unknown session');
        const tooltip = page.locator('.cm-tooltip-lint');
        await expect.poll(() => tooltip.locator('.cm-diagnosticSource').first().textContent(), { timeout: 30_000 }).toBe('unresolved-reference');
        const fix = tooltip.locator('.cm-diagnosticAction', { hasText: "Change to 'BodyweightBasics'" });
        await fix.waitFor({ timeout: 30_000 });
        await fix.click();

        await editorLine('mon: lift BodyweightBasics').waitFor();
        await expect.poll(() => page.locator('.cm-editor:not([hidden]) .cm-lintRange-error').count(), { timeout: 30_000 }).toBe(0);
        await expect.poll(() => page.locator('#calendar-banner').isHidden(), { timeout: 30_000 }).toBe(true);
    }, 90_000);

    test('go-to-definition (F12) on a session opens its library file at the declaration', async () => {
        await editorLine('fri: lift BodyweightBasics').click();
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('F12');
        await expect.poll(() => page.locator('#tabs button[aria-selected="true"]').textContent(), { timeout: 30_000 }).toBe('lib/strength.lift');
        await expect.poll(() => page.locator('.cm-editor:not([hidden]) .cm-activeLine').textContent(), { timeout: 30_000 }).toMatch(/^session BodyweightBasics/);
        await page.click('#tabs button:has-text("first-5k.lift")');
    }, 60_000);

    test('completion offers the words the server knows, and accepting one writes it', async () => {
        await cursorAtEndOf('wed: rest');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Control+Space');
        const option = page.locator('.cm-tooltip-autocomplete li', { hasText: /^rest/ }).first();
        await option.waitFor({ timeout: 30_000 });
        await option.click();
        await expect.poll(() => editorLine('wed: re').textContent()).toMatch(/wed: rest\s*$/);
    }, 60_000);

    test('the calendar follows the plan as it is typed', async () => {
        await cursorAtEndOf('tue: run easy 25min');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await page.keyboard.type('35min');
        await expect.poll(() => calendar().locator('body').textContent(), { timeout: 30_000 }).toContain('Easy 35min');
    }, 60_000);

    test('Format lays the file out as lift fmt does', async () => {
        const original = await editorLine('sat: run long 40min').textContent();
        await editorLine('sat: run long 40min').click();
        await page.keyboard.press('Home');
        await page.keyboard.type('      ');
        expect(await editorLine('sat: run long 40min').textContent()).not.toBe(original);
        await page.click('#format');
        await expect.poll(() => editorLine('sat: run long 40min').textContent(), { timeout: 30_000 }).toBe(original);
    }, 60_000);

    test('downloads the plan as an .ics calendar that parses, with the edit in it', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
        expect(download.suggestedFilename()).toBe('first-5k.ics');
        const text = readFileSync((await download.path())!, 'utf8');
        const calendarComponent = new ICAL.Component(ICAL.parse(text));
        const events = calendarComponent.getAllSubcomponents('vevent');
        expect(events.length).toBeGreaterThan(20);
        const summaries = events.map(event => String(event.getFirstPropertyValue('summary')));
        expect(summaries.some(summary => /35\s*min/.test(summary))).toBe(true);
    }, 60_000);

    test('downloads the JSON build', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
        expect(download.suggestedFilename()).toBe('first-5k.json');
        const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { plan?: { name?: string }; name?: string };
        expect(JSON.stringify(json)).toContain('First 5k, spring 2027');
    }, 60_000);

    test('downloads the intervals.icu events: one per run and lift, each with its calendar UID', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-intervals')]);
        expect(download.suggestedFilename()).toBe('first-5k.intervals.json');
        const events = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<{ category: string; type: string; external_id: string; start_date_local: string }>;
        expect(events.length).toBeGreaterThan(10);
        expect(new Set(events.map(event => event.type))).toEqual(new Set(['Run', 'WeightTraining']));
        expect(events.every(event => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(event.start_date_local) && event.external_id.length > 0)).toBe(true);
        expect(events.some(event => event.category === 'RACE_A')).toBe(true);
    }, 60_000);

    test('the plan survives a reload', async () => {
        await page.waitForTimeout(600); // the page saves 300 ms after the last keystroke
        await page.reload();
        await editorLine('tue: run easy 35min').waitFor({ timeout: 30_000 });
        expect(await page.locator('#example-menu').inputValue()).toBe('first-5k');
    }, 60_000);

    test('a share link carries the plan to a browser that has never seen it', async () => {
        await page.click('#share');
        await expect.poll(() => page.locator('#share').getAttribute('data-link')).toMatch(/#plan=/);
        const link = (await page.locator('#share').getAttribute('data-link'))!;
        // One browser context throughout (the npm-shipped Chromium runs a single process):
        // forgetting the saved plans makes this browser a stranger to the plan.
        await page.evaluate('localStorage.clear()');
        const other = await context.newPage();
        try {
            await other.goto(link);
            await other.locator('.cm-line', { hasText: 'tue: run easy 35min' }).first().waitFor({ timeout: 30_000 });
            expect(await other.locator('#example-menu').inputValue()).toBe('shared');
            expect(other.url()).not.toContain('#plan=');
        } finally {
            await other.close();
        }
    }, 60_000);

    test('Reset brings the example back as shipped', async () => {
        await page.click('#reset');
        await editorLine('tue: run easy 25min').waitFor({ timeout: 30_000 });
        await expect.poll(() => calendar().locator('body').textContent(), { timeout: 30_000 }).not.toContain('Easy 35min');
    }, 60_000);

    // The picture in the README and docs/playground.md. It goes to a temporary folder
    // unless LIFT_PLAYGROUND_SCREENSHOT_OUT names a file (scripts/screenshot-playground.mjs).
    test('playground screenshot: a warning explained in the editor and flagged in the calendar', async () => {
        await page.selectOption('#example-menu', 'mistakes/overloaded-sessions');
        await calendar().locator('.flag.warning').first().waitFor({ timeout: 30_000 });
        const marker = page.locator('.cm-editor:not([hidden]) .cm-line', { hasText: 'rpe 10' }).locator('.cm-lintRange-warning').first();
        await marker.waitFor({ timeout: 30_000 });
        await marker.hover();
        await page.locator('.cm-tooltip-lint .cm-diagnosticAction').first().waitFor({ timeout: 30_000 });
        await page.locator('.cm-lsp-hover-tooltip').first().waitFor({ timeout: 30_000 });
        const output = process.env.LIFT_PLAYGROUND_SCREENSHOT_OUT ?? join(mkdtempSync(join(tmpdir(), 'lift-playground-')), 'playground.png');
        await page.screenshot({ path: output });
        expect(readFileSync(output).subarray(1, 4).toString()).toBe('PNG');
    }, 60_000);
});

describe('a share link from a stranger', () => {
    test('cannot run script through the hover text it makes the server write', async () => {
        const plan = [
            'plan "<img src=x onerror=\'window.liftInjected=1\'>Evil <b>bold</b>" {',
            '    start 2027-01-04',
            '    phase Base 1 weeks focus base {',
            '        mon: run easy 30min',
            '    }',
            '}',
            ''
        ].join('\n');
        const shared = JSON.stringify({ files: [{ path: 'evil.lift', text: plan }], activePath: 'evil.lift' });
        const fragment = `#plan=${deflateRawSync(shared).toString('base64url')}`;
        const other = await context.newPage();
        try {
            await other.goto(url + fragment);
            const name = other.locator('.cm-line', { hasText: 'Evil' }).first();
            await name.waitFor({ timeout: 30_000 });
            await other.frameLocator('#calendar').locator('h1').first().waitFor({ timeout: 30_000 });
            await name.hover({ position: { x: 200, y: 5 } });
            const hover = other.locator('.cm-lsp-hover-tooltip').first();
            await expect.poll(() => hover.textContent(), { timeout: 30_000 }).toContain('Evil');
            // The name is shown as written: its tags are text, neither run nor rendered.
            expect(await hover.locator('img').count()).toBe(0);
            expect(await hover.locator('b').count()).toBe(0);
            expect(await hover.textContent()).toContain('Evil <b>bold</b>');
            expect(await other.evaluate('window.liftInjected')).toBeUndefined();
        } finally {
            await other.close();
        }
    }, 60_000);
});

describe('the playground opened from disk (file://)', () => {
    test('starts its worker all the same, and its .ics carries the plan\'s time zone', async () => {
        const local = await context.newPage();
        try {
            await local.goto(pathToFileURL(join(DIST, 'index.html')).href);
            await expect.poll(() => local.frameLocator('#calendar').locator('h1').first().textContent(), { timeout: 30_000 }).toBe('First 5k, spring 2027');
            await local.selectOption('#example-menu', 'advanced-half');
            await expect.poll(() => local.frameLocator('#calendar').locator('h1').first().textContent(), { timeout: 30_000 }).toBe('Riverside Half 2027');
            const [download] = await Promise.all([local.waitForEvent('download'), local.click('#download-ics')]);
            const zones = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8'))).getAllSubcomponents('vtimezone');
            expect(zones.map(zone => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
        } finally {
            await local.close();
        }
    }, 90_000);
});
