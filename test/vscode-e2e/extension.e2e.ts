// End to end in a real VS Code: the packaged .vsix installed into code-server, driven by
// headless Chromium like a user. Run with `npm run test:vscode` (not part of `npm test`);
// needs `bash scripts/install-code-server.sh` first.
//
// Screenshots go to test-results/vscode-e2e/; with LIFT_UPDATE_SCREENSHOTS=1 they also
// replace docs/img/vscode-*.png, which the READMEs show.

import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ensureVsix, repositoryRoot } from '../vscode/packaged-extension.js';
import { startCodeServer, type RunningCodeServer } from './code-server.js';
import { colourOf, launchChromium, Workbench } from './workbench.js';

const examples = join(repositoryRoot, 'examples');
const resultsFolder = join(repositoryRoot, 'test-results', 'vscode-e2e');

let codeServer: RunningCodeServer;
let browser: Browser;
let workbench: Workbench;

/** The 1-based number of the first line of an example file that contains `text`. */
function lineOf(file: string, text: string): number {
    const index = readFileSync(join(examples, file), 'utf8').split('\n').findIndex(line => line.includes(text));
    if (index < 0) throw new Error(`examples/${file} has no line with '${text}'`);
    return index + 1;
}

async function screenshot(name: string): Promise<void> {
    const path = join(resultsFolder, name);
    await workbench.screenshot(path);
    if (process.env.LIFT_UPDATE_SCREENSHOTS === '1') {
        mkdirSync(join(repositoryRoot, 'docs', 'img'), { recursive: true });
        copyFileSync(path, join(repositoryRoot, 'docs', 'img', name));
    }
}

beforeAll(async () => {
    const vsix = ensureVsix();
    codeServer = await startCodeServer({
        vsix,
        workspaceFiles: {
            'lib': join(examples, 'lib'),
            'spring-marathon.lift': join(examples, 'spring-marathon.lift'),
            'mistakes/crowded-week.lift': join(examples, 'mistakes', 'crowded-week.lift'),
            'mistakes/beginner-too-fast.lift': join(examples, 'mistakes', 'beginner-too-fast.lift')
        },
        settings: {
            // A trust dialog would block every click.
            'security.workspace.trust.enabled': false,
            'workbench.startupEditor': 'none',
            'workbench.tips.enabled': false,
            'workbench.colorTheme': 'Default Light Modern',
            'telemetry.telemetryLevel': 'off',
            'update.mode': 'none',
            'extensions.autoCheckUpdates': false,
            'extensions.autoUpdate': false,
            'extensions.ignoreRecommendations': true,
            'editor.minimap.enabled': false,
            'editor.fontSize': 14,
            'window.commandCenter': false,
            'chat.commandCenter.enabled': false,
            'files.simpleDialog.enable': true,
            // VS Code in a browser saves after a delay by default; edits here are reverted.
            'files.autoSave': 'off',
            'breadcrumbs.enabled': false,
            'workbench.reduceMotion': 'on',
            'lift.preview.updateDelay': 200
        }
    });
    browser = await launchChromium();
    workbench = await Workbench.open(browser, codeServer.url);
}, 240_000);

afterEach(async context => {
    if (context.task.result?.state === 'fail' && workbench) {
        await workbench.screenshot(join(resultsFolder, `failed-${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`)).catch(() => undefined);
    }
});

afterAll(async () => {
    await browser?.close();
    await codeServer?.stop();
});

