// Driving VS Code's workbench (code-server in headless Chromium) the way a user does:
// the explorer, the command palette, the editor, the Problems panel, webviews.

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { findChromium } from '../browser/find-chromium.js';

export async function launchChromium(): Promise<Browser> {
    // playwright-core gives each launch a fresh, temporary user-data folder.
    const { executablePath, args } = await findChromium();
    return chromium.launch({ executablePath, args });
}

export class Workbench {
    constructor(readonly page: Page) {}

    static async open(browser: Browser, url: string): Promise<Workbench> {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(url);
        await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 90_000 });
        return new Workbench(page);
    }

    private explorerRow(name: string): Locator {
        return this.page.locator('.explorer-folders-view .monaco-list-row').filter({
            has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) })
        }).first();
    }

    /** Opens `folder/file.lift` from the explorer, expanding folders on the way. */
    async openFile(path: string): Promise<void> {
        // A tooltip left by an earlier hover would swallow the click.
        await this.page.mouse.move(700, 5);
        await this.page.keyboard.press('Escape');
        const parts = path.split('/');
        for (const folder of parts.slice(0, -1)) {
            const row = this.explorerRow(folder);
            if (await row.getAttribute('aria-expanded') !== 'true') await row.click();
        }
        const file = parts[parts.length - 1];
        await this.explorerRow(file).dblclick();
        await this.page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 30_000 });
        await this.page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor({ timeout: 30_000 });
    }

    /** Runs a command from the command palette by its full title ("Lift: Export JSON"). */
    async runCommand(title: string): Promise<void> {
        const palette = this.page.locator('.quick-input-widget');
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('F1');
        const input = palette.locator('input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`>${title}`);
        // Wait until the list shows the command first, then pick it.
        const first = palette.locator('.monaco-list-row').first();
        await expect.poll(() => first.innerText().catch(() => ''), { timeout: 15_000, message: `command '${title}'` })
            .toMatch(new RegExp(`^${escapeRegExp(title)}(\\s|$)`));
        await input.press('Enter');
        // The palette closes (or shows the command's own input, such as a save dialog).
        await expect.poll(async () => !(await palette.isVisible()) || await input.inputValue() !== `>${title}`,
            { message: `palette done with '${title}'` }).toBe(true);
    }

    /** Reverts the active editor to the file on disk. */
    async revertFile(): Promise<void> {
        await this.runCommand('File: Revert File');
        await expect.poll(() => this.page.locator('.tabs-container .tab.active.dirty').count()).toBe(0);
    }

    async showProblems(): Promise<Locator> {
        await this.runCommand('View: Focus Problems');
        return this.page.locator('.markers-panel');
    }

    /**
     * Visible lines of the active editor that contain `text` (Monaco renders spaces as
     * no-break spaces; any run of spaces in `text` matches them).
     */
    editorLine(text: string): Locator {
        return this.page.locator('.editor-instance .monaco-editor .view-lines .view-line').filter({ hasText: loosely(text) });
    }

    /** The token element of the first line containing `line` whose text is exactly `word`. */
    editorToken(line: string, word: string): Locator {
        return this.editorLine(line).first().locator('span > span').filter({ hasText: new RegExp(`^\\s*${loosely(word).source}\\s*$`) }).first();
    }

    /** Moves the cursor to a line (1-based) through the palette's `:` mode, revealing it. */
    async goToLine(line: number): Promise<void> {
        const palette = this.page.locator('.quick-input-widget');
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('F1');
        const input = palette.locator('input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`:${line}`);
        await input.press('Enter');
        await palette.waitFor({ state: 'hidden' });
        await expect.poll(() => this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText()).toMatch(new RegExp(`^Ln ${line},`));
    }

    /** Puts the cursor at the end of a line. */
    async cursorAtEndOf(line: number): Promise<void> {
        await this.goToLine(line);
        await this.page.keyboard.press('End');
    }

    /** Flips a boolean setting in the Settings editor, as a user would, then closes it. */
    async toggleSetting(id: string): Promise<void> {
        await this.runCommand('Preferences: Open User Settings');
        const editor = this.page.locator('.settings-editor');
        await editor.waitFor({ timeout: 30_000 });
        await this.page.keyboard.type(id);
        const checkbox = editor.locator('.setting-item-bool .setting-value-checkbox').first();
        await checkbox.waitFor({ timeout: 30_000 });
        await checkbox.click();
        await this.page.locator('.tabs-container .tab.active', { hasText: 'Settings' }).locator('.codicon-close').click();
        await editor.waitFor({ state: 'hidden' });
    }

    notificationToasts(): Locator {
        return this.page.locator('.notifications-toasts .notification-toast');
    }

    /** The frame of a webview whose page contains `text` (webviews nest two iframes deep). */
    async webviewFrame(text: string, timeout = 60_000): Promise<Frame> {
        const deadline = Date.now() + timeout;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                if (frame === this.page.mainFrame()) continue;
                const body = await frame.locator('body').innerText({ timeout: 500 }).catch(() => '');
                if (body.includes(text)) return frame;
            }
            await this.page.waitForTimeout(250);
        }
        throw new Error(`no webview shows '${text}' within ${timeout} ms`);
    }

    async screenshot(path: string): Promise<void> {
        mkdirSync(dirname(path), { recursive: true });
        await this.page.screenshot({ path });
    }
}

/** The computed text colour of an element (evaluated in the browser). */
export function colourOf(locator: Locator): Promise<string> {
    type Window = { getComputedStyle(element: unknown): { color: string } };
    return locator.evaluate(element => (globalThis as unknown as Window).getComputedStyle(element).color);
}

function loosely(text: string): RegExp {
    return new RegExp(text.split(/\s+/).map(escapeRegExp).join('\\s+'));
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
