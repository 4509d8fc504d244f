// Headless Chromium for the page tests: Debian's /usr/bin/chromium driven by
// playwright-core (DESIGN.md: nothing downloads a browser), a fresh profile each launch,
// and no network at all — the printable page must not need any.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface Browser {
    /** A new page showing the HTML; every request it makes is recorded and refused. */
    open(html: string, viewport?: { width: number; height: number }): Promise<{ page: Page; requests: string[] }>;
    close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'lift-chromium-'));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ARGS,
        offline: true,
        javaScriptEnabled: false
    });
    return {
        async open(html, viewport = { width: 1400, height: 900 }) {
            const page = await context.newPage();
            await page.setViewportSize(viewport);
            const requests: string[] = [];
            await page.route('**/*', route => {
                requests.push(route.request().url());
                return route.abort();
            });
            await page.setContent(html, { waitUntil: 'load' });
            return { page, requests };
        },
        async close() {
            await context.close();
            rmSync(profile, { recursive: true, force: true });
        }
    };
}
