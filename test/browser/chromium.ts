// Headless Chromium for the page tests, driven by playwright-core: whichever browser
// `find-chromium.ts` finds (nothing downloads one), a fresh profile each launch, and no
// network at all — the printable page must not need any.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { findChromium } from './find-chromium.js';

export interface Browser {
    /** A new page showing the HTML; every request it makes is recorded and refused. */
    open(html: string, viewport?: { width: number; height: number }): Promise<{ page: Page; requests: string[] }>;
    close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
    const { executablePath, args } = await findChromium();
    const profile = mkdtempSync(join(tmpdir(), 'lift-chromium-'));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
        executablePath,
        headless: true,
        args,
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