describe('the Lift extension in VS Code', () => {
    test('a flawed plan: highlighted, and its rule diagnostics in the Problems panel', async () => {
        await workbench.openFile('mistakes/crowded-week.lift');
        const page = workbench.page;
        // The language is known (status bar) and the grammar colours keywords.
        await expect.poll(() => page.locator('.statusbar-item[id="status.editor.mode"]').innerText()).toBe('Lift');
        const keyword = workbench.editorToken('plan "Crowded week"', 'plan');
        const name = workbench.editorToken('plan "Crowded week"', '"Crowded week"');
        expect(await colourOf(keyword)).not.toBe(await colourOf(name));

        const problems = await workbench.showProblems();
        for (const rule of ['recovery-48h', 'lift-after-run', 'weekly-frequency']) {
            await expect.poll(() => problems.innerText(), { timeout: 90_000, message: `${rule} in the Problems panel` }).toContain(rule);
        }
        // Squiggles in the editor too.
        await expect.poll(() => page.locator('.editor-instance .squiggly-error, .editor-instance .squiggly-warning').count()).toBeGreaterThan(0);
        await workbench.cursorAtEndOf(lineOf('mistakes/crowded-week.lift', 'mon: lift StrengthA'));
        await screenshot('vscode-diagnostics.png');
        await workbench.runCommand('View: Hide Panel');
    });

    test('inlay hints follow the lift.inlayHints.enabled setting', async () => {
        const phaseLine = () => workbench.editorLine('phase Base 4 weeks focus base').first().innerText();
        // The phase's dates, shown as a hint after its header.
        await expect.poll(phaseLine, { timeout: 30_000 }).toMatch(/Mon\s2027-01-04/);
        await workbench.toggleSetting('lift.inlayHints.enabled');
        await expect.poll(phaseLine, { timeout: 30_000 }).not.toMatch(/2027-01-04/);
        expect(JSON.parse(readFileSync(codeServer.settingsFile, 'utf8'))['lift.inlayHints.enabled']).toBe(false);
        await workbench.toggleSetting('lift.inlayHints.enabled');
        await expect.poll(phaseLine, { timeout: 30_000 }).toMatch(/Mon\s2027-01-04/);
    });

    test('the preview refuses a plan with errors and points at the Problems panel', async () => {
        await workbench.runCommand('Lift: Open Calendar Preview');
        const toast = workbench.notificationToasts().filter({ hasText: 'cannot preview the calendar' });
        await toast.first().waitFor({ timeout: 30_000 });
        expect(await toast.first().innerText()).toMatch(/crowded-week\.lift has \d+ errors?\. Fix (it|them) first; the Problems panel lists/);
        await workbench.runCommand('Notifications: Clear All Notifications');
    });

    test('completion offers exercises from the built-in library', async () => {
        await workbench.openFile('lib/strength.lift');
        const page = workbench.page;
        await workbench.cursorAtEndOf(lineOf('lib/strength.lift', 'goblet-squat'));
        await page.keyboard.press('Enter');
        await page.keyboard.type('front', { delay: 50 });
        await page.keyboard.press('Control+Space');
        const suggest = page.locator('.editor-widget.suggest-widget.visible');
        await expect.poll(() => suggest.innerText().catch(() => ''), { timeout: 30_000 }).toContain('front-squat');
        await screenshot('vscode-completion.png');
        await page.keyboard.press('Escape');
        await workbench.revertFile();
    });

    test('hovering an exercise shows what it is', async () => {
        const page = workbench.page;
        await workbench.goToLine(lineOf('lib/strength.lift', 'goblet-squat'));
        const token = workbench.editorToken('goblet-squat 3x6', 'goblet-squat');
        await token.hover();
        const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
        await expect.poll(() => hover.innerText().catch(() => ''), { timeout: 30_000 }).toContain('Goblet squat');
        await page.waitForTimeout(500);
        await screenshot('vscode-hover.png');
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
    });

    test('hovering a diagnostic shows the rule\'s reason and a link, not its whole page', async () => {
        await workbench.openFile('mistakes/crowded-week.lift');
        const page = workbench.page;
        await workbench.goToLine(lineOf('mistakes/crowded-week.lift', 'mon: lift StrengthA'));
        const token = workbench.editorToken('mon: lift StrengthA', 'StrengthA');
        await token.hover();
        const hover = page.locator('.monaco-hover:not(.hidden), .monaco-resizable-hover').first();
        await expect.poll(() => hover.innerText().catch(() => ''), { timeout: 30_000 }).toContain('Why:');
        const text = await hover.innerText();
        expect(text).toContain('lift rules recovery-48h');
        expect(text).not.toContain('How the gap is measured');
        await page.waitForTimeout(500);
        await screenshot('vscode-diagnostic-hover.png');
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
    });

    test('the calendar preview shows the plan beside the editor, flags its warnings, and follows edits', async () => {
        await workbench.openFile('mistakes/beginner-too-fast.lift');
        await workbench.runCommand('View: Close Primary Side Bar');
        await workbench.runCommand('Lift: Open Calendar Preview');
        const calendar = await workbench.webviewFrame('Beginner in a hurry');
        expect(await calendar.locator('table.calendar td[data-date]').count()).toBeGreaterThan(7);
        expect(await calendar.locator('td.flagged').count()).toBeGreaterThan(0);
        // The panel sits beside the editor, which keeps the focus.
        await expect.poll(() => workbench.page.locator('.tab', { hasText: 'Calendar: beginner-too-fast.lift' }).count()).toBe(1);
        await screenshot('vscode-preview.png');
        await workbench.runCommand('View: Toggle Primary Side Bar Visibility');

        // Rename the plan in the editor: the preview follows without a save.
        const page = workbench.page;
        await workbench.cursorAtEndOf(lineOf('mistakes/beginner-too-fast.lift', 'plan "Beginner in a hurry"'));
        // Select the name inside its quotes (the line ends in `" {`) and replace it; typing
        // no quote or brace keeps VS Code's auto-closing out of the way.
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
        for (let i = 0; i < 'Beginner in a hurry'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
        await page.keyboard.insertText('Beginner, patient now');
        await expect.poll(() => workbench.editorLine('plan "Beginner, patient now" {').count()).toBe(1);
        await workbench.webviewFrame('Beginner, patient now', 30_000);

        // An error keeps the last good calendar under a banner that says why.
        await workbench.cursorAtEndOf(lineOf('mistakes/beginner-too-fast.lift', 'mon: run easy 20min'));
        await page.keyboard.insertText(', rest');
        const banner = (await workbench.webviewFrame('has 1 error', 30_000)).locator('.lift-preview-banner');
        expect(await banner.innerText()).toMatch(/beginner-too-fast\.lift has 1 error: this is the last calendar built without errors\. The Problems panel lists/);

        await workbench.revertFile();
        const restored = await workbench.webviewFrame('Beginner in a hurry', 30_000);
        await expect.poll(() => restored.locator('.lift-preview-banner').count()).toBe(0);
    });

    test('Export JSON writes the plan\'s JSON where the save dialog says', async () => {
        await workbench.openFile('spring-marathon.lift');
        await workbench.runCommand('Lift: Export JSON');
        // VS Code's own save dialog (a quick input holding the path), proposed beside the plan.
        const input = workbench.page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 30_000 }).toMatch(/spring-marathon\.json$/);
        await workbench.page.keyboard.press('Enter');
        const target = join(codeServer.workspace, 'spring-marathon.json');
        // The file may appear before its content is written: wait until it parses.
        const written = () => {
            try {
                return existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : undefined;
            } catch {
                return undefined;
            }
        };
        await expect.poll(() => written()?.plan, { timeout: 30_000 }).toBe('Spring Marathon 2027');
        const plan = written();
        expect(plan.days.length).toBeGreaterThan(50);
    });
});
